import type { ProjectView } from '../../shared/project/schema';
import { claimsViewStore } from './claims-view-store';
import { documentStore, editCount, editorContentInSlices, withContent } from './document-store';
import { jsonInSlices } from './json-in-slices';
import { boundDocument } from './document-binding';
import type { ProjectDocument } from './project-document';

/** What a save writes, with what the store and the editor were when it was taken. */
export interface SaveSnapshot {
  project: ProjectView;
  /** The project's JSON text, for IPC (written in slices: see json-in-slices.ts). */
  text: string;
  base: ProjectView;
  editorEdits: number;
  /** The open document's key: a save that finishes after another was opened leaves that one alone. */
  key: number;
  /** Bound to the project's document: its changes since what main holds, taken with the readable part. */
  changes: DocumentChanges | null;
}

export interface DocumentChanges {
  change: { seed: number; update: string };
  vector: Uint8Array;
  of: ProjectDocument;
}

/**
 * The project as it is now, for a save or a crash backup. A long article is
 * read a slice at a time, so typing goes on meanwhile; the snapshot is still
 * of this moment. Null if the document closed or another opened meanwhile.
 */
export async function snapshotForSave(): Promise<SaveSnapshot | null> {
  const doc = documentStore.get();
  if (!doc) return null;
  const edits = editCount();
  const order = claimsViewStore.get().order;
  // Taken in the same moment as the editor's state below: the two halves of the file then say the same.
  const changes = changesOfBound();
  const reading = editorContentInSlices();
  const content = reading ? await reading : null;
  const project = content ? withContent(doc.project, content, order) : doc.project;
  const text = await jsonInSlices(project);
  if (documentStore.get()?.key !== doc.key) return null;
  return { project, text, base: doc.project, editorEdits: edits, key: doc.key, changes };
}

function changesOfBound(): DocumentChanges | null {
  const bound = boundDocument();
  return bound?.claims ? { ...bound.changesForMain(), of: bound } : null;
}

/**
 * The snapshot is on disk at `path`. A save takes a moment (a large project,
 * a slow disk) and the user goes on working meanwhile: anything changed since
 * the snapshot keeps the document unsaved, and nothing in the store is
 * replaced by the snapshot's older copy.
 */
export function markSaved(path: string, name: string, snapshot: SaveSnapshot): void {
  documentStore.update((doc) => {
    if (doc?.key !== snapshot.key) return doc;
    const unchanged = editCount() === snapshot.editorEdits && sameApartFromBody(doc.project, snapshot.base);
    return { ...doc, path, name, dirty: doc.dirty && !unchanged };
  });
}

/** The body may have moved into the editor meanwhile (a merged project reopens while it saves): that is no change. */
function sameApartFromBody(now: ProjectView, then: ProjectView): boolean {
  if (now === then) return true;
  const { article: nowArticle, ...nowRest } = now;
  const { article: thenArticle, ...thenRest } = then;
  return shallowEqual(nowRest, thenRest) && shallowEqual({ ...nowArticle, body: null }, { ...thenArticle, body: null });
}

function shallowEqual(a: object, b: object): boolean {
  const aEntries = Object.entries(a);
  return (
    aEntries.length === Object.keys(b).length &&
    aEntries.every(([key, value]) => (b as Record<string, unknown>)[key] === value)
  );
}
