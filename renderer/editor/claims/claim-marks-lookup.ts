import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, $nodesOfType, type LexicalEditor } from 'lexical';

/**
 * Where a claim's highlights are, as the Claims index knows them (after each
 * commit), so a command on one claim need not visit every node of a long
 * article. Without an index (an editor with no ClaimIndexPlugin) the article
 * is searched.
 */
const lookups = new WeakMap<LexicalEditor, (id: string) => readonly string[]>();

export function provideClaimMarkKeys(editor: LexicalEditor, keysOf: (id: string) => readonly string[]): () => void {
  lookups.set(editor, keysOf);
  return () => {
    if (lookups.get(editor) === keysOf) lookups.delete(editor);
  };
}

/** The mark nodes carrying this claim. */
export function $marksOfClaim(editor: LexicalEditor, id: string): MarkNode[] {
  const keysOf = lookups.get(editor);
  const marks = keysOf ? keysOf(id).map((key) => $getNodeByKey(key)) : $nodesOfType(MarkNode);
  return marks.filter((mark): mark is MarkNode => $isMarkNode(mark) && mark.hasID(id));
}
