import type { ClaimMap } from '../claims/claims-in-body';
import { newId } from '../util/ids';
import type { ActivityEntry, Claim } from '../project/schema';
import { VERDICT_INFO } from '../claims/verdicts';

/**
 * What changed between two versions of the claims, as activity log entries.
 * Computed from states, so an undo is logged too (as the change it makes):
 * the log only ever grows.
 */

const STATUS_ACTIONS: Record<Claim['status'], string> = {
  open: 'reopened',
  'needs-review': 'sent to review',
  approved: 'approved',
  'changes-requested': 'requested changes',
};

function tagSummary(claim: Claim): string {
  const parts = [
    claim.tags.attributed ? `attributed to ${claim.tags.attributed.speaker || '(no speaker yet)'}` : null,
    claim.tags.disputed ? `disputed${claim.tags.disputed.reason ? `: ${claim.tags.disputed.reason}` : ''}` : null,
    ...claim.tags.free.map((tag) => `#${tag}`),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'no tags';
}

function changesOf(before: Claim, after: Claim): Array<[string, string]> {
  const changes: Array<[string, string]> = [];
  if (before.verdict !== after.verdict) changes.push(['rated', VERDICT_INFO[after.verdict].label]);
  if (JSON.stringify(before.tags) !== JSON.stringify(after.tags)) changes.push(['tagged', tagSummary(after)]);
  if (before.note !== after.note) changes.push(['noted', after.note]);
  if (before.status !== after.status) changes.push([STATUS_ACTIONS[after.status], '']);
  const beforeComments = new Map(before.comments.map((comment) => [comment.id, comment]));
  for (const comment of after.comments) {
    const old = beforeComments.get(comment.id);
    if (!old) changes.push(['commented', comment.text]);
    else if (!old.resolved && comment.resolved) changes.push(['resolved a comment', comment.text]);
    else if (old.text !== comment.text) changes.push(['edited a comment', comment.text]);
  }
  return changes;
}

export function claimActivity(before: ClaimMap, after: ClaimMap, actor: string, at: string): ActivityEntry[] {
  const entries: ActivityEntry[] = [];
  const add = (action: string, claimId: string, detail: string) =>
    entries.push({ id: newId('act'), at, actor, action, claimId, detail });
  // Runs after every update that touches a claim: no copies of the 2,000-claim maps.
  for (const id in after) {
    const claim = after[id];
    const old = before[id];
    if (!old) add('marked', id, claim.anchor.quote.exact);
    else if (old !== claim) for (const [action, detail] of changesOf(old, claim)) add(action, id, detail);
  }
  for (const id in before) if (!after[id]) add('deleted', id, before[id].anchor.quote.exact);
  return entries;
}
