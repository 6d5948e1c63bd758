import { statusAfterEdit } from '../review/status';
import type { Claim } from '../project/schema';

export type ClaimPatch = Partial<
  Pick<
    Claim,
    'tags' | 'verdict' | 'note' | 'publicExplanation' | 'noEvidenceReason' | 'notForPublication' | 'status' | 'comments'
  >
>;

/**
 * A claim after `actor` changed it: who and when, who set the verdict (for
 * the two-person rule), and back to review if an approved claim changed in
 * substance.
 */
export function editedClaim(before: Claim, patch: ClaimPatch, actor: string, at: string): Claim {
  const edited: Claim = { ...before, ...patch, updatedBy: actor, updatedAt: at };
  if (patch.verdict !== undefined && patch.verdict !== before.verdict)
    edited.verdictBy = patch.verdict === 'unrated' ? '' : actor;
  return { ...edited, status: statusAfterEdit(before, edited) };
}
