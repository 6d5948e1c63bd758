import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type EditorState,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { timeSlices } from '../timing/time-slices';

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

function $exportTree(node: LexicalNode): SerializedTree {
  const json = $exportNodeJSON(node) as SerializedTree;
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($exportTree(child));
  return json;
}

/** `pause` and `sliceMs` as for timeSlices (tests pass their own). */
export async function exportBodyInSlices(
  state: EditorState,
  pause?: () => Promise<void>,
  sliceMs?: number,
): Promise<SerializedBody> {
  const slices = timeSlices(pause, sliceMs);
  const { root, blockKeys } = state.read(() => ({
    root: $exportNodeJSON($getRoot()) as SerializedTree,
    blockKeys: $getRoot().getChildrenKeys(),
  }));
  let next = 0;
  while (next < blockKeys.length) {
    state.read(() => {
      do root.children!.push($exportTree($getNodeByKey(blockKeys[next++])!));
      while (next < blockKeys.length && !slices.due());
    });
    if (next < blockKeys.length) await slices.pause();
  }
  return { root };
}
