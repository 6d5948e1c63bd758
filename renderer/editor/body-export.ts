import { $exportNodeJSON, $getNodeByKey, $getRoot, $isElementNode, type EditorState, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import { yieldToPage } from '../state/yield-to-page';

/**
 * The article as `editorState.toJSON()` gives it, exported a few blocks at a
 * time with pauses between, so that saving a long article never holds up
 * typing (all at once it took ~40 ms of the page's thread at 100,000 words).
 * It is safe to read the state across pauses: a committed editor state is
 * never changed, later edits make new ones. The walk is Lexical's own export
 * (`$exportNodeJSON` per node, children in order); the article uses no named
 * slots, the one thing that export adds.
 */

type SerializedTree = SerializedLexicalNode & { children?: SerializedTree[] };

export interface SerializedBody {
  root: SerializedTree;
}

/** How long one slice may hold the page's thread before it yields. */
const SLICE_MS = 4;

function $exportTree(node: LexicalNode): SerializedTree {
  const json = $exportNodeJSON(node) as SerializedTree;
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($exportTree(child));
  return json;
}

export async function exportBodyInSlices(state: EditorState, pause: () => Promise<void> = yieldToPage, sliceMs = SLICE_MS): Promise<SerializedBody> {
  const { root, blockKeys } = state.read(() => ({ root: $exportNodeJSON($getRoot()) as SerializedTree, blockKeys: $getRoot().getChildrenKeys() }));
  let next = 0;
  while (next < blockKeys.length) {
    const started = performance.now();
    state.read(() => {
      do root.children!.push($exportTree($getNodeByKey(blockKeys[next++])!));
      while (next < blockKeys.length && performance.now() - started < sliceMs);
    });
    if (next < blockKeys.length) await pause();
  }
  return { root };
}
