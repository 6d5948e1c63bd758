import { readFileSync } from 'node:fs';
import path from 'node:path';
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { $createLinkNode } from '@lexical/link';
import {
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { bindHeadless } from '../../../main/project-doc/headless-body';
import { exchange, markRange, shown, twoReplicas, typeAt, type Replica } from '../helpers/headless-replicas';

/**
 * The flat-marks patch of @lexical/yjs (patches/, applied at install). Unpatched,
 * marking text moves it into a new element, and two copies that mark in one
 * paragraph each move a copy: after the merge the paragraph shows its text twice.
 */

const SENTENCE = 'The mayor said taxes rose five percent last year.';

/** What a reader of the replica's document sees (a fresh editor bound to it, as main reads a saved document). */
function shownInDocument(replica: Replica): string[] {
  const reader = bindHeadless(replica.doc);
  try {
    return shown(reader.editor);
  } finally {
    reader.dispose();
  }
}

/** Changes the ids of the first mark holding `id`, in place (no change to its text). */
function editMarkWith(editor: LexicalEditor, id: string, change: (mark: MarkNode) => void): void {
  editor.update(
    () => {
      const find = (node: LexicalNode): MarkNode | undefined =>
        $isMarkNode(node) && node.hasID(id)
          ? node
          : $isElementNode(node)
            ? node.getChildren().map(find).find(Boolean)
            : undefined;
      change(find($getRoot())!);
    },
    { discrete: true },
  );
}

describe('@lexical/yjs with the flat-marks patch', () => {
  it('is installed (the package was patched at install)', () => {
    const dist = path.resolve(__dirname, '../../../node_modules/@lexical/yjs/dist');
    expect(readFileSync(path.join(dist, 'LexicalYjs.prod.js'), 'utf8')).toContain("with Factdesk's flat-marks patch");
    expect(readFileSync(path.join(dist, 'LexicalYjs.dev.js'), 'utf8')).toContain("with Factdesk's flat-marks patch");
  });

  it('merges overlapping marks made at once into overlapping marks, the text once', () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 15, 25, 'A');
    markRange(b.editor, 0, 21, 38, 'B');
    exchange(a, b);
    expect(shown(a.editor)).toEqual(['The mayor said [A:taxes ][A,B:rose][B: five percent] last year.']);
    expect(shown(b.editor)).toEqual(shown(a.editor));
  });

  it('merges marks made at once in one text node without copying the rest of the paragraph', () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 0, 3, 'A');
    markRange(b.editor, 0, 30, 37, 'B');
    exchange(a, b);
    expect(shown(a.editor)).toEqual(['[A:The] mayor said taxes rose five[B: percen]t last year.']);
    expect(shown(b.editor)).toEqual(shown(a.editor));
  });

  it('keeps words typed inside a passage another copy marked at the same time inside its mark', () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 15, 25, 'A');
    typeAt(b.editor, 0, 20, ' all');
    exchange(a, b);
    expect(shown(a.editor)).toEqual(['The mayor said [A:taxes all rose] five percent last year.']);
    expect(shown(b.editor)).toEqual(shown(a.editor));
  });

  it("takes a claim's id off a mark that has two in the document too, and the other copy drops that highlight", () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 4, 9, 'A');
    markRange(a.editor, 0, 4, 9, 'B');
    exchange(a, b);
    expect(shown(b.editor)).toEqual(['The [A,B:mayor] said taxes rose five percent last year.']);
    editMarkWith(b.editor, 'A', (mark) => mark.deleteID('A'));
    expect(shown(b.editor)).toEqual(['The [B:mayor] said taxes rose five percent last year.']);
    expect(shownInDocument(b)).toEqual(shown(b.editor));
    exchange(a, b);
    expect(shownInDocument(a)).toEqual(shown(b.editor));
  });

  it("adds a claim's id to a mark that has one in the document too", () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 4, 9, 'A');
    editMarkWith(a.editor, 'A', (mark) => mark.addID('B'));
    expect(shown(a.editor)).toEqual(['The [A,B:mayor] said taxes rose five percent last year.']);
    expect(shownInDocument(a)).toEqual(shown(a.editor));
    exchange(a, b);
    expect(shown(b.editor)).toEqual(shown(a.editor));
  });

  it("takes a claim's id off a mark shared with another in the document too when the mark holds a link", () => {
    const [a, b] = twoReplicas([SENTENCE]);
    a.editor.update(
      () => {
        const [, mayor] = ($getRoot().getFirstDescendant() as TextNode).splitText(4, 9);
        mayor.replace($createLinkNode('https://example.org/mayor').append($createTextNode('mayor')));
      },
      { discrete: true },
    );
    markRange(a.editor, 0, 4, 9, 'A');
    markRange(a.editor, 0, 4, 9, 'B');
    exchange(a, b);
    expect(shown(b.editor)).toEqual(['The [A,B:mayor] said taxes rose five percent last year.']);
    editMarkWith(b.editor, 'A', (mark) => mark.deleteID('A'));
    expect(shownInDocument(b)).toEqual(['The [B:mayor] said taxes rose five percent last year.']);
  });

  it('takes a new mark over marks it read from the document (regrouping them out of their order) without throwing', () => {
    const [a, b] = twoReplicas([SENTENCE]);
    markRange(a.editor, 0, 4, 9, 'A');
    markRange(a.editor, 0, 5, 7, 'B');
    exchange(a, b);
    expect(shown(b.editor)).toEqual(['The [A:m][A,B:ay][A:or] said taxes rose five percent last year.']);
    markRange(a.editor, 0, 4, 6, 'C');
    exchange(a, b);
    expect(shown(b.editor)).toEqual(['The [A,C:m][A,B,C:a][A,B:y][A:or] said taxes rose five percent last year.']);
    expect(shownInDocument(b)).toEqual(shown(b.editor));
  });
});
