import {
  createBindingV2__EXPERIMENTAL,
  syncLexicalUpdateToYjsV2__EXPERIMENTAL,
  syncYjsChangesToLexicalV2__EXPERIMENTAL,
  type BindingV2,
} from '@lexical/yjs';
import { HISTORY_MERGE_TAG, SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { BODY } from '../../shared/project-doc/layout';
import type { ProjectDocument } from '../project/project-document';
import type { HistorySteps } from './history-steps';

/**
 * The article editor bound to the open project's document (@lexical/yjs, the
 * V2 binding with flat marks; main's headless binding is the same). Each side
 * follows the other; the editor's writes fall into undo steps once `steps`
 * holds the person's history. The document's stored state must go in through
 * `document.provider.connect()` after this: the binding only sees changes that
 * arrive once it listens, so a document filled before would show an empty editor.
 * Mounted by document-binding-mount.ts when the switch is on (renderer/project/document-binding.ts).
 */
export function bindArticle(
  editor: LexicalEditor,
  document: ProjectDocument,
  steps: { current: HistorySteps | null } = { current: null },
): { binding: BindingV2; unbind: () => void } {
  const binding = createBindingV2__EXPERIMENTAL(editor, BODY, document.doc, new Map([[BODY, document.doc]]), {
    rootName: BODY,
  });
  const onYjsChanges = (events: Y.YEvent<Y.XmlElement>[], transaction: Y.Transaction) => {
    if (transaction.origin === binding) return;
    syncYjsChangesToLexicalV2__EXPERIMENTAL(
      binding,
      document.provider,
      events as never,
      transaction,
      transaction.origin instanceof Y.UndoManager,
    );
  };
  binding.root.observeDeep(onYjsChanges);
  const removeListener = editor.registerUpdateListener((update) => {
    const { prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags } = update;
    if (tags.has(SKIP_COLLAB_TAG)) return;
    // Claims the update staged (marking, unmarking) go in the article's transaction: one change, one undo step.
    const claimsStaged = document.claims?.hasStaged ?? false;
    const write = () =>
      document.doc.transact(() => {
        syncLexicalUpdateToYjsV2__EXPERIMENTAL(
          binding,
          document.provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
        document.claims?.flush();
      }, binding);
    const quiet = document.quiet;
    document.quiet = quiet || tags.has(HISTORY_MERGE_TAG);
    try {
      if (steps.current) steps.current.around(update, write, claimsStaged);
      else write();
    } finally {
      document.quiet = quiet;
    }
  });
  return {
    binding,
    unbind: () => {
      binding.root.unobserveDeep(onYjsChanges);
      removeListener();
    },
  };
}
