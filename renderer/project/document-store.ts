import type { ClaimMap } from '../../shared/claims/claims-in-body';
import type { ArticleBody, Claim, ProjectView } from '../../shared/project/schema';
import { Store, useStore } from '../state/store';
import { claimsViewStore } from './claims-view-store';

/**
 * The open project. The article body is owned by the Lexical editor while a
 * project is open: it is read from the editor only when needed (save), never
 * copied here per keystroke.
 */
export interface OpenDocument {
  /** Changes on every open, so the editor remounts with the new body. */
  key: number;
  path: string | null;
  name: string;
  project: ProjectView;
  dirty: boolean;
  /** Names the source texts main holds for this project (main issues it on open; a project made here gets a fresh one). */
  session: string;
}

/**
 * Read it through currentDocument() and useOpenDocument(), change it through the
 * named actions of renderer/project (project-changes.ts, source-actions.ts, …):
 * only this folder writes it.
 */
export const documentStore = new Store<OpenDocument | null>(null);

/** The open document (null on the start screen), for reading outside a component. */
export const currentDocument = (): OpenDocument | null => documentStore.get();

/** Calls `listener` after every change to the open document (for code outside React); returns what stops it. */
export const watchOpenDocument = (listener: () => void): (() => void) => documentStore.subscribe(listener);

/** A component's view of the open document: it re-renders when what `select` picks changes. */
export function useOpenDocument<S>(select: (doc: OpenDocument | null) => S): S {
  return useStore(documentStore, select);
}

let nextKey = 1;
export interface EditorContent {
  body: ArticleBody;
  claims: ClaimMap;
}

/** The editor's content, at once or a slice at a time (a save of a long article); null without an editor. */
let editorContent: { read: () => EditorContent; readInSlices: () => Promise<EditorContent> } | null = null;

export function openDocument(
  path: string | null,
  name: string,
  project: ProjectView,
  session: string = crypto.randomUUID(),
): void {
  editorContent = null;
  documentStore.set({ key: nextKey++, path, name, project, dirty: false, session });
}

const reopenListeners = new Set<(path: string | null) => void>();

/** Called just before the open project is replaced by a newer copy of itself (see reopenDocument). */
export function onReopen(listener: (path: string | null) => void): () => void {
  reopenListeners.add(listener);
  return () => reopenListeners.delete(listener);
}

/**
 * Opens a newer copy of the open project (reloaded from disk, merged): like
 * openDocument, but the article on screen is told first, so it can keep the
 * reader's place for the copy.
 */
export function reopenDocument(path: string | null, name: string, project: ProjectView, session: string): void {
  reopenListeners.forEach((listener) => listener(path));
  openDocument(path, name, project, session);
}

export function closeDocument(): void {
  editorContent = null;
  documentStore.set(null);
}

/** Stands in for the article body in the store while the editor holds the real one. */
const BODY_IN_EDITOR: ArticleBody = Object.freeze({ root: Object.freeze({ type: 'root' as const, children: [] }) });

function withBody(project: ProjectView, body: ArticleBody): ProjectView {
  return { ...project, article: { ...project.article, body } };
}

/**
 * The editor registers how to read its current body and claims. From then on
 * the store keeps no copy of the body (a 100,000-word article is megabytes):
 * the editor's is the one, read when needed. Should the editor go while the
 * project stays open, its body is put back.
 */
export function provideEditorContent(
  reader: () => EditorContent,
  inSlices: () => Promise<EditorContent> = async () => reader(),
): () => void {
  const provided = { read: reader, readInSlices: inSlices };
  editorContent = provided;
  documentStore.update((doc) => (doc ? { ...doc, project: withBody(doc.project, BODY_IN_EDITOR) } : doc));
  return () => {
    if (editorContent !== provided) return;
    editorContent = null;
    const { body, claims } = reader();
    documentStore.update((doc) =>
      doc ? { ...doc, project: { ...withBody(doc.project, body), claims: orderedClaims(claims) } } : doc,
    );
  };
}

const editListeners = new Set<() => void>();

/** Called on every edit (each keystroke included), not only the first: for work scheduled after typing stops. */
export function onEdit(listener: () => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}

/** Edits in the editor so far: a save compares it with its snapshot's. */
let editorEdits = 0;

export const editCount = (): number => editorEdits;

export function markDirty(): void {
  editorEdits += 1;
  editListeners.forEach((listener) => listener());
  documentStore.update((doc) => (doc && !doc.dirty ? { ...doc, dirty: true } : doc));
}

/** Claims in document order, orphaned ones (no highlight left) last. */
function orderedClaims(claims: ClaimMap, order: readonly string[] = claimsViewStore.get().order): Claim[] {
  const placed = order.map((id) => claims[id]).filter((claim): claim is Claim => claim !== undefined);
  const placedIds = new Set(order);
  return [...placed, ...Object.values(claims).filter((claim) => !placedIds.has(claim.id))];
}

/**
 * The whole project as it is now: live body and claims from the editor. Selectors are
 * refreshed where the project leaves the app (main's save and export), not here.
 */
export function currentProject(): ProjectView | null {
  const doc = documentStore.get();
  if (!doc) return null;
  return editorContent ? withContent(doc.project, editorContent.read()) : doc.project;
}

export function withContent(
  project: ProjectView,
  { body, claims }: EditorContent,
  order?: readonly string[],
): ProjectView {
  return { ...withBody(project, body), claims: orderedClaims(claims, order) };
}

/** The editor's body and claims read a slice at a time (a save of a long article); null without an editor. */
export function editorContentInSlices(): Promise<EditorContent> | null {
  return editorContent ? editorContent.readInSlices() : null;
}
