import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticleFile, plainTextToHtml } from '../../main/services/article-import';

const FIXTURES = path.resolve(__dirname, '../fixtures/articles');

async function imported(name: string) {
  const result = await importArticleFile(path.join(FIXTURES, name));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importArticleFile', () => {
  it('reads plain text as paragraphs separated by blank lines, escaping markup', async () => {
    const result = await imported('pool.txt');
    expect(result.html).toBe('<p>Pool reopens after repairs</p>\n<p>The Westgate pool reopened on Monday after a three-month closure.</p>\n<p>Repairs cost £640,000, the leisure trust said.</p>');
    expect(plainTextToHtml('a <b>\nb')).toBe('<p>a &lt;b&gt;</p>\n<p>b</p>');
  });

  it('renders Markdown headings, quotes, lists and links, but not raw HTML', async () => {
    const result = await imported('tram-line.md');
    expect(result.title).toBe('Tram line opens a year late');
    expect(result.html).toContain('<h1>Tram line opens a year late</h1>');
    expect(result.html).toContain('<blockquote>');
    expect(result.html).toContain('<li>9 stops</li>');
    expect(result.html).toContain('<a href="https://example.org/trams">council notice</a>');
    expect(result.html).not.toContain('<script>');
  });

  it('passes HTML on for the renderer to sanitise, with its title', async () => {
    const result = await imported('budget-brief.html');
    expect(result.title).toBe('Budget brief: libraries keep their hours');
    expect(result.html).toContain('<h1>Libraries keep their hours</h1>');
  });

  it('converts .docx headings, paragraphs and quotes', async () => {
    const result = await imported('council-budget.docx');
    expect(result.html).toBe(
      '<h1>Ferry service to run all night from June</h1><p>The harbour ferry will run through the night from 1 June, the transport board announced on Monday.</p><p>Board chair Lena Duarte said 3,000 passengers a night were expected to use the service in its first year.</p><blockquote>“Night workers have waited long enough,” Duarte said.</blockquote><p>The extra crossings will cost £1.2 million a year, paid from the fares reserve.</p>',
    );
  });

  it('refuses unreadable, unsupported and missing files with a message naming them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-import-'));
    writeFileSync(path.join(dir, 'broken.docx'), 'this is not a zip file');
    writeFileSync(path.join(dir, 'sheet.xlsx'), 'x');
    const broken = await importArticleFile(path.join(dir, 'broken.docx'));
    expect(!broken.ok && broken.message).toMatch(/^The article ‘broken\.docx’ could not be imported: /);
    const unsupported = await importArticleFile(path.join(dir, 'sheet.xlsx'));
    expect(!unsupported.ok && unsupported.message).toBe('The article ‘sheet.xlsx’ could not be imported: unsupported file type “.xlsx” (use .txt, .md, .html or .docx).');
    const missing = await importArticleFile(path.join(dir, 'gone.txt'));
    expect(!missing.ok && missing.message).toMatch(/it does not exist/);
  });
});
