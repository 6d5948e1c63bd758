import { $isMarkNode } from '@lexical/mark';
import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $isElementNode, type LexicalNode } from 'lexical';

/** Where every claim's highlight is: document order, node keys (in document order) and current text, and each mark's claims. */
export interface MarkIndex {
  order: string[];
  keysById: Map<string, string[]>;
  quotes: Map<string, string>;
  idsByKey: Map<string, readonly string[]>;
}

export function emptyMarkIndex(): MarkIndex {
  return { order: [], keysById: new Map(), quotes: new Map(), idsByKey: new Map() };
}

export function $buildMarkIndex(): MarkIndex {
  const index = emptyMarkIndex();
  const lastBlock = new Map<string, string>();
  const visit = (node: LexicalNode, block: string) => {
    if ($isMarkNode(node)) {
      index.idsByKey.set(node.getKey(), [...node.getIDs()]);
      const text = node.getTextContent();
      for (const id of node.getIDs()) {
        const keys = index.keysById.get(id);
        if (!keys) {
          index.order.push(id);
          index.keysById.set(id, [node.getKey()]);
          index.quotes.set(id, text);
        } else {
          keys.push(node.getKey());
          const joiner = lastBlock.get(id) === block ? '' : '\n';
          index.quotes.set(id, index.quotes.get(id) + joiner + text);
        }
        lastBlock.set(id, block);
      }
    }
    if ($isElementNode(node)) {
      const childBlock = node.isInline() ? block : node.getKey();
      for (const child of node.getChildren()) visit(child, childBlock);
    }
  };
  visit($getRoot(), 'root');
  return index;
}

/** A claim's current text from its highlight nodes (in document order): pieces in one block joined directly, blocks by "\n". */
export function $quoteOfMarks(keys: readonly string[]): string | null {
  let quote = '';
  let lastBlock: string | null = null;
  for (const key of keys) {
    const node = $getNodeByKey(key);
    if (!$isMarkNode(node)) return null;
    const block =
      $findMatchingParent(node, (parent) => $isElementNode(parent) && !parent.isInline())?.getKey() ?? 'root';
    quote += (lastBlock === null || lastBlock === block ? '' : '\n') + node.getTextContent();
    lastBlock = block;
  }
  return quote;
}
