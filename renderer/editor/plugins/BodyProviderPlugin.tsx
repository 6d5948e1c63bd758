import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { detachClaimsFromBody } from '../../../shared/claims/claims-in-body';
import type { ArticleBody } from '../../../shared/project/schema';
import { boundDocument } from '../../project/document-binding';
import { markDirty, provideEditorContent } from '../../project/document-store';
import { exportBodyInSlices } from '../body-export';

/**
 * Lets the document store read the live body and claims on demand (at save),
 * and marks the project dirty on the first change. Nothing is serialised per keystroke.
 */
export function BodyProviderPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unprovide = provideEditorContent(
      () => detachClaimsFromBody(editor.getEditorState().toJSON() as unknown as ArticleBody),
      async () => detachClaimsFromBody((await exportBodyInSlices(editor.getEditorState())) as unknown as ArticleBody),
    );
    const unlisten = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      // The first update only puts the loaded body on screen; history-merge
      // updates are Lexical's own normalisation (e.g. when a plugin registers).
      // Bound to the project's document, putting the article in is quiet too (document-binding-mount.ts).
      if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG) || boundDocument()?.quiet) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      markDirty();
    });
    return () => {
      unprovide();
      unlisten();
    };
  }, [editor]);
  return null;
}
