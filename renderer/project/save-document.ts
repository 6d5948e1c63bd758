import type { SaveResult } from '../../shared/api';
import { factdesk } from '../factdesk';
import { showNotice } from '../state/notices-store';
import { refreshRecent } from '../state/recent-projects-store';
import { startConflictFlow } from './conflict-state';
import { documentStore } from './document-store';
import { keepProjectLayout } from './project-layout';
import { markSaved, snapshotForSave } from './save-snapshot';

/** The save being written, if any: leaving waits for it, so it never asks about what is being saved. */
let saveInFlight: Promise<boolean> | null = null;

/** Resolves once the save being written (if any) has ended. */
export async function saveFinished(): Promise<void> {
  await saveInFlight;
}

export function suggestedNameFor(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Untitled project'
  );
}

/** A project never saved is offered under its article's title as edited; a saved one under its file name. */
export function suggestedNameOf(doc: {
  path: string | null;
  name: string;
  project: { article: { title: string } };
}): string {
  return suggestedNameFor(doc.path ? doc.name : doc.project.article.title.trim() || doc.name);
}

/**
 * Save the open project; `asNew` always asks where; `overwrite` saves over a
 * file changed on disk (only after the user confirmed). Returns true once it
 * is on disk. A file changed by someone else starts the conflict flow.
 * `announce` false (autosave) saves without the "Saved" toast; failures are always shown.
 */
export function saveDocument(asNew: boolean, overwrite = false, announce = true): Promise<boolean> {
  const saving = writeDocument(asNew, overwrite, announce);
  saveInFlight = saving;
  void saving.finally(() => {
    if (saveInFlight === saving) saveInFlight = null;
  });
  return saving;
}

async function writeDocument(asNew: boolean, overwrite: boolean, announce: boolean): Promise<boolean> {
  const doc = documentStore.get();
  const snapshot = await snapshotForSave().catch((error: unknown) => {
    showNotice(
      'error',
      `Nothing was saved: the project could not be read for saving (${error instanceof Error ? error.message : String(error)}).`,
    );
    return null;
  });
  if (!doc || !snapshot) return false;
  const request = {
    path: asNew ? null : doc.path,
    session: doc.session,
    project: snapshot.text,
    suggestedName: suggestedNameOf(doc),
    overwrite,
    ...(snapshot.changes && { document: snapshot.changes.change }),
  };
  // A call main refuses outright (a project it finds invalid) must be as visible as a failed write.
  const result: SaveResult = await (asNew ? factdesk.saveProjectAs(request) : factdesk.saveProject(request)).catch(
    (error: unknown) => ({
      ok: false as const,
      message: `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
  if (!result.ok) {
    if ('conflict' in result) startConflictFlow('save');
    else if (!('cancelled' in result)) showNotice('error', result.message);
    return false;
  }
  const name = result.path
    .split(/[\\/]/)
    .pop()!
    .replace(/\.factdesk$/i, '');
  markSaved(result.path, name, snapshot);
  snapshot.changes?.of.markStored(snapshot.changes.vector);
  if (result.path !== doc.path) void keepProjectLayout();
  if (announce) showNotice('success', `Saved ${name}`);
  void refreshRecent();
  return true;
}
