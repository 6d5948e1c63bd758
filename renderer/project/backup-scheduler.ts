import { factdesk } from '../factdesk';
import { documentStore, onEdit } from './document-store';
import { snapshotForSave } from './save-snapshot';
import { showNotice } from '../state/notices-store';
import { preferencesStore } from '../state/preferences-store';

/**
 * Crash backups: while the open project has unsaved changes, a snapshot goes
 * to main once edits have stopped for the delay chosen in Preferences (a
 * second by default; never when backups are off). Scheduled from edit events,
 * never run on the typing path; main deletes it after a successful save.
 */

const backupDelayMs = () => preferencesStore.get().backupDelaySeconds * 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
let lastKey: string | null = null;
/** A failed backup is reported once, not at every pause, until one succeeds again. */
let reportedFailure = false;

function cancel(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

async function writeBackupNow(): Promise<void> {
  timer = null;
  const doc = documentStore.get();
  if (!doc?.dirty) return;
  try {
    // Null when another project opened meanwhile.
    const snapshot = await snapshotForSave();
    // A save that ended while the snapshot was being taken covered it: main has just deleted the last backup.
    if (!snapshot || !documentStore.get()?.dirty) return;
    const written = await factdesk.writeBackup({
      path: doc.path,
      name: doc.name,
      session: doc.session,
      project: snapshot.text,
    });
    if (written.key === null) {
      if (!reportedFailure) showNotice('error', written.problem);
      reportedFailure = true;
      return;
    }
    lastKey = written.key;
    reportedFailure = false;
  } catch {
    // A failed backup must never disturb editing; the next pause tries again.
  }
}

function schedule(): void {
  cancel();
  const delay = backupDelayMs();
  if (documentStore.get()?.dirty && delay > 0) timer = setTimeout(() => void writeBackupNow(), delay);
}

/** Start watching edits; returns the function that stops it. */
export function startBackupScheduler(): () => void {
  let wasDirty = documentStore.get()?.dirty ?? false;
  const unsubscribeEdits = onEdit(() => setTimeout(schedule, 0));
  const unsubscribeStore = documentStore.subscribe(() => {
    const dirty = documentStore.get()?.dirty ?? false;
    if (dirty) schedule();
    else if (wasDirty) cancel();
    wasDirty = dirty;
  });
  // A new delay applies at once, to the pause in progress too.
  let delay = backupDelayMs();
  const unsubscribePreferences = preferencesStore.subscribe(() => {
    if (backupDelayMs() === delay) return;
    delay = backupDelayMs();
    schedule();
  });
  return () => {
    cancel();
    unsubscribeEdits();
    unsubscribeStore();
    unsubscribePreferences();
  };
}

/** The user chose not to keep the unsaved changes: drop their backup too (main keeps a copy in history). */
export async function discardCurrentBackup(): Promise<void> {
  cancel();
  if (lastKey) await factdesk.discardBackup(lastKey).catch(() => undefined);
  lastKey = null;
}
