import type { Claim, SignOff } from '../project/schema';

/**
 * The sign-off gate: a project can be signed off only when every claim is
 * rated and approved, or explicitly held back as "Not for publication" with
 * a reason. Anything else blocks it, and the blocker says why.
 */

export interface SignOffBlocker {
  claim: Claim;
  /** e.g. "not rated; awaiting review" */
  reasons: string[];
}

const STATUS_PROBLEMS: Record<Claim['status'], string | null> = {
  open: 'not sent to review',
  'needs-review': 'awaiting review',
  'changes-requested': 'sent back for changes',
  approved: null,
};

export function blockingReasons(claim: Claim): string[] {
  if (claim.notForPublication)
    return claim.notForPublication.reason.trim() ? [] : ['held from publication without a reason'];
  const reasons: string[] = [];
  if (claim.verdict === 'unrated') reasons.push('not rated');
  const status = STATUS_PROBLEMS[claim.status];
  if (status) reasons.push(status);
  return reasons;
}

/** Claims that block sign-off, in claim-number order. */
export function signOffBlockers(claims: readonly Claim[]): SignOffBlocker[] {
  return claims
    .map((claim) => ({ claim, reasons: blockingReasons(claim) }))
    .filter((blocker) => blocker.reasons.length > 0)
    .sort((a, b) => a.claim.number - b.claim.number);
}

export function canSignOff(claims: readonly Claim[]): boolean {
  return claims.length > 0 && signOffBlockers(claims).length === 0;
}

const byNumber = (a: number, b: number) => a - b;

/** The sign-off as recorded: who, when, and exactly which claims it covered. */
export function signOffRecord(claims: readonly Claim[], by: string, at: string): SignOff {
  const held = claims.filter((claim) => claim.notForPublication !== null);
  const approved = claims.filter((claim) => claim.notForPublication === null && claim.status === 'approved');
  const rest = claims.filter((claim) => !held.includes(claim) && !approved.includes(claim));
  return {
    by,
    at,
    approved: approved.map((claim) => claim.number).sort(byNumber),
    notForPublication: held.map((claim) => claim.number).sort(byNumber),
    notReviewed: rest.map((claim) => claim.number).sort(byNumber),
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "9 claims approved, 2 not for publication" (and, for a sign-off made before the gate, "4 not reviewed"). */
export function signOffScope(signOff: SignOff): string {
  const parts = [`${plural(signOff.approved.length, 'claim', 'claims')} approved`];
  if (signOff.notForPublication.length > 0) parts.push(`${signOff.notForPublication.length} not for publication`);
  if (signOff.notReviewed.length > 0) parts.push(`${signOff.notReviewed.length} not reviewed`);
  return parts.join(', ');
}
