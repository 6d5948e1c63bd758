import type { HistorySnapshot, RecoverableBackup } from '../../shared/api';
import { factdesk } from '../factdesk';
import { documentStore, markDirty, openDocument } from './document-store';
import { confirmLeavingDocument, openRecentProject, showOpenResult } from './file-actions';
import { Store } from '../state/store';
import { showNotice } from '../state/notices-store';

/** Start-up recovery of unsaved work, and File → Restore from History…. */

export const recoveryStore = new Store<RecoverableBackup[]>([]);
export const historyStore = new Store<{ projectName: string; snapshots: HistorySnapshot[] } | null>(null);

export function describeTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

function forget(key: string): void {
  recoveryStore.update((list) => list.filter((backup) => backup.key !== key));
}

export async function offerRecovery(): Promise<void> {
  recoveryStore.set(await factdesk.listRecoverableBackups());
}

export async function restoreBackup(backup: RecoverableBackup): Promise<void> {
  if (!(await confirmLeavingDocument())) return;
  forget(backup.key);
  const result = await factdesk.restoreBackup(backup.key);
  showOpenResult(result);
  // The restored work is not on disk yet: it stays unsaved (and backed up) until saved.
  if (result.ok) markDirty();
}

export async function openSavedVersion(backup: RecoverableBackup): Promise<void> {
  forget(backup.key);
  await factdesk.discardBackup(backup.key);
  if (backup.path) await openRecentProject(backup.path);
}

export async function discardBackup(backup: RecoverableBackup): Promise<void> {
  forget(backup.key);
  await factdesk.discardBackup(backup.key);
}

export async function showHistory(): Promise<void> {
  const doc = documentStore.get();
  if (!doc) return;
  const snapshots = await factdesk.listHistory(doc.project.id);
  historyStore.set({ projectName: doc.name, snapshots });
}

export function closeHistory(): void {
  historyStore.set(null);
}

export async function restoreSnapshot(snapshot: HistorySnapshot): Promise<void> {
  const doc = documentStore.get();
  if (!doc) return;
  closeHistory();
  if (!(await confirmLeavingDocument())) return;
  const result = await factdesk.readHistorySnapshot(doc.project.id, snapshot.id);
  if (!result.ok) return showNotice('error', result.message);
  openDocument(doc.path, doc.name, result.project, result.session);
  markDirty();
  showNotice('info', `Restored the version from ${describeTime(snapshot.takenAt)}. Save to keep it.`);
}
