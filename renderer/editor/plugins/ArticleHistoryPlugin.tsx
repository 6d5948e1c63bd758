import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Edits typed within this long of each other undo as one step (Lexical's own default). */
const MERGE_WINDOW_MS = 1000;

/**
 * Undo and redo, starting from the article as opened. Lexical's history
 * takes its starting point from the first update it sees, and that update
 * cannot be undone; seeded with the loaded article (in place by now:
 * ArticleBodyLoader loads it in a layout effect), the user's first edit — a
 * claim deleted, say — can be undone, with no extra update at open.
 */
export function ArticleHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const opened = editor.getEditorState();
    // An empty state cannot be restored (Lexical refuses it); a new article starts from the first edit.
    const history = {
      ...createEmptyHistoryState(),
      current: opened.isEmpty() ? null : { editor, editorState: opened },
    };
    return registerHistory(editor, history, MERGE_WINDOW_MS);
  }, [editor]);
  return null;
}
