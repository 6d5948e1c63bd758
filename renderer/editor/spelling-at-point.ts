import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';

/** A word in the article's DOM text, where the pointer was. */
export interface WordAtPoint {
  node: Text;
  start: number;
  end: number;
  word: string;
}

const WORD_CHAR = /[\p{L}\p{M}'’-]/u;

/** The word under a viewport point inside `root`, or null (not on text, or not a word). */
export function wordAtPoint(root: HTMLElement, x: number, y: number): WordAtPoint | null {
  const caret = document.caretRangeFromPoint(x, y);
  const node = caret?.startContainer;
  if (!caret || !node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const text = node.textContent ?? '';
  let start = caret.startOffset;
  let end = caret.startOffset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start -= 1;
  while (end < text.length && WORD_CHAR.test(text[end])) end += 1;
  return end > start ? { node: node as Text, start, end, word: text.slice(start, end) } : null;
}

/** Replace the word (as it was found in the DOM) with `replacement`, as one undoable edit. Inside editor.update. */
export function $replaceWord(at: WordAtPoint, replacement: string): void {
  const node = $getNearestNodeFromDOMNode(at.node);
  if (!$isTextNode(node) || node.getTextContent().slice(at.start, at.end) !== at.word) return;
  node.spliceText(at.start, at.end - at.start, replacement, true);
}
