import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchange, markRange, shown, twoReplicas, typeAt } from '../helpers/headless-replicas';

/**
 * The flat-marks patch of @lexical/yjs (patches/, applied at install). Unpatched,
 * marking text moves it into a new element, and two copies that mark in one
 * paragraph each move a copy: after the merge the paragraph shows its text twice.
 */

const SENTENCE = 'The mayor said taxes rose five percent last year.';

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
});
