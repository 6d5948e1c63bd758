import type { Claim, EvidenceLink } from '../project/schema';
import { canSendToReview } from './status';

/**
 * The one readiness rule for sending a claim to review, used by the single
 * and the bulk send alike: a verdict, and at least one evidence link or a
 * stated reason why no evidence is needed.
 */

export type EvidenceOwner = Pick<EvidenceLink, 'claimId'>;

/** What the claim lacks to be ready ([] when ready), in words for the user. */
export function readinessGaps(claim: Claim, evidence: readonly EvidenceOwner[]): string[] {
  const gaps: string[] = [];
  if (claim.verdict === 'unrated') gaps.push('no verdict');
  if (claim.noEvidenceReason.trim() === '' && !evidence.some((link) => link.claimId === claim.id))
    gaps.push('no evidence linked');
  return gaps;
}

/** Why a claim cannot be sent to review now, or null when it can. */
export function notReadyReason(claim: Claim, evidence: readonly EvidenceOwner[]): string | null {
  if (!canSendToReview(claim)) return claim.status === 'approved' ? 'already approved' : 'already awaiting review';
  const gaps = readinessGaps(claim, evidence);
  return gaps.length > 0 ? gaps.join(' and ') : null;
}

/** For the card: a claim in review (or past it) that does not meet the rule, and what it lacks; null otherwise. */
export function sentUnreadyGaps(claim: Claim, evidence: readonly EvidenceOwner[]): string | null {
  if (claim.status === 'open' || claim.notForPublication) return null;
  const gaps = readinessGaps(claim, evidence);
  return gaps.length > 0 ? gaps.join(' and ') : null;
}
