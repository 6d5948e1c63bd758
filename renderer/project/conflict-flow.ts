import type { ClaimConflict } from '../../shared/merge';
import { resolveClaimConflicts } from '../../shared/merge';
import type { ProjectView } from '../../shared/schema';
import { keepReaderPlace } from '../editor/reader-place';
import { factdesk } from '../factdesk';
import { currentProject, documentStore, markDirty, openDocument } from './document-store';
import { Store } from '../state/store';
import { showNotice } from '../state/ui-store';

/**
 * When the open file was changed on disk by someone else and we have our own
 * changes: Merge, Keep mine (after confirmation) or Save mine as a copy.
 * Never a silent overwrite. `reason` says whether a save was stopped (then
 * the chosen way ends in a save) or the change was noticed while editing.
 */

export type ConflictReason = 'save' | 'changed';
export type ClaimPick = 'mine' | 'theirs';

export type ConflictState =
  | { stage: 'choose'; reason: ConflictReason; name: string }
  | { stage: 'confirm-overwrite'; reason: ConflictReason; name: string }
  | { stage: 'pick-claims'; reason: ConflictReason; name: string; merged: ProjectView; conflicts: ClaimConflict[]; picks: Record<string, ClaimPick> };

export const conflictStore = new Store<ConflictState | null>(null);

/** How the flow saves: injected by file-actions (which imports this file) to avoid an import cycle. */
let saveWith: (asNew: boolean, overwrite: boolean) => Promise<boolean> = async () => false;

export function setConflictSaver(save: typeof saveWith): void {
  saveWith = save;
}

export function startConflictFlow(reason: ConflictReason): void {
  const doc = documentStore.get();
  if (!doc || conflictStore.get()) return;
  conflictStore.set({ stage: 'choose', reason, name: doc.name });
}

export function cancelConflict(): void {
  conflictStore.set(null);
}

export function askToKeepMine(): void {
  conflictStore.update((state) => (state ? { stage: 'confirm-overwrite', reason: state.reason, name: state.name } : state));
}

export async function keepMine(): Promise<void> {
  conflictStore.set(null);
  await saveWith(false, true);
}

export async function saveMineAsCopy(): Promise<void> {
  conflictStore.set(null);
  await saveWith(true, false);
}

export async function mergeWithDisk(): Promise<void> {
  const state = conflictStore.get();
  const doc = documentStore.get();
  const mine = currentProject();
  if (!state || !doc || !mine) return;
  const result = await factdesk.mergeWithDisk(doc.session, mine);
  if (!result.ok) {
    conflictStore.set(null);
    showNotice('error', result.message);
    return;
  }
  if (result.conflicts.length === 0) return applyMerged(result.project, state.reason);
  const picks = Object.fromEntries(result.conflicts.map((c) => [c.claimId, 'mine' as ClaimPick]));
  conflictStore.set({ stage: 'pick-claims', reason: state.reason, name: state.name, merged: result.project, conflicts: result.conflicts, picks });
}

export function pickClaim(claimId: string, pick: ClaimPick): void {
  conflictStore.update((state) => (state?.stage === 'pick-claims' ? { ...state, picks: { ...state.picks, [claimId]: pick } } : state));
}

export async function finishPicking(): Promise<void> {
  const state = conflictStore.get();
  if (state?.stage !== 'pick-claims') return;
  await applyMerged(resolveClaimConflicts(state.merged, state.conflicts, state.picks), state.reason);
}

async function applyMerged(project: ProjectView, reason: ConflictReason): Promise<void> {
  conflictStore.set(null);
  const doc = documentStore.get();
  if (!doc) return;
  // Reopen with the merged project so the editor shows the merged article.
  keepReaderPlace(doc.path);
  openDocument(doc.path, doc.name, project, doc.session);
  markDirty();
  if (reason === 'save') await saveWith(false, false);
  else showNotice('info', 'Merged the changes from disk with yours. Save to keep the merged version.');
}

/**
 * Main saw the open file change on disk. Without changes of our own it is
 * reloaded; changes made while it was being read (typing goes on meanwhile)
 * are kept, and the choice is offered as if they had come first.
 */
export async function handleFileChangedOnDisk(path: string): Promise<void> {
  const doc = documentStore.get();
  if (!doc || doc.path !== path || conflictStore.get()) return;
  if (doc.dirty) return startConflictFlow('changed');
  const reloaded = await factdesk.reloadFromDisk();
  const now = documentStore.get();
  if (now?.key !== doc.key) return;
  if (!reloaded.ok) {
    showNotice('error', `${doc.name} was changed on disk, but the new version could not be opened: ${reloaded.message}`);
    return;
  }
  if (now.dirty) return startConflictFlow('changed');
  keepReaderPlace(reloaded.path);
  openDocument(reloaded.path, reloaded.name, reloaded.project, reloaded.session);
  void factdesk.acceptReload(reloaded.session);
  showNotice('info', `“${reloaded.name}” was changed on disk by someone else and has been reloaded.`);
}
