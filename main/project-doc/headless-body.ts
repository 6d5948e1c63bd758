import { createHeadlessEditor } from '@lexical/headless';
import {
  createBindingV2__EXPERIMENTAL,
  syncLexicalUpdateToYjsV2__EXPERIMENTAL,
  syncYjsChangesToLexicalV2__EXPERIMENTAL,
  syncYjsStateToLexicalV2__EXPERIMENTAL,
  type BindingV2,
} from '@lexical/yjs';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import type * as Y from 'yjs';
import { countBodyNodes } from '../../shared/article/article-body';
import { BODY } from '../../shared/project-doc/layout';
import { offlineProvider } from '../../shared/project-doc/offline-provider';
import type { ArticleBody } from '../../shared/project/schema';
import { ARTICLE_NODE_CLASSES } from './article-nodes';

/**
 * The article body between its JSON form (the file's readable part) and the
 * Y.Doc, through the same binding the window's editor uses, on a headless
 * editor: seeding a document, reading a merged one, bringing one in line
 * with a file edited by hand. Every update is discrete: the Yjs side is
 * written before the call returns.
 */

const provider = offlineProvider();

export interface BoundEditor {
  editor: LexicalEditor;
  binding: BindingV2;
  dispose: () => void;
}

/** A headless editor bound to the document's body, holding what the document holds now. */
export function bindHeadless(doc: Y.Doc): BoundEditor {
  const editor = createHeadlessEditor({
    namespace: 'factdesk-article',
    nodes: [...ARTICLE_NODE_CLASSES],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, BODY, doc, new Map([[BODY, doc]]), { rootName: BODY });
  const removeListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjsV2__EXPERIMENTAL(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );
  const onChanges = (events: Y.YEvent<Y.XmlElement>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding)
      syncYjsChangesToLexicalV2__EXPERIMENTAL(binding, provider, events as never, transaction, false);
  };
  binding.root.observeDeep(onChanges);
  if (binding.root.length > 0) syncYjsStateToLexicalV2__EXPERIMENTAL(binding, provider);
  return {
    editor,
    binding,
    dispose: () => {
      binding.root.unobserveDeep(onChanges);
      removeListener();
    },
  };
}

/** The body the document holds, as the file's JSON. */
export function bodyFromDoc(doc: Y.Doc): ArticleBody {
  const bound = bindHeadless(doc);
  try {
    return bound.editor.getEditorState().toJSON() as unknown as ArticleBody;
  } finally {
    bound.dispose();
  }
}

/**
 * Makes the document's body `body`, writing only what differs (an empty
 * document gets all of it). Throws when Lexical cannot load the whole body.
 */
export function writeBodyToDoc(doc: Y.Doc, body: ArticleBody): void {
  const bound = bindHeadless(doc);
  try {
    const state = bound.editor.parseEditorState(body as unknown as SerializedEditorState);
    if (state._nodeMap.size !== countBodyNodes(body.root)) throw new Error('the article could not be loaded in full');
    bound.editor.setEditorState(state);
    // setEditorState commits at once; the binding has written the difference by now.
  } finally {
    bound.dispose();
  }
}
