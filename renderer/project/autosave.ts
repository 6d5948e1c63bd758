import { conflictStore } from './conflict-state';
import { documentStore, onEdit } from './document-store';
import { saveDocument } from './save-document';
import { preferencesStore } from '../state/preferences-store';

/**
 * Autosave (Preferences): the open project is saved to its own file after
 * edits pause for some minutes, or when the window loses focus. It goes
 * through the ordinary save, so a read-only file or one changed by someone
 * else is refused out loud (a notice, the conflict dialog), never overwritten;
 * after such a refusal autosave waits until the user has saved once.
 */

let timer: ReturnType<typeof setTimeout> | null = null;
let saving = false;
/** The document (by its key) whose last autosave was refused. */
let refusedFor: number | null = null;

function cancel(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

function mayAutosave(): boolean {
  const doc = documentStore.get();
  return !!doc && doc.dirty && doc.path !== null && !saving && conflictStore.get() === null && refusedFor !== doc.key;
}

async function autosaveNow(): Promise<void> {
  timer = null;
  if (!mayAutosave()) return;
  const key = documentStore.get()!.key;
  saving = true;
  try {
    if (!(await saveDocument(false, false, false))) refusedFor = key;
  } finally {
    saving = false;
  }
}

function scheduleAfterEdits(): void {
  cancel();
  const { autoSave, autoSaveMinutes } = preferencesStore.get();
  if (autoSave === 'after-delay') timer = setTimeout(() => void autosaveNow(), autoSaveMinutes * 60_000);
}

function onWindowBlur(): void {
  if (preferencesStore.get().autoSave === 'on-focus-change') void autosaveNow();
}

/** Start autosaving as Preferences say; returns the function that stops it. */
export function startAutosave(): () => void {
  const unsubscribeEdits = onEdit(scheduleAfterEdits);
  let wasDirty = documentStore.get()?.dirty ?? false;
  const unsubscribeStore = documentStore.subscribe(() => {
    const doc = documentStore.get();
    // A save by the user (or another project) lifts a refusal.
    if (!doc?.dirty && wasDirty) refusedFor = null;
    if (!doc?.dirty) cancel();
    wasDirty = doc?.dirty ?? false;
  });
  let mode = preferencesStore.get().autoSave;
  const unsubscribePreferences = preferencesStore.subscribe(() => {
    const { autoSave } = preferencesStore.get();
    if (autoSave === mode) return;
    mode = autoSave;
    if (documentStore.get()?.dirty) scheduleAfterEdits();
  });
  window.addEventListener('blur', onWindowBlur);
  return () => {
    cancel();
    unsubscribeEdits();
    unsubscribeStore();
    unsubscribePreferences();
    window.removeEventListener('blur', onWindowBlur);
  };
}
