import { $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import { $dfsIterator } from '@lexical/utils';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { bodyOf, claimsOf, ORIGIN } from '../../shared/project-doc/layout';
import { isLocal } from '../project/document-claims';
import type { ProjectDocument } from '../project/project-document';
import { $getClaims } from './claims/claims-state';

/**
 * Marks and records point at each other after a change arrives from
 * elsewhere (a merge, later a collaborator): a highlight whose claim is gone
 * there (deleted in the other copy) loses that claim's id, its text stays —
 * as main's sweep does for the merge of two files (main/project-doc/merge-copies.ts).
 * A claim whose highlight is gone is listed as orphaned with its last quote
 * (claims-view-store.ts), so nothing more is needed for it. Two claims
 * made at once in two windows with one number: the later is renumbered, the
 * same way in every window. The repair is no one's undo step. Returns how to stop.
 */
export function sweepAfterArrivals(editor: LexicalEditor, document: ProjectDocument): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onTransaction = (transaction: Y.Transaction) => {
    if (isLocal(transaction) || transaction.origin === ORIGIN.load) return;
    const watched = new Set<unknown>([bodyOf(document.doc), claimsOf(document.doc)]);
    const touched = [...transaction.changedParentTypes.keys()].some((type) => watched.has(type));
    // After the arrival has reached the editor (the binding's own update), never folded into it.
    if (touched && !timer)
      timer = setTimeout(() => {
        timer = null;
        sweepStrayMarks(editor);
        document.claims?.renumberDuplicates();
      }, 0);
  };
  document.doc.on('afterTransaction', onTransaction);
  return () => {
    document.doc.off('afterTransaction', onTransaction);
    if (timer) clearTimeout(timer);
  };
}

/** Takes the ids of claims that are gone off their highlights; returns how many highlights changed. */
export function sweepStrayMarks(editor: LexicalEditor): number {
  const stray = editor.getEditorState().read($strayMarks);
  if (stray.length === 0) return 0;
  editor.update(
    () => {
      const claims = $getClaims();
      for (const mark of $strayMarks()) {
        for (const id of mark.getIDs()) if (!claims[id]) mark.deleteID(id);
        if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
      }
    },
    { tag: HISTORY_MERGE_TAG, discrete: true },
  );
  return stray.length;
}

function $strayMarks(): MarkNode[] {
  const claims = $getClaims();
  const stray: MarkNode[] = [];
  for (const { node } of $dfsIterator())
    if ($isMarkNode(node) && node.getIDs().some((id) => !claims[id])) stray.push(node);
  return stray;
}
