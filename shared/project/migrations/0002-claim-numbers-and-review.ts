/**
 * Version 1 -> 2: permanent claim numbers and review settings.
 *
 * - Every claim gets the number it was shown with in version 1: its place in
 *   document order (by its stored text position; claims whose passage is gone
 *   last), and the project a counter that only grows.
 * - `verdictBy` (who set the current verdict, for the two-person rule) is
 *   taken from the activity log's last "rated" entry for the claim, if any.
 * - A sign-off says which claims it covered: version 1 recorded no such list,
 *   so the claims approved then are listed as approved and every other claim
 *   as not reviewed (a version-1 sign-off did not check them).
 * - Review settings start with the two-person rule on and no organisation.
 *
 * Constants are copied here on purpose: a migration never imports live code.
 */

type Json = Record<string, unknown>;

const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const numberAt = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

function positionOf(claim: Json): { start: number; end: number } {
  const anchor = (claim.anchor ?? {}) as Json;
  const position = (anchor.position ?? {}) as Json;
  return { start: numberAt(position.start, Number.MAX_SAFE_INTEGER), end: numberAt(position.end, 0) };
}

/** Indexes of the claims in document order: by start, the longer first at the same start, orphans last, then file order. */
function documentOrder(claims: Json[]): number[] {
  return claims
    .map((claim, index) => ({ index, orphaned: claim.orphaned === true, ...positionOf(claim) }))
    .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || b.end - a.end || a.index - b.index)
    .map((entry) => entry.index);
}

function lastRaters(activity: Json[]): Map<string, string> {
  const raters = new Map<string, string>();
  for (const entry of activity) {
    if (entry.action === 'rated' && typeof entry.claimId === 'string' && typeof entry.actor === 'string')
      raters.set(entry.claimId, entry.actor);
  }
  return raters;
}

function migrateSignOff(signOff: unknown, claims: Json[]): unknown {
  if (typeof signOff !== 'object' || signOff === null) return signOff ?? null;
  const approved = claims.filter((claim) => claim.status === 'approved').map((claim) => claim.number as number);
  const notReviewed = claims.filter((claim) => claim.status !== 'approved').map((claim) => claim.number as number);
  const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
  return { ...(signOff as Json), approved: sorted(approved), notForPublication: [], notReviewed: sorted(notReviewed) };
}

export function migrate1to2(doc: Json): Json {
  const claims = asArray(doc.claims).map((claim) => ({ ...claim }));
  documentOrder(claims).forEach((index, place) => {
    claims[index].number = place + 1;
  });
  const raters = lastRaters(asArray(doc.activity));
  for (const claim of claims) {
    const rated = claim.verdict !== undefined && claim.verdict !== 'unrated';
    claim.verdictBy = rated ? (raters.get(String(claim.id)) ?? '') : '';
  }
  return {
    ...doc,
    version: 2,
    claims,
    nextClaimNumber: claims.length + 1,
    signOff: migrateSignOff(doc.signOff, claims),
    review: { twoPersonRule: true, reviewUrl: '', organisationName: '', organisationUrl: '' },
  };
}
