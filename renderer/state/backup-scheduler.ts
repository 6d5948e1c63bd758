import { factdesk } from '../factdesk';
import { currentProject, documentStore, onEdit } from './document-store';

/**
 * Crash backups: while the open project has unsaved changes, a snapshot goes
 * to main about a second after edits stop. Scheduled from edit events, never
 * run on the typing path; main deletes it after a successful save.
 */

export const BACKUP_DELAY_MS = 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
let lastKey: string | null = null;

function cancel(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

async function writeBackupNow(): Promise<void> {
  timer = null;
  const doc = documentStore.get();
  const project = currentProject();
  if (!doc || !doc.dirty || !project) return;
  try {
    lastKey = (await factdesk.writeBackup({ path: doc.path, name: doc.name, session: doc.session, project })).key;
  } catch {
    // A failed backup must never disturb editing; the next pause tries again.
  }
}

function schedule(): void {
  cancel();
  if (documentStore.get()?.dirty) timer = setTimeout(() => void writeBackupNow(), BACKUP_DELAY_MS);
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
  return () => {
    cancel();
    unsubscribeEdits();
    unsubscribeStore();
  };
}

/** The user chose not to keep the unsaved changes: drop their backup too (main keeps a copy in history). */
export async function discardCurrentBackup(): Promise<void> {
  cancel();
  if (lastKey) await factdesk.discardBackup(lastKey).catch(() => undefined);
  lastKey = null;
}
