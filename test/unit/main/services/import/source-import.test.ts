import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_LIMITS } from '../../../../../main/formats/size-limits';
import { importSourceFile, type SourceResult } from '../../../../../main/services/import/source-import';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/sources');
const NOW = new Date('2026-11-20T10:00:00Z');
const fixture = (name: string) => path.join(FIXTURES, name);

function expectSource(result: SourceResult) {
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

function expectRefusal(result: SourceResult): string {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.message;
}

const tempFile = (name: string, content: string | Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-src-')), name);
  writeFileSync(file, content);
  return file;
};

describe('importSourceFile', () => {
  it('takes title, outlet and byline from a wire story saved as .txt, so the citation reads properly (issue 21)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-wire-'));
    const file = path.join(dir, '001_cef4227f8d5861dc.txt');
    writeFileSync(
      file,
      [
        'Tarvonia seafood exports hit record',
        'Carlo Mendes / Atlas Wire December 14, 2021',
        'PORT SELIM, Dec 14 (Atlas Wire) - Tarvonia exported $1.2 billion of seafood last year, nearly a third of it to the United States.',
        'A crew member repairs nets on a trawler in Port Selim, Tarvonia, March 3, 2021. Atlas Wire/Lena Voss',
      ].join('\n\n'),
    );
    const source = expectSource(await importSourceFile(file, NOW));
    expect(source).toMatchObject({
      title: 'Tarvonia seafood exports hit record',
      outlet: 'Atlas Wire',
      author: 'Carlo Mendes',
      fileName: '001_cef4227f8d5861dc.txt',
    });
    expect(source.text).toContain('A crew member repairs nets');
  });

  it("stores the date the source's text gives as its published date, and none where the text gives no full date (issue 21)", async () => {
    const dated = tempFile(
      'ferry.txt',
      [
        'Ferry operator fined over Lanner crossings',
        'Mia Kowalczyk, SBN News',
        'Posted Fri 3 Mar 2023 at 4:05pm',
        'The operator of the Lanner Island ferry has been fined $2.4 million for cancelling 412 crossings.',
      ].join('\n\n'),
    );
    expect(expectSource(await importSourceFile(dated, NOW))).toMatchObject({
      outlet: 'SBN News',
      author: 'Mia Kowalczyk',
      publishedDate: '2023-03-03',
    });
    const undated = tempFile('notes.txt', 'Meeting notes\n\nThe council met on Tuesday and approved the budget.');
    expect(expectSource(await importSourceFile(undated, NOW)).publishedDate).toBe('');
  });

  it('imports a .txt file as it is, titled by its headline (issue 21; the file name only when the text has none)', async () => {
    const source = expectSource(await importSourceFile(fixture('reservoir-report.txt'), NOW));
    expect(source.title).toBe("Eastmere Reservoir: engineer's report");
    expect(source.fileName).toBe('reservoir-report.txt');
    expect(source.accessedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(source.text).toContain('Repairs are expected to cost $767m, almost twice the original estimate.');
    expect(source.text.startsWith("Eastmere Reservoir: engineer's report\n")).toBe(true);
  });

  it('imports Markdown as text, without markup or raw HTML', async () => {
    const source = expectSource(await importSourceFile(fixture('council-minutes.md'), NOW));
    expect(source.title).toBe('Harrowgate council minutes, 12 May');
    expect(source.text).toContain('Cllr Menon said the colour-coded flood maps were "out of date".');
    expect(source.text).toContain('Funding: GBP 1.2 million\nVote: 7 in favour, 2 against');
    expect(source.text).not.toMatch(/[*#]|<script|alert/);
  });

  it('imports HTML: the article only, blocks on their own lines, og:title as title', async () => {
    const source = expectSource(await importSourceFile(fixture('water-article.html'), NOW));
    expect(source.title).toBe('Water bills to rise 14% after reservoir repairs');
    expect(source.text).toBe(
      [
        'Water bills to rise 14% after reservoir repairs',
        'Households in Port Calder will pay more for water from April, the water authority said on Monday.',
        'The repairs to the Eastmere dam will cost USD 767 million & take two years.',
        '“We had no choice,” said the authority’s chair, Amara Osei.',
      ].join('\n'),
    );
  });

  it('imports a .docx with mammoth', async () => {
    const source = expectSource(await importSourceFile(fixture('spending-memo.docx'), NOW));
    expect(source.text).toBe(
      'Memo: Eastmere spending review\nThe finance committee reviewed the reservoir programme on 2 June.\nSpending on repairs reached £48m by the end of May, according to the treasurer.',
    );
  });

  it('imports a .pdf with pdfjs-dist', async () => {
    const source = expectSource(await importSourceFile(fixture('annual-report.pdf'), NOW));
    expect(source.title).toBe('Annual Report');
    expect(source.text).toContain('In the year to March the authority supplied 212 million litres of water a day.');
    expect(source.text).toContain('Leakage fell by 9 per cent after the new detection programme began.');
  });

  it('refuses a damaged file, naming it', async () => {
    const broken = tempFile('broken.pdf', 'this is not a pdf at all');
    expect(expectRefusal(await importSourceFile(broken, NOW))).toBe(
      'The file ‘broken.pdf’ could not be read as a PDF file: it may be damaged or not what its name says. Nothing was added.',
    );
    const badDocx = tempFile('memo.docx', Buffer.from('PK\u0003\u0004 broken zip'));
    expect(expectRefusal(await importSourceFile(badDocx, NOW))).toContain(
      '‘memo.docx’ could not be read as a DOCX file',
    );
  });

  it('refuses unknown types, missing files, empty files and files over the size limit', async () => {
    expect(expectRefusal(await importSourceFile(tempFile('photo.jpg', 'x'), NOW))).toContain(
      'not a file type Factdesk can import',
    );
    expect(expectRefusal(await importSourceFile('/no/such/notes.txt', NOW))).toContain(
      '‘notes.txt’: it does not exist',
    );
    expect(expectRefusal(await importSourceFile(tempFile('empty.txt', '  \n '), NOW))).toContain('has no text');
    const huge = tempFile('huge.txt', Buffer.alloc(SIZE_LIMITS.source + 1, 'a'));
    expect(expectRefusal(await importSourceFile(huge, NOW))).toBe(
      'The file ‘huge.txt’ is too large to import (25 MB; the limit is 25 MB). Nothing was added.',
    );
  });
});
