import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DroppedFile } from '../../../../shared/api';
import {
  ARTICLE_EXTENSIONS,
  FORMATS,
  readsAs,
  SOURCE_EXTENSIONS,
  type FormatName,
} from '../../../../main/formats/formats';
import { READERS } from '../../../../main/formats/readers';
import { SIZE_LIMITS } from '../../../../main/formats/size-limits';
import { plainTextToHtml } from '../../../../main/formats/text';
import { importArticleFile } from '../../../../main/services/import/article-import';
import { articleTextOf } from '../../../../main/services/import/article-text';

const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-formats-'));
const file = (name: string, content: string | Buffer) => {
  const filePath = path.join(folder, name);
  writeFileSync(filePath, content);
  return filePath;
};

describe('the one table of readable formats (main/formats/formats.ts)', () => {
  it('fills the Import Article and Import Source dialogs with the extensions each reads', () => {
    expect(ARTICLE_EXTENSIONS).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'docx']);
    expect(SOURCE_EXTENSIONS).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf']);
    expect(readsAs('pdf', 'article')).toBe(false);
    expect(readsAs('factdesk', 'source')).toBe(false);
    // An Object.prototype key is not an extension.
    expect(readsAs('constructor', 'source')).toBe(false);
  });

  it('has a reader for every way each format is read, loaded when a document of it is read', async () => {
    for (const name of Object.keys(FORMATS) as FormatName[]) {
      const readers: Record<string, unknown> = await READERS[name]();
      expect(Object.keys(readers).sort(), name).toEqual([...FORMATS[name].readAs].sort());
    }
  });
});

describe('the one size policy (main/formats/size-limits.ts)', () => {
  it('lets a file dropped at the limit through the IPC schema, whose cap on its base64 is written in shared/api.ts', () => {
    const base64AtLimit = Math.ceil(SIZE_LIMITS.dropped / 3) * 4;
    expect(DroppedFile.shape.base64.maxLength).toBeGreaterThanOrEqual(base64AtLimit);
    // …and not far past it: main decodes what the schema lets through before it checks the size.
    expect(DroppedFile.shape.base64.maxLength).toBeLessThan(base64AtLimit * 1.1);
  });
});

describe('one .txt paragraph rule for article import and the CLI', () => {
  const paragraphsOf = (html: string) => [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]);

  // The last two failed before: import kept its own copy of the rule, which read a trailing blank line as "paragraphs
  // are split by blank lines" and joined every line into one paragraph, while the CLI gave one line each.
  it.each([
    ['blank-line paragraphs', 'Ferry fares rise\n\nThe board met on Monday.\nIt voted 5-2.\n'],
    ['one paragraph a line', 'Ferry fares rise\r\nThe board met on Monday.\r\n'],
    ['lines and a trailing blank line', 'Ferry fares rise\nThe board met on Monday.\n\n'],
    ['lines and a blank line of spaces at the end', 'Ferry fares rise\nThe board met on Monday.\n  \n'],
  ])('%s: the imported article has the blocks whose offsets the CLI prints', async (_name, text) => {
    const txt = file(`${_name.replace(/ /g, '-')}.txt`, text);
    const imported = await importArticleFile(txt);
    const read = await articleTextOf(txt);
    if (!imported.ok || !read.ok) throw new Error('expected both to read the file');
    expect(paragraphsOf(imported.html)).toEqual(read.text.split('\n'));
  });

  it('escapes markup and both quotes, with the one escapeHtml of shared/report/escape.ts', () => {
    expect(plainTextToHtml(`<b>“Don't”</b> & "do"`)).toBe('<p>&lt;b&gt;“Don&#39;t”&lt;/b&gt; &amp; &quot;do&quot;</p>');
  });
});

describe('one reader per format: import and the CLI say the same about a broken Word file', () => {
  it('names the problem for the user, not the reader’s own error', async () => {
    const broken = file('minutes.docx', 'this is not a zip file');
    const imported = await importArticleFile(broken);
    const read = await articleTextOf(broken);
    const problem = 'it is not a Word document Factdesk can read (it may be damaged, or another kind of file).';
    expect(!imported.ok && imported.message).toBe(`The article ‘minutes.docx’ could not be imported: ${problem}`);
    expect(!read.ok && read.message).toBe(`The file ‘minutes.docx’ could not be read: ${problem}`);
  });
});
