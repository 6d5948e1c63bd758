import { $createMarkNode, MarkNode } from '@lexical/mark';
import { registerNestedElementResolver } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';

/** Marks inside marks (a claim marked within another) are flattened into one mark carrying several ids. */
export function registerFlatMarks(editor: LexicalEditor): () => void {
  return registerNestedElementResolver<MarkNode>(
    editor,
    MarkNode,
    (from) => $createMarkNode(from.getIDs()),
    (from, to) => from.getIDs().forEach((id) => to.addID(id)),
  );
}
