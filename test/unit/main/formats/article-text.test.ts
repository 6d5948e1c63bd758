import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextOf } from '../../../../main/services/import/article-text';
import { htmlToPlainText } from '../../../../main/formats/html-text';
import { plainTextFromTxt } from '../../../../main/formats/text';

const ARTICLES = path.resolve(__dirname, '../../../fixtures/articles');
const DEMO = path.resolve(__dirname, '../../../../demo/city-water-demo.factdesk');

const HEADLINE = 'Harbour fees to rise';
const LEDE = 'The Skellna Port Authority said fees would rise by 9 percent in 2027, the first increase since 2019.';
const QUOTE = '"We handled 48 million tonnes last year," director Henrik Vaas said.';
const LAST = 'He said the new berth had cut waiting times by half.';

async function textOf(file: string): Promise<string> {
  const result = await articleTextOf(file);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('article files as plain text (blocks joined by "\\n")', () => {
  it('reads .md, .html and .docx to the same blocks, with a hard line break kept as "\\n"', async () => {
    const expected = [HEADLINE, LEDE, `${QUOTE}\n${LAST}`].join('\n');
    expect(await textOf(path.join(ARTICLES, 'harbour-fees.md'))).toBe(expected);
    expect(await textOf(path.join(ARTICLES, 'harbour-fees.html'))).toBe(expected);
    expect(await textOf(path.join(ARTICLES, 'harbour-fees.docx'))).toBe(expected);
  });

  it('reads .txt paragraphs split by blank lines, joining wrapped lines', async () => {
    expect(await textOf(path.join(ARTICLES, 'harbour-fees.txt'))).toBe([HEADLINE, LEDE, `${QUOTE} ${LAST}`].join('\n'));
    expect(plainTextFromTxt('\uFEFFone line\r\nanother line\r\n')).toBe('one line\nanother line');
  });

  it('reads a .factdesk project as the plain text of its article body', async () => {
    const text = await textOf(DEMO);
    expect(text.split('\n')[0]).toBe('Water bills to rise 14% as Eastmere reservoir repairs run over budget');
    expect(text).toContain('The average household bill will rise by 14 per cent');
  });

  it('skips scripts, styles and the head, and decodes entities', () => {
    expect(
      htmlToPlainText(
        '<head><title>T</title></head><p>A &amp; B</p><script>x()</script><style>p{}</style><ul><li>one</li><li>two <i>2</i></li></ul>',
      ),
    ).toBe('A & B\none\ntwo 2');
  });

  it('refuses other file types, missing files and damaged .docx with a message naming the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-article-'));
    const pdf = path.join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const damaged = path.join(dir, 'broken.docx');
    writeFileSync(damaged, 'not a zip');
    expect(await articleTextOf(pdf)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file ‘report\.pdf’ could not be read: it is not an article file/),
    });
    expect(await articleTextOf(path.join(dir, 'gone.txt'))).toEqual({
      ok: false,
      message: expect.stringContaining('‘gone.txt’ could not be read: it does not exist'),
    });
    expect(await articleTextOf(damaged)).toEqual({
      ok: false,
      message: expect.stringContaining('‘broken.docx’ could not be read: it is not a Word document'),
    });
  });
});
