import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';

/** One occurrence of the search text inside one text node. */
export interface TextMatch {
  key: string;
  offset: number;
  length: number;
}

/**
 * Every case-insensitive occurrence of `query` in the article's text nodes,
 * in document order. A match does not cross a formatting change (bold in the
 * middle of a phrase splits it into two text nodes).
 */
export function $findMatches(query: string, limit = 5000): TextMatch[] {
  const needle = query.toLocaleLowerCase();
  const matches: TextMatch[] = [];
  if (!needle) return matches;
  const visit = (node: LexicalNode) => {
    if (matches.length >= limit) return;
    if ($isTextNode(node)) {
      const text = node.getTextContent().toLocaleLowerCase();
      for (
        let at = text.indexOf(needle);
        at >= 0 && matches.length < limit;
        at = text.indexOf(needle, at + needle.length)
      ) {
        matches.push({ key: node.getKey(), offset: at, length: needle.length });
      }
    } else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return matches;
}
