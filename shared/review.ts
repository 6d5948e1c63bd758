import type { Claim, EvidenceLink, ReviewStatus } from './schema';

/**
 * The review workflow: open → needs-review → approved | changes-requested.
 * A checker sends claims to review; an editor decides. An approved claim that
 * a checker changes goes back to needs-review. Pure functions, so the rules
 * are tested once and the UI only asks.
 */

export const ACTIVE_REVIEW: readonly ReviewStatus[] = ['needs-review', 'changes-requested'];

export function canSendToReview(claim: Claim): boolean {
  return claim.status === 'open' || claim.status === 'changes-requested';
}

/** Why a claim is not ready to send in bulk, or null when it is. */
export function notReadyReason(claim: Claim, evidence: readonly EvidenceLink[]): string | null {
  if (!canSendToReview(claim)) return claim.status === 'approved' ? 'already approved' : 'already awaiting review';
  const missing: string[] = [];
  if (claim.verdict === 'unrated') missing.push('no verdict');
  if (!evidence.some((link) => link.claimId === claim.id)) missing.push('no evidence linked');
  return missing.length > 0 ? missing.join(' and ') : null;
}

export function reviewQueue(claimsInOrder: readonly Claim[]): Claim[] {
  return claimsInOrder.filter((claim) => claim.status === 'needs-review');
}

/** Sign-off needs every claim settled: none awaiting review or sent back. */
export function canSignOff(claims: readonly Claim[]): boolean {
  return claims.length > 0 && !claims.some((claim) => ACTIVE_REVIEW.includes(claim.status));
}

/** Fields whose change by a checker reopens an approved claim. */
const SUBSTANCE: ReadonlyArray<keyof Claim> = ['tags', 'verdict', 'note'];

export function statusAfterEdit(before: Claim, after: Claim): ReviewStatus {
  if (before.status !== 'approved' || after.status !== 'approved') return after.status;
  const changed = SUBSTANCE.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return changed ? 'needs-review' : after.status;
}
