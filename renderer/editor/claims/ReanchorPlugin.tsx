import { $isMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfsIterator } from '@lexical/utils';
import { $setSelection, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { reanchor } from '../../../shared/anchoring/anchor';
import { detachClaimsFromBody } from '../../../shared/claims/claims-in-body';
import { plainTextOf } from '../../../shared/article/plain-text';
import type { ArticleBody } from '../../../shared/project/schema';
import { documentBindingOn, onArticleIn } from '../../project/document-binding';
import { showNotice } from '../../state/notices-store';
import { $getClaims } from './claims-state';
import { $rangeForPlainText } from './plain-text-range';

/**
 * On open, a claim whose highlight is missing from the body (the file was
 * edited elsewhere, or migrated) is re-anchored from its selectors and its
 * highlight restored; one that cannot be found stays listed as orphaned.
 */
function reanchorMissingClaims(editor: LexicalEditor): void {
  // The usual case, every claim highlighted, is settled from the nodes without serialising the article.
  if (!editor.getEditorState().read($someClaimUnmarked)) return;
  const { body } = detachClaimsFromBody(editor.getEditorState().toJSON() as unknown as ArticleBody);
  const { text, marks } = plainTextOf(body);
  const claims = editor.getEditorState().read($getClaims);
  const missing = Object.values(claims).filter((claim) => !marks.has(claim.markId));
  if (missing.length === 0) return;
  const found = missing
    .map((claim) => ({ claim, match: reanchor(text, claim.anchor) }))
    .filter((item) => item.match !== null);
  if (found.length === 0) return;
  editor.update(
    () => {
      for (const { claim, match } of found) {
        const range = $rangeForPlainText(match!.start, match!.end);
        if (range && $getClaims()[claim.id]) $wrapSelectionInMarkNode(range, false, claim.markId);
      }
      $setSelection(null);
    },
    { tag: HISTORY_MERGE_TAG },
  );
  const lost = missing.length - found.length;
  showNotice(
    'info',
    `Restored the highlights of ${found.length} ${found.length === 1 ? 'claim' : 'claims'} from their saved quotes${lost ? `; ${lost} could not be found and ${lost === 1 ? 'is' : 'are'} listed as orphaned` : ''}.`,
  );
}

/**
 * Walks the tree rather than $nodesOfType: on the committed state that builds
 * and caches a map of every node by type (0.2 MB for a 100,000-word article),
 * kept until the next edit.
 */
function $someClaimUnmarked(): boolean {
  const marked = new Set<string>();
  for (const { node } of $dfsIterator()) if ($isMarkNode(node)) node.getIDs().forEach((id) => marked.add(id));
  return Object.values($getClaims()).some((claim) => !marked.has(claim.markId));
}

export function ReanchorPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Bound to the project's document, the article arrives later (document-binding-mount.ts).
    // As unbound, after the article's first paint: a walk of the whole article (40 ms at 2,000 paragraphs).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => (timer = setTimeout(() => reanchorMissingClaims(editor), 0));
    const stopListening = documentBindingOn() ? onArticleIn(later) : (later(), () => undefined);
    return () => {
      stopListening();
      clearTimeout(timer);
    };
  }, [editor]);
  return null;
}
