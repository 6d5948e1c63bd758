import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTabNode,
  $isTextNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';

/**
 * A Lexical selection for [start, end) of the article's plain text, using the
 * convention of shared/article/plain-text.ts (leaf blocks joined by "\n"). Offsets
 * inside a text node map exactly; a line break or tab counts one character.
 */
interface Point {
  key: string;
  offset: number;
}

function isLeafBlock(node: LexicalNode): boolean {
  return (
    $isElementNode(node) &&
    !node.isInline() &&
    !node.getChildren().some((child) => $isElementNode(child) && !child.isInline())
  );
}

export function $rangeForPlainText(start: number, end: number): RangeSelection | null {
  let position = 0;
  let blocks = 0;
  let from: Point | null = null;
  let to: Point | null = null;
  const visitInline = (node: LexicalNode) => {
    if ($isTextNode(node) && !$isTabNode(node)) {
      const length = node.getTextContentSize();
      if (!from && start >= position && start < position + length)
        from = { key: node.getKey(), offset: start - position };
      if (!to && end > position && end <= position + length) to = { key: node.getKey(), offset: end - position };
      position += length;
    } else if ($isLineBreakNode(node) || $isTabNode(node)) {
      position += 1;
    } else if ($isElementNode(node)) {
      node.getChildren().forEach(visitInline);
    }
  };
  const visitBlock = (node: LexicalNode) => {
    if (isLeafBlock(node)) {
      if (blocks > 0) position += 1;
      blocks += 1;
      (node as unknown as { getChildren(): LexicalNode[] }).getChildren().forEach(visitInline);
    } else if ($isElementNode(node)) {
      node.getChildren().forEach(visitBlock);
    }
  };
  $getRoot().getChildren().forEach(visitBlock);
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  selection.anchor.set((from as Point).key, (from as Point).offset, 'text');
  selection.focus.set((to as Point).key, (to as Point).offset, 'text');
  return selection;
}
