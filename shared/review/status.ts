import type { Claim, ReviewStatus } from '../project/schema';

/**
 * The review workflow: open → needs-review → approved | changes-requested.
 * A checker sends claims to review; an editor decides. An approved claim that
 * is changed in substance goes back to needs-review. Pure functions, so the
 * rules are tested once and the UI only asks.
 */

export const ACTIVE_REVIEW: readonly ReviewStatus[] = ['needs-review', 'changes-requested'];

export function canSendToReview(claim: Claim): boolean {
  return claim.status === 'open' || claim.status === 'changes-requested';
}

export function reviewQueue(claimsInOrder: readonly Claim[]): Claim[] {
  return claimsInOrder.filter((claim) => claim.status === 'needs-review');
}

/** Fields whose change reopens an approved claim: what it says to readers and what it rests on. */
const SUBSTANCE: ReadonlyArray<keyof Claim> = ['tags', 'verdict', 'note', 'publicExplanation', 'noEvidenceReason'];

export function statusAfterEdit(before: Claim, after: Claim): ReviewStatus {
  if (before.status !== 'approved' || after.status !== 'approved') return after.status;
  const changed = SUBSTANCE.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return changed ? 'needs-review' : after.status;
}
