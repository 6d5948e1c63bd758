import { newComment } from '../../shared/claims/claim-factory';
import { ROLE_LABELS, type Identity } from '../../shared/settings/identity';
import { newId } from '../../shared/util/ids';
import { notReadyReason } from '../../shared/review/readiness';
import { can, type Action, type Permission, type ReviewContext } from '../../shared/review/rules';
import { signOffRecord, signOffScope } from '../../shared/review/sign-off-gate';
import { canSendToReview } from '../../shared/review/status';
import { DEFAULT_REVIEW_SETTINGS, type Claim, type Comment, type NotForPublication } from '../../shared/project/schema';
import { changeClaims } from './claim-changes';
import { sharedDecisionRoute } from './decision-route';
import { claimsViewStore } from './claims-view-store';
import { documentStore } from './document-store';
import { appendActivity, setSignOff } from './project-changes';
import { actorName, identityStore } from '../state/identity-store';
import { showNotice } from '../state/notices-store';

/**
 * Review decisions and comments: each one undoable claim change, logged by
 * the ActivityPlugin. Every decision asks the shared rules first and, when
 * refused, says why instead of acting.
 */

const NOBODY: Identity = { name: '', role: 'checker' };

export function currentActor(): Identity {
  return identityStore.get() ?? NOBODY;
}

/** Claims in number order. */
export function claimsByNumber(): Claim[] {
  return Object.values(claimsViewStore.get().claims).sort((a, b) => a.number - b.number);
}

export function reviewContext(): ReviewContext {
  const project = documentStore.get()?.project;
  return {
    review: project?.review ?? DEFAULT_REVIEW_SETTINGS,
    evidence: project?.evidence ?? [],
    claims: claimsByNumber(),
  };
}

export function permission(action: Action, claim: Claim | null): Permission {
  return can(currentActor(), action, claim, reviewContext());
}

/** True when allowed; otherwise the reason is shown and nothing happens. */
function allowed(action: Action, claim: Claim | null): boolean {
  const verdict = permission(action, claim);
  if (!verdict.allowed) showNotice('info', verdict.reason);
  return verdict.allowed;
}

function comment(text: string, kind: Comment['kind']): Comment {
  return newComment(newId('cmt'), actorName(), text.trim(), kind, new Date());
}

export function sendToReview(claim: Claim): boolean {
  if (!allowed('send-to-review', claim)) return false;
  changeClaims([{ id: claim.id, patch: { status: 'needs-review' } }]);
  return true;
}

export function sendAllReadyToReview(): void {
  const evidence = documentStore.get()?.project.evidence ?? [];
  const candidates = claimsByNumber().filter(canSendToReview);
  const ready = candidates.filter((claim) => notReadyReason(claim, evidence) === null);
  const skipped = candidates.filter((claim) => notReadyReason(claim, evidence) !== null);
  if (ready.length > 0) changeClaims(ready.map((claim) => ({ id: claim.id, patch: { status: 'needs-review' } })));
  const skippedText = skipped.map((claim) => `claim ${claim.number} (${notReadyReason(claim, evidence)})`).join(', ');
  const sent = `Sent ${ready.length} ${ready.length === 1 ? 'claim' : 'claims'} to review.`;
  showNotice(
    ready.length > 0 ? 'success' : 'info',
    skipped.length > 0 ? `${sent} Skipped ${skipped.length}: ${skippedText}.` : sent,
  );
}

export function approve(claim: Claim, text = ''): boolean {
  if (!allowed('approve', claim)) return false;
  const shared = sharedDecisionRoute();
  if (!shared) return approveHere(claim, text);
  // Shared: the server checks the role and records it (status and comment) under the authenticated name.
  const request = { claimId: claim.id, action: 'approve' as const, comment: text.trim() };
  shared.send(request, `Claim ${claim.number} approved.`, () => {
    if (!shared.holdsClaim(claim.id)) approveHere(claim, text);
  });
  return true;
}

