import type { ProjectDocument } from './project-document';

/** Where the switch is kept: the page's own storage, so a test (or a person trying it) turns it on without a build. */
const SWITCH_KEY = 'factdesk.documentBinding';

/**
 * Whether the article editor is bound to the project's Yjs document
 * (issue 18, docs/project-document.md "Status"). On unless switched off
 * (`off`): kept for comparing the two in the bench, and as a way back.
 */
export function documentBindingOn(): boolean {
  try {
    return globalThis.localStorage?.getItem(SWITCH_KEY) !== 'off';
  } catch {
    return true;
  }
}

let bound: ProjectDocument | null = null;

/** The document the editor is bound to now (null: none, or the switch is off). */
export function boundDocument(): ProjectDocument | null {
  return bound;
}

export function setBoundDocument(document: ProjectDocument | null): void {
  bound = document;
}

const articleInListeners = new Set<() => void>();

/** Called each time a bound editor has the article and its claims in place (it arrives after the editor mounts). */
export function onArticleIn(listener: () => void): () => void {
  articleInListeners.add(listener);
  return () => articleInListeners.delete(listener);
}

export function announceArticleIn(): void {
  articleInListeners.forEach((listener) => listener());
}
