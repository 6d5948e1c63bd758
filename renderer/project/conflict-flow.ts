import { resolveClaimConflicts } from '../../shared/project/merge';
import type { ProjectView } from '../../shared/project/schema';
import { factdesk } from '../factdesk';
import { showNotice } from '../state/notices-store';
import { conflictStore, startConflictFlow, type ClaimPick, type ConflictReason } from './conflict-state';
import { currentProject, documentStore, markDirty, reopenDocument } from './document-store';
import { saveDocument } from './save-document';

/**
 * When the open file was changed on disk by someone else and we have our own
 * changes: Merge, Keep mine (after confirmation) or Save mine as a copy.
 * Never a silent overwrite. `reason` says whether a save was stopped (then
 * the chosen way ends in a save) or the change was noticed while editing.
 * The dialog's state is in conflict-state.ts, which a save starts.
 */

export async function keepMine(): Promise<void> {
  conflictStore.set(null);
  await saveDocument(false, true);
}

export async function saveMineAsCopy(): Promise<void> {
  conflictStore.set(null);
  await saveDocument(true, false);
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
  conflictStore.set({
    stage: 'pick-claims',
    reason: state.reason,
    name: state.name,
    merged: result.project,
    conflicts: result.conflicts,
    picks,
  });
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
  reopenDocument(doc.path, doc.name, project, doc.session);
  markDirty();
  if (reason === 'save') await saveDocument(false, false);
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
    showNotice(
      'error',
      `${doc.name} was changed on disk, but the new version could not be opened: ${reloaded.message}`,
    );
    return;
  }
  if (now.dirty) return startConflictFlow('changed');
  reopenDocument(reloaded.path, reloaded.name, reloaded.project, reloaded.session);
  void factdesk.acceptReload(reloaded.session);
  showNotice('info', `“${reloaded.name}” was changed on disk by someone else and has been reloaded.`);
}
