import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText as oldPlain } from '/tmp/f17scratch/old/main/services/html-text';
import { htmlToText as oldPage } from '/tmp/f17scratch/old/main/services/source-formats/html-text';
import { htmlToPlainText } from '../../main/formats/html-text';
import { htmlToText } from '../../main/formats/web-page-text';

const tags = ['p', 'div', 'span', 'b', 'br', 'pre', 'article', 'main', 'nav', 'aside', 'header', 'footer', 'script', 'style', 'title', 'head', 'svg', 'math', 'template', 'noscript', 'li', 'ul', 'td', 'tr', 'table', 'h1', 'h2', 'section', 'form', 'button', 'figure', 'body', 'a', 'hr', 'select', 'iframe', 'blockquote'];
const texts = ['a', 'b c', ' ', '\n', '  x\n y ', '\u00a0', '\t', 'z\n\nw', '&amp;', '\u2028q', '', 'Word'];
const piece: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...texts) },
    { weight: 1, arbitrary: fc.constantFrom('<br>', '<hr>', '<meta property="og:title" content="OG t">', '</p>', '</div>', '<p>', '<div>', '</article>', '<nav>', '<pre>') },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`) },
  ),
})).node as fc.Arbitrary<string>;
const doc = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('one walker = the two old ones', () => {
  it('article text', () => {
    fc.assert(fc.property(doc, (html) => { expect(htmlToPlainText(html)).toBe(oldPlain(html)); }), { numRuns: 20000 });
  });
  it('page text (fallback walker)', () => {
    fc.assert(fc.property(doc, (html) => { expect(htmlToText(html, { articleOnly: false })).toEqual(oldPage(html, { articleOnly: false })); }), { numRuns: 20000 });
  });
  it('fixtures, both walkers, with Readability', () => {
    const files = execSync("find test/fixtures -name '*.htm*' -o -name '*.md'").toString().trim().split('\n');
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(htmlToPlainText(html), file).toBe(oldPlain(html));
      expect(htmlToText(html), file).toEqual(oldPage(html));
      expect(htmlToText(html, { articleOnly: false }), file).toEqual(oldPage(html, { articleOnly: false }));
    }
    expect(files.length).toBeGreaterThan(5);
  });
});
