import { $isMarkNode } from '@lexical/mark';
import { $getNodeByKey, type LexicalNode } from 'lexical';
import { $quoteOfMarks, type MarkIndex } from './mark-index';

/** What an incremental update changed: the claims whose highlights changed, and the first place in the order that moved. */
export interface MarkIndexChange {
  touched: ReadonlySet<string>;
  /** Claims from this position of the (new) order on may have a new number. */
  firstMoved: number;
}

/**
 * Brings the index up to date after these mark nodes were created, destroyed
 * or updated, touching only the claims they carry (or carried): the work
 * grows with the change, not with the number of claims in the article.
 */
export function $applyMarkChanges(index: MarkIndex, changedKeys: Iterable<string>): MarkIndexChange {
  const touched = new Set<string>();
  const addedKeys = new Map<string, string[]>();
  for (const key of changedKeys) {
    for (const id of index.idsByKey.get(key) ?? []) touched.add(id);
    index.idsByKey.delete(key);
    const node = $getNodeByKey(key);
    if (!$isMarkNode(node) || !node.isAttached()) continue;
    const ids = [...node.getIDs()];
    index.idsByKey.set(key, ids);
    for (const id of ids) {
      touched.add(id);
      addedKeys.set(id, [...(addedKeys.get(id) ?? []), key]);
    }
  }
  let firstMoved = index.order.length;
  index.order.forEach((id, i) => touched.has(id) && i < firstMoved && (firstMoved = i));
  index.order = index.order.filter((id) => !touched.has(id));
  for (const id of touched) {
    const keys = $keysStillCarrying(index, id, [...(index.keysById.get(id) ?? []), ...(addedKeys.get(id) ?? [])]);
    if (keys.length === 0) {
      index.keysById.delete(id);
      index.quotes.delete(id);
      continue;
    }
    index.keysById.set(id, keys);
    index.quotes.set(id, $quoteOfMarks(keys) ?? '');
    firstMoved = Math.min(firstMoved, $insertInDocumentOrder(index, id));
  }
  return { touched, firstMoved };
}

/** The live marks among these keys that still carry the claim, once each, in document order. */
function $keysStillCarrying(index: MarkIndex, id: string, candidates: readonly string[]): string[] {
  const keys = [...new Set(candidates)].filter((key) => index.idsByKey.get(key)?.includes(id));
  const nodes = new Map(keys.map((key) => [key, $getNodeByKey(key)!]));
  return keys.sort((a, b) => $compareDocumentOrder(nodes.get(a)!, nodes.get(b)!));
}

function $compareDocumentOrder(a: LexicalNode, b: LexicalNode): number {
  if (a.is(b)) return 0;
  return a.isBefore(b) ? -1 : 1;
}

/** Puts the claim in the order by where its first highlight is (binary search); returns its position. */
function $insertInDocumentOrder(index: MarkIndex, id: string): number {
  let low = 0;
  let high = index.order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ($compareClaims(index, index.order[mid], id) < 0) low = mid + 1;
    else high = mid;
  }
  index.order.splice(low, 0, id);
  return low;
}

/** Document order of two claims' first highlights; claims starting in the same mark in the order of its ids (as a full walk lists them). */
function $compareClaims(index: MarkIndex, a: string, b: string): number {
  const firstA = index.keysById.get(a)![0];
  const firstB = index.keysById.get(b)![0];
  if (firstA !== firstB) return $compareDocumentOrder($getNodeByKey(firstA)!, $getNodeByKey(firstB)!);
  const ids = index.idsByKey.get(firstA)!;
  return ids.indexOf(a) - ids.indexOf(b);
}
