import type { LexicalEditor } from 'lexical';
import { newComment } from '../../shared/claim-factory';
import { newId } from '../../shared/ids';
import { canSignOff, canSendToReview, notReadyReason } from '../../shared/review';
import type { Claim, Comment } from '../../shared/schema';
import { UPDATE_CLAIM_COMMAND, UPDATE_CLAIMS_COMMAND } from '../editor/claims/claim-commands';
import { claimsViewStore } from './claims-view-store';
import { appendActivity, documentStore, setSignOff } from './document-store';
import { actorName, showNotice } from './ui-store';

/** Review decisions and comments: each one undoable claim change, logged by the ActivityPlugin. */

function claimsInOrder(): Claim[] {
  const { claims, order } = claimsViewStore.get();
  return order.map((id) => claims[id]).filter((claim): claim is Claim => claim !== undefined);
}

function numberOf(id: string): number {
  return claimsViewStore.get().order.indexOf(id) + 1;
}

function comment(text: string, kind: Comment['kind']): Comment {
  return newComment(newId('cmt'), actorName(), text.trim(), kind, new Date());
}

export function sendToReview(editor: LexicalEditor, claim: Claim): void {
  if (!canSendToReview(claim)) return;
  editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch: { status: 'needs-review' } });
}

export function sendAllReadyToReview(editor: LexicalEditor): void {
  const evidence = documentStore.get()?.project.evidence ?? [];
  const candidates = claimsInOrder().filter(canSendToReview);
  const ready = candidates.filter((claim) => notReadyReason(claim, evidence) === null);
  const skipped = candidates.filter((claim) => notReadyReason(claim, evidence) !== null);
  if (ready.length > 0) editor.dispatchCommand(UPDATE_CLAIMS_COMMAND, ready.map((claim) => ({ id: claim.id, patch: { status: 'needs-review' } })));
  const skippedText = skipped.map((claim) => `claim ${numberOf(claim.id)} (${notReadyReason(claim, evidence)})`).join(', ');
  const sent = `Sent ${ready.length} ${ready.length === 1 ? 'claim' : 'claims'} to review.`;
  showNotice(ready.length > 0 ? 'success' : 'info', skipped.length > 0 ? `${sent} Skipped ${skipped.length}: ${skippedText}.` : sent);
}

export function approve(editor: LexicalEditor, claim: Claim, text = ''): void {
  const comments = text.trim() ? [...claim.comments, comment(text, 'approval')] : claim.comments;
  editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch: { status: 'approved', comments } });
}

/** Returns false (and changes nothing) without a comment: the checker must be told what to change. */
export function requestChanges(editor: LexicalEditor, claim: Claim, text: string): boolean {
  if (!text.trim()) return false;
  editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch: { status: 'changes-requested', comments: [...claim.comments, comment(text, 'request-changes')] } });
  return true;
}

export function addComment(editor: LexicalEditor, claim: Claim, text: string): void {
  if (!text.trim()) return;
  editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch: { comments: [...claim.comments, comment(text, 'comment')] } });
}

export function changeComment(editor: LexicalEditor, claim: Claim, commentId: string, change: Partial<Pick<Comment, 'text' | 'resolved'>>): void {
  const comments = claim.comments.map((c) => (c.id === commentId ? { ...c, ...change, editedAt: change.text !== undefined ? new Date().toISOString() : c.editedAt } : c));
  editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch: { comments } });
}

export function signOffProject(): boolean {
  if (!canSignOff(claimsInOrder())) return false;
  const at = new Date().toISOString();
  setSignOff({ by: actorName(), at });
  appendActivity([{ id: newId('act'), at, actor: actorName(), action: 'signed off', claimId: null, detail: '' }]);
  showNotice('success', `Signed off by ${actorName()}.`);
  return true;
}
