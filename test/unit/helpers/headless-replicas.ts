import { $wrapSelectionInMarkNode } from '@lexical/mark';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import * as Y from 'yjs';
import { bindHeadless, type BoundEditor } from '../../../main/project-doc/headless-body';

/** Headless editors bound to their own Y.Docs, as two copies of one project are: for merge tests. */

export interface Replica extends BoundEditor {
  doc: Y.Doc;
}

export function replicaOf(doc: Y.Doc): Replica {
  return { doc, ...bindHeadless(doc) };
}

/** Two replicas of one document holding `paragraphs`, the second a copy of the first's state. */
export function twoReplicas(paragraphs: readonly string[]): [Replica, Replica] {
  const first = replicaOf(new Y.Doc());
  first.editor.update(
    () => {
      for (const text of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first.doc), 'factdesk:load');
  return [first, replicaOf(second)];
}

/** Each replica receives what the others have that it lacks. */
export function exchange(...replicas: Replica[]): void {
  const updates = replicas.map((replica) =>
    replicas.map((other) => Y.encodeStateAsUpdate(replica.doc, Y.encodeStateVector(other.doc))),
  );
  replicas.forEach((replica, i) =>
    replicas.forEach((_, j) => i !== j && Y.applyUpdate(replicas[j].doc, updates[i][j], 'factdesk:merge')),
  );
}

/** The text node holding plain-text offset `offset` of paragraph `index`, and the offset within it. */
function $pointAt(index: number, offset: number): [TextNode, number] {
  const texts: TextNode[] = [];
  const walk = (node: LexicalNode) =>
    $isTextNode(node) ? texts.push(node) : $isElementNode(node) && node.getChildren().forEach(walk);
  walk($getRoot().getChildAtIndex(index)!);
  let left = offset;
  for (const text of texts) {
    if (left <= text.getTextContentSize()) return [text, left];
    left -= text.getTextContentSize();
  }
  const last = texts[texts.length - 1];
  return [last, last.getTextContentSize()];
}

function $rangeIn(paragraph: number, start: number, end: number) {
  const selection = $createRangeSelection();
  const [anchorNode, anchorOffset] = $pointAt(paragraph, start);
  const [focusNode, focusOffset] = $pointAt(paragraph, end);
  selection.anchor.set(anchorNode.getKey(), anchorOffset, 'text');
  selection.focus.set(focusNode.getKey(), focusOffset, 'text');
  return selection;
}

export function markRange(editor: LexicalEditor, paragraph: number, start: number, end: number, id: string): void {
  editor.update(() => $wrapSelectionInMarkNode($rangeIn(paragraph, start, end), false, id), { discrete: true });
}

export function typeAt(editor: LexicalEditor, paragraph: number, offset: number, text: string): void {
  editor.update(
    () => {
      const [node, at] = $pointAt(paragraph, offset);
      node.spliceText(at, 0, text);
    },
    { discrete: true },
  );
}

export function deleteRange(editor: LexicalEditor, paragraph: number, start: number, end: number): void {
  // As in the window: the range becomes the editor's selection, so Lexical moves it off the nodes it removes.
  editor.update(
    () => {
      const range = $rangeIn(paragraph, start, end);
      $setSelection(range);
      range.removeText();
    },
    { discrete: true },
  );
}

/** Paragraphs as text with marks shown: "The [A:mayor] said". */
export function shown(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) =>
        $isElementNode(block)
          ? block
              .getChildren()
              .map((node) =>
                node.getType() === 'mark'
                  ? `[${(node as unknown as { getIDs(): string[] }).getIDs().join(',')}:${node.getTextContent()}]`
                  : node.getTextContent(),
              )
              .join('')
          : block.getTextContent(),
      ),
  );
}
