import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLayoutEffect } from 'react';
import { registerFlatMarks } from './claims/flat-marks';

/**
 * Puts the opened article into the editor, after registering the transform
 * that flattens nested marks: registered on an editor that already holds the
 * article, Lexical marks every mark dirty and re-runs the transform over all
 * of them (a tenth of a second with 2,000 claims). A saved article is already
 * flat. Before paint (a layout effect), so the empty editor is never shown;
 * before the other plugins, which expect the article in place.
 */
export function ArticleBodyLoader({ editorState }: { editorState: string }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    const unregister = registerFlatMarks(editor);
    if (editor.getEditorState().isEmpty()) editor.setEditorState(editor.parseEditorState(editorState), { tag: HISTORY_MERGE_TAG });
    return unregister;
    // The article is read once per open; the editor owns it afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return null;
}
