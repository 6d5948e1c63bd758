import type { Claim } from '../project/schema';

/**
 * Permanent claim numbers: a claim gets the project's next number when it is
 * made and keeps it; a number once given is never given again, so "see
 * claim 4" keeps pointing at the same claim.
 */

export function highestClaimNumber(claims: Iterable<Pick<Claim, 'number'>>): number {
  let highest = 0;
  for (const claim of claims) if (claim.number > highest) highest = claim.number;
  return highest;
}

/** The first number free to give: past the counter and past every claim's number. */
export function firstFreeNumber(counter: number, claims: Iterable<Pick<Claim, 'number'>>): number {
  return Math.max(counter, highestClaimNumber(claims) + 1);
}

/**
 * Numbers for claims that have none (0) or share one with an earlier claim
 * (e.g. two copies merged), given from the counter; the counter moved past
 * every number. `renumbered` lists what changed, for the user.
 */
export function withUniqueNumbers(
  claims: readonly Claim[],
  counter: number,
): { claims: Claim[]; nextClaimNumber: number; renumbered: { id: string; from: number; to: number }[] } {
  let next = firstFreeNumber(counter, claims);
  const seen = new Set<number>();
  const renumbered: { id: string; from: number; to: number }[] = [];
  const result = claims.map((claim) => {
    if (claim.number > 0 && !seen.has(claim.number)) {
      seen.add(claim.number);
      return claim;
    }
    const to = next++;
    renumbered.push({ id: claim.id, from: claim.number, to });
    return { ...claim, number: to };
  });
  return { claims: renumbered.length > 0 ? result : (claims as Claim[]), nextClaimNumber: next, renumbered };
}

/**
 * Claims that share a number (made at once in two windows of a shared
 * project): each after the first, in the order they were made (then by id),
 * gets the next free number. Every copy holding the same claims gives the
 * same answer, so two windows repairing at once write the same numbers.
 */
export function duplicateNumberFixes(claims: readonly Claim[]): { id: string; to: number }[] {
  const ordered = [...claims].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return withUniqueNumbers(ordered, 0).renumbered.map(({ id, to }) => ({ id, to }));
}

/** "claim 4", for messages. */
export const claimLabel = (claim: Pick<Claim, 'number'>): string => `claim ${claim.number}`;
