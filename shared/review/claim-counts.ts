import type { Claim } from '../project/schema';

/**
 * What the claims' review states add up to, said truthfully: a claim nobody
 * reviewed is "not reviewed", never "checked". The same words in the status
 * bar and in every report.
 */

export interface ClaimCounts {
  total: number;
  approved: number;
  notForPublication: number;
  changesRequested: number;
  /** Not decided by an editor: never sent (open) or awaiting review. */
  notReviewed: number;
  /** Of those not reviewed, how many are awaiting review. */
  awaitingReview: number;
  /** Of those not reviewed, how many have no verdict. */
  unrated: number;
}

type Counted = Pick<Claim, 'status' | 'verdict'> & { notForPublication: unknown };

export function claimCounts(claims: Iterable<Counted>): ClaimCounts {
  const counts: ClaimCounts = {
    total: 0,
    approved: 0,
    notForPublication: 0,
    changesRequested: 0,
    notReviewed: 0,
    awaitingReview: 0,
    unrated: 0,
  };
  for (const claim of claims) {
    counts.total += 1;
    if (claim.notForPublication) counts.notForPublication += 1;
    else if (claim.status === 'approved') counts.approved += 1;
    else if (claim.status === 'changes-requested') counts.changesRequested += 1;
    else {
      counts.notReviewed += 1;
      if (claim.status === 'needs-review') counts.awaitingReview += 1;
      if (claim.verdict === 'unrated') counts.unrated += 1;
    }
  }
  return counts;
}

/** "11 claims: 4 approved, 7 not reviewed (2 unrated)". */
export function claimCountsText(counts: ClaimCounts): string {
  if (counts.total === 0) return 'No claims';
  const of =
    counts.notReviewed > 0
      ? [
          counts.awaitingReview && `${counts.awaitingReview} awaiting review`,
          counts.unrated && `${counts.unrated} unrated`,
        ].filter(Boolean)
      : [];
  const parts = [
    counts.approved && `${counts.approved} approved`,
    counts.notForPublication && `${counts.notForPublication} not for publication`,
    counts.changesRequested && `${counts.changesRequested} sent back for changes`,
    counts.notReviewed && `${counts.notReviewed} not reviewed${of.length ? ` (${of.join(', ')})` : ''}`,
  ].filter(Boolean);
  return `${counts.total} ${counts.total === 1 ? 'claim' : 'claims'}: ${parts.join(', ')}`;
}
