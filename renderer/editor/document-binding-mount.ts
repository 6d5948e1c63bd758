import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_EDITOR,
  HISTORY_MERGE_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type SerializedEditorState,
} from 'lexical';
import type { ClaimMap } from '../../shared/claims/claims-in-body';
import type { ArticleBody, EvidenceLink } from '../../shared/project/schema';
import { bindRecords } from '../project/document-records';
import { announceArticleIn, boundDocument, setBoundDocument } from '../project/document-binding';
import type { ProjectDocument } from '../project/project-document';
import { setCurrentHistory, UndoHistory } from '../project/undo-history';
import { attachDocumentPresence } from '../collab/presence';
import { bindArticle } from './article-binding';
import { HistorySteps } from './history-steps';
import { sweepAfterArrivals } from './stray-sweep';
import { parseWholeBody } from './whole-body';

/**
 * The article editor bound to the open project's document, with one undo
 * history for this person (docs/project-document.md "Undo"): the article
 * comes from the document's stored state (through the provider's connect,
 * after the binding listens), or — a project made in this window — from its
 * readable body, written into the document as no one's step. The claim
 * records and evidence links are the document's `claims` and `evidence`
 * (document-records.ts). Ctrl+Z / Ctrl+Y go to the Yjs undo manager.
 * Returns false (and binds nothing) when a readable body cannot be loaded whole.
 */
export function mountDocumentBinding(
  editor: LexicalEditor,
  document: ProjectDocument,
  opened: { body: ArticleBody; claims: ClaimMap; evidence?: readonly EvidenceLink[] },
): (() => void) | false {
  const steps: { current: HistorySteps | null } = { current: null };
  const { binding, unbind } = bindArticle(editor, document, steps);
  // Putting the article in is no edit: the project stays "saved" (BodyProviderPlugin reads `quiet`).
  setBoundDocument(document);
  document.quiet = true;
  try {
    if (!putArticleIn(editor, document, opened)) {
      setBoundDocument(null);
      unbind();
      return false;
    }
  } finally {
    document.quiet = false;
  }
  const unbindRecords = bindRecords(document, opened);
  const stopSweeping = sweepAfterArrivals(editor, document);
  const history = new UndoHistory(document.doc, binding);
  steps.current = new HistorySteps(history);
  setCurrentHistory(history);
  const unregister = registerUndoCommands(editor, history);
  const detachPresence = attachDocumentPresence(editor, binding, document);
  announceArticleIn();
  return () => {
    detachPresence();
    unregister();
    if (boundDocument() === document) setBoundDocument(null);
    setCurrentHistory(null);
    history.destroy();
    stopSweeping();
    unbindRecords();
    unbind();
  };
}

/** The stored article (or, made here, the readable body), before the history starts. */
function putArticleIn(editor: LexicalEditor, document: ProjectDocument, opened: { body: ArticleBody }): boolean {
  if (document.madeHere) {
    const whole = parseWholeBody(editor, opened.body as unknown as SerializedEditorState);
    if (!whole) return false;
    editor.setEditorState(whole, { tag: HISTORY_MERGE_TAG });
  } else document.provider.connect();
  document.connected = true;
  return true;
}

/** Today's shortcuts and toolbar buttons (UNDO_COMMAND, REDO_COMMAND) on the person's history, and what they may do now. */
function registerUndoCommands(editor: LexicalEditor, history: UndoHistory): () => void {
  const { manager } = history;
  const announce = () => {
    editor.dispatchCommand(CAN_UNDO_COMMAND, manager.undoStack.length > 0);
    editor.dispatchCommand(CAN_REDO_COMMAND, manager.redoStack.length > 0);
  };
  const stackEvents = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  stackEvents.forEach((event) => manager.on(event, announce));
  const removeUndo = editor.registerCommand(
    UNDO_COMMAND,
    () => {
      history.boundary();
      manager.undo();
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
  const removeRedo = editor.registerCommand(
    REDO_COMMAND,
    () => {
      manager.redo();
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
  announce();
  return () => {
    stackEvents.forEach((event) => manager.off(event, announce));
    removeUndo();
    removeRedo();
  };
}
