import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { detachClaimsFromBody } from '../../../shared/claims/claims-in-body';
import type { ArticleBody } from '../../../shared/project/schema';
import { boundDocument } from '../../project/document-binding';
import { boundClaims } from '../../project/document-claims';
import { markDirty, provideEditorContent, type EditorContent } from '../../project/document-store';
import { exportBodyInSlices } from '../body-export';

/** Bound to the project's document, the claims are its records, not the root's node state. */
function withBoundClaims(content: EditorContent): EditorContent {
  const claims = boundClaims()?.claims;
  return claims ? { ...content, claims } : content;
}

/**
 * Lets the document store read the live body and claims on demand (at save),
 * and marks the project dirty on the first change. Nothing is serialised per keystroke.
 */
export function BodyProviderPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unprovide = provideEditorContent(
      () => withBoundClaims(detachClaimsFromBody(editor.getEditorState().toJSON() as unknown as ArticleBody)),
      async () => {
        // Bound: the claims of this moment, not of when the last slice is read.
        const claims = boundClaims()?.claims;
        const content = detachClaimsFromBody(
          (await exportBodyInSlices(editor.getEditorState())) as unknown as ArticleBody,
        );
        return claims ? { ...content, claims } : content;
      },
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
