import * as Y from 'yjs';
import { bodyOf, claimsOf, evidenceOf, ORIGIN } from '../../shared/project-doc/layout';

/** Changes made within this long of each other undo as one step, unless a step boundary falls between (Lexical's own history uses the same). */
const MERGE_WINDOW_MS = 1000;

/**
 * One person's undo history over the open document: the article, claims and
 * evidence links, and only this window's own changes (the editor's binding
 * and ORIGIN.local). What arrives from elsewhere — the file's state, another
 * copy merged in, a collaborator — is never undone by Ctrl+Z. It starts
 * empty once the article is in place, so the first Ctrl+Z undoes the first
 * edit, never the loading of the article.
 */
export class UndoHistory {
  readonly manager: Y.UndoManager;
  /** While set, the binding's writes are not the person's edits (highlights restored on open). */
  untracked = false;

  constructor(doc: Y.Doc, binding: object) {
    this.manager = new Y.UndoManager([bodyOf(doc), claimsOf(doc), evidenceOf(doc)], {
      trackedOrigins: new Set<unknown>([binding, ORIGIN.local]),
      captureTimeout: MERGE_WINDOW_MS,
      captureTransaction: () => !this.untracked,
    });
  }

  /** What comes next is a step of its own. */
  boundary(): void {
    this.manager.stopCapturing();
  }

  destroy(): void {
    this.manager.destroy();
  }
}

let current: UndoHistory | null = null;

/** The open project's history (null before the editor has bound the article). */
export function currentHistory(): UndoHistory | null {
  return current;
}

export function setCurrentHistory(history: UndoHistory | null): void {
  current = history;
}

/** `work` as one undo step of its own: nothing before or after is merged into it. */
export function asOneStep(work: () => void): void {
  current?.boundary();
  work();
  current?.boundary();
}
