import { withUniqueNumbers } from '../claims/claim-numbers';
import { deepEqual } from '../util/deep-equal';
import type { ActivityEntry, Article, Claim, Project } from './schema';

/**
 * Merge two diverged versions of one project ("mine" in the window, "theirs"
 * on disk), given the version both started from ("base", null if unknown).
 *
 * Claims, comments, evidence, sources and log entries merge by id and are
 * never dropped: anything present on either side is in the result (a
 * deletion on one side does not remove the other side's copy). An item
 * changed on one side only takes that change; a claim changed on both sides
 * is kept as mine and reported in `conflicts` for the user to pick from.
 * The article body and each metadata field: mine, unless only theirs changed.
 */

export interface ClaimConflict {
  claimId: string;
  mine: Claim;
  theirs: Claim;
}

export interface MergeResult {
  project: Project;
  conflicts: ClaimConflict[];
}

type Side = 'mine' | 'theirs';

/** Which side's value to keep when both sides may have changed it. */
function pick<T>(base: T | undefined, mine: T, theirs: T): Side | 'both' {
  if (deepEqual(mine, theirs) || deepEqual(base, theirs)) return 'mine';
  if (base !== undefined && deepEqual(base, mine)) return 'theirs';
  return 'both';
}

function preferMine<T>(base: T | undefined, mine: T, theirs: T): T {
  return pick(base, mine, theirs) === 'theirs' ? theirs : mine;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** Mine in my order, then the items only they have, in their order. */
function unionById<T extends { id: string }>(
  base: readonly T[] | undefined,
  mine: readonly T[],
  theirs: readonly T[],
  both: (base: T | undefined, mine: T, theirs: T) => T = preferMine,
): T[] {
  const baseItems = byId(base);
  const theirItems = byId(theirs);
  const mineIds = new Set(mine.map((item) => item.id));
  const merged = mine.map((item) => {
    const other = theirItems.get(item.id);
    return other ? both(baseItems.get(item.id), item, other) : item;
  });
  return [...merged, ...theirs.filter((item) => !mineIds.has(item.id))];
}

function mergeClaims(
  base: readonly Claim[] | undefined,
  mine: readonly Claim[],
  theirs: readonly Claim[],
): { claims: Claim[]; conflicts: ClaimConflict[] } {
  const conflicts: ClaimConflict[] = [];
  const claims = unionById(base, mine, theirs, (baseClaim, myClaim, theirClaim) => {
    const comments = unionById(baseClaim?.comments, myClaim.comments, theirClaim.comments);
    const mineWith = { ...myClaim, comments };
    const theirsWith = { ...theirClaim, comments };
    const baseWith = baseClaim && { ...baseClaim, comments };
    const side = pick(baseWith, mineWith, theirsWith);
    if (side === 'both') conflicts.push({ claimId: myClaim.id, mine: mineWith, theirs: theirsWith });
    return side === 'theirs' ? theirsWith : mineWith;
  });
  return { claims, conflicts };
}

function mergeArticle(base: Article | undefined, mine: Article, theirs: Article): Article {
  const fields = Object.keys(mine) as (keyof Article)[];
  return Object.fromEntries(
    fields.map((field) => [field, preferMine(base?.[field], mine[field], theirs[field])]),
  ) as Article;
}

/**
 * The log is append-only: every entry from both sides. Their new entries are
 * interleaved into mine by time, keeping each side's own order.
 */
function mergeActivity(mine: readonly ActivityEntry[], theirs: readonly ActivityEntry[]): ActivityEntry[] {
  const mineIds = new Set(mine.map((entry) => entry.id));
  const added = theirs.filter((entry) => !mineIds.has(entry.id));
  const merged: ActivityEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < mine.length || j < added.length) {
    const takeTheirs = i === mine.length || (j < added.length && added[j].at < mine[i].at);
    merged.push(takeTheirs ? added[j++] : mine[i++]);
  }
  return merged;
}

export function mergeProjects(base: Project | null, mine: Project, theirs: Project): MergeResult {
  const merged = mergeClaims(base?.claims, mine.claims, theirs.claims);
  // A claim made on each side since they parted may carry the same new number: the later one gets the next free number.
  const { claims, nextClaimNumber } = withUniqueNumbers(
    merged.claims,
    Math.max(mine.nextClaimNumber, theirs.nextClaimNumber),
  );
  const { conflicts } = merged;
  const project: Project = {
    ...mine,
    updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
    article: mergeArticle(base?.article, mine.article, theirs.article),
    claims,
    sources: unionById(base?.sources, mine.sources, theirs.sources),
    evidence: unionById(base?.evidence, mine.evidence, theirs.evidence),
    activity: mergeActivity(mine.activity, theirs.activity),
    signOff: preferMine(base?.signOff, mine.signOff, theirs.signOff),
    nextClaimNumber,
    review: preferMine(base?.review, mine.review, theirs.review),
    dismissedSuggestions: [...new Set([...mine.dismissedSuggestions, ...theirs.dismissedSuggestions])],
  };
  return { project, conflicts };
}

/** Apply the user's pick for each conflicting claim (a claim not picked stays as mine). */
export function resolveClaimConflicts<P extends Pick<Project, 'claims'>>(
  project: P,
  conflicts: readonly ClaimConflict[],
  picks: Readonly<Record<string, Side>>,
): P {
  const chosen = new Map(conflicts.filter((c) => picks[c.claimId] === 'theirs').map((c) => [c.claimId, c.theirs]));
  if (chosen.size === 0) return project;
  return { ...project, claims: project.claims.map((claim) => chosen.get(claim.id) ?? claim) };
}
