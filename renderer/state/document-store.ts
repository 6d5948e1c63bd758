import type { ArticleBody, Article, Project } from '../../shared/schema';
import { Store } from './store';

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
  project: Project;
  dirty: boolean;
}

export const documentStore = new Store<OpenDocument | null>(null);

let nextKey = 1;
let readBody: (() => ArticleBody) | null = null;

export function openDocument(path: string | null, name: string, project: Project): void {
  readBody = null;
  documentStore.set({ key: nextKey++, path, name, project, dirty: false });
}

export function closeDocument(): void {
  readBody = null;
  documentStore.set(null);
}

/** The editor registers how to read its current body. */
export function provideBody(reader: () => ArticleBody): () => void {
  readBody = reader;
  return () => {
    if (readBody === reader) readBody = null;
  };
}

const editListeners = new Set<() => void>();

/** Called on every edit (each keystroke included), not only the first: for work scheduled after typing stops. */
export function onEdit(listener: () => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}

export function markDirty(): void {
  editListeners.forEach((listener) => listener());
  documentStore.update((doc) => (doc && !doc.dirty ? { ...doc, dirty: true } : doc));
}

export function updateArticleMeta(change: Partial<Omit<Article, 'body'>>): void {
  documentStore.update((doc) =>
    doc ? { ...doc, dirty: true, project: { ...doc.project, article: { ...doc.project.article, ...change } } } : doc,
  );
}

/** The whole project as it is now, with the live body from the editor. */
export function currentProject(): Project | null {
  const doc = documentStore.get();
  if (!doc) return null;
  const body = readBody ? readBody() : doc.project.article.body;
  return { ...doc.project, article: { ...doc.project.article, body } };
}

export function markSaved(path: string, name: string, project: Project): void {
  documentStore.update((doc) => (doc ? { ...doc, path, name, project, dirty: false } : doc));
}