function approveHere(claim: Claim, text: string): boolean {
  const comments = text.trim() ? [...claim.comments, comment(text, 'approval')] : claim.comments;
  changeClaims([{ id: claim.id, patch: { status: 'approved', comments } }]);
  return true;
}

/** Returns false (and changes nothing) without a comment: the checker must be told what to change. */
export function requestChanges(claim: Claim, text: string): boolean {
  if (!text.trim() || !allowed('request-changes', claim)) return false;
  const shared = sharedDecisionRoute();
  if (!shared) return requestChangesHere(claim, text);
  const request = { claimId: claim.id, action: 'request-changes' as const, comment: text.trim() };
  shared.send(request, `Changes requested on claim ${claim.number}.`, () => {
    if (!shared.holdsClaim(claim.id)) requestChangesHere(claim, text);
  });
  return true;
}

function requestChangesHere(claim: Claim, text: string): boolean {
  changeClaims([
    {
      id: claim.id,
      patch: { status: 'changes-requested', comments: [...claim.comments, comment(text, 'request-changes')] },
    },
  ]);
  return true;
}

/** Hold a claim back from publication with a reason, or (null) put it back. */
export function holdFromPublication(claim: Claim, reason: string | null): boolean {
  if (!allowed('hold-from-publication', claim)) return false;
  const notForPublication: NotForPublication | null =
    reason === null ? null : { reason, by: actorName(), at: new Date().toISOString() };
  changeClaims([{ id: claim.id, patch: { notForPublication } }]);
  return true;
}

export function addComment(claim: Claim, text: string): void {
  if (!text.trim()) return;
  changeClaims([{ id: claim.id, patch: { comments: [...claim.comments, comment(text, 'comment')] } }]);
}

export function changeComment(
  claim: Claim,
  commentId: string,
  change: Partial<Pick<Comment, 'text' | 'resolved'>>,
): void {
  const comments = claim.comments.map((c) =>
    c.id === commentId
      ? { ...c, ...change, editedAt: change.text !== undefined ? new Date().toISOString() : c.editedAt }
      : c,
  );
  changeClaims([{ id: claim.id, patch: { comments } }]);
}

export function signOffProject(): boolean {
  if (!allowed('sign-off', null)) return false;
  const shared = sharedDecisionRoute();
  if (shared) {
    // The server logs the sign-off under the authenticated name; the record of what was signed off is kept here.
    shared.send({ action: 'sign-off' }, 'Signed off.', (recorded) => {
      const by = recorded?.by ?? actorName();
      const at = recorded?.at ?? new Date().toISOString();
      const record = signOffRecord(claimsByNumber(), by, at);
      setSignOff(record);
      // The project's own log (the Activity panel, the file) says it too, under the recorded name.
      appendActivity([
        { id: newId('act'), at, actor: by, action: 'signed off', claimId: null, detail: signOffScope(record) },
      ]);
      return `Signed off by ${by}: ${signOffScope(record)}.`;
    });
    return true;
  }
  const at = new Date().toISOString();
  const record = signOffRecord(claimsByNumber(), actorName(), at);
  setSignOff(record);
  appendActivity([
    { id: newId('act'), at, actor: actorName(), action: 'signed off', claimId: null, detail: signOffScope(record) },
  ]);
  showNotice('success', `Signed off by ${actorName()}: ${signOffScope(record)}.`);
  return true;
}

/** A change of role is part of the record: the log says who worked as what, from when. */
export function recordRoleChange(before: Identity | null, after: Identity): void {
  if (!before || before.role === after.role || !documentStore.get()) return;
  const detail = `${ROLE_LABELS[before.role]} → ${ROLE_LABELS[after.role]}`;
  appendActivity([
    {
      id: newId('act'),
      at: new Date().toISOString(),
      actor: after.name,
      action: 'changed role',
      claimId: null,
      detail,
    },
  ]);
}
