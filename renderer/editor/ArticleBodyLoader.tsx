import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type SerializedEditorState } from 'lexical';
import { useLayoutEffect } from 'react';
import { attachClaimsToBody } from '../../shared/claims/claims-in-body';
import type { ArticleBody, Claim } from '../../shared/project/schema';
import { documentBindingOn } from '../project/document-binding';
import { refuseUnloadableArticle } from '../project/file-actions';
import { registerArticleTransforms } from './article-transforms';
import { bindOpenDocument } from './bind-open-document';
import { parseWholeBody } from './whole-body';

/**
 * Puts the opened article into the editor (all of it, or none: see whole-body.ts), after registering the node
 * transforms (nested marks, lists; see article-transforms.ts), which are
 * costly to register on an editor already holding the article. Before paint
 * (a layout effect), so the empty editor is never shown; before the other
 * plugins, which expect the article in place. The body is
 * parsed from the object as loaded (no JSON string is made and kept). With
 * the document binding switched on, the article comes from the project's Yjs
 * document instead (bind-open-document.ts).
 */
export function ArticleBodyLoader({ body, claims }: { body: ArticleBody; claims: readonly Claim[] }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    const unregister = registerArticleTransforms(editor);
    if (documentBindingOn()) {
      const unbind = bindOpenDocument(editor, body, claims);
      return () => {
        unbind();
        unregister();
      };
    }
    if (editor.getEditorState().isEmpty()) {
      const serialized = attachClaimsToBody(body, claims) as unknown as SerializedEditorState;
      const whole = parseWholeBody(editor, serialized);
      if (whole) editor.setEditorState(whole, { tag: HISTORY_MERGE_TAG });
      else refuseUnloadableArticle();
    }
    return unregister;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- body and claims are read once per open; the editor owns them afterwards
  }, [editor]);
  return null;
}
