import type { EditorState, LexicalEditor, SerializedEditorState } from 'lexical';
import { countBodyNodes } from '../../shared/article/article-body';

/**
 * Lexical's parseEditorState does not throw on a node it cannot load: it
 * reports the error to the editor's onError and returns what it built up to
 * there, so half an article would open as if whole (and the next save would
 * write the half). Main checks bodies against the schema first; this is the
 * last guard: the parsed state must hold every node the body has, or the
 * body is not opened at all.
 */
export function parseWholeBody(editor: LexicalEditor, serialized: SerializedEditorState): EditorState | null {
  const state = editor.parseEditorState(serialized);
  return state._nodeMap.size === countBodyNodes(serialized.root) ? state : null;
}
