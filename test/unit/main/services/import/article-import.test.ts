import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticleFile } from '../../../../../main/services/import/article-import';
import { plainTextToHtml } from '../../../../../main/formats/text';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/articles');

async function imported(name: string) {
  const result = await importArticleFile(path.join(FIXTURES, name));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importArticleFile', () => {
  it('reads plain text as paragraphs separated by blank lines, escaping markup', async () => {
    const result = await imported('pool.txt');
    expect(result.html).toBe(
      '<p>Pool reopens after repairs</p>\n<p>The Westgate pool reopened on Monday after a three-month closure.</p>\n<p>Repairs cost £640,000, the leisure trust said.</p>',
    );
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
    expect(!unsupported.ok && unsupported.message).toBe(
      'The article ‘sheet.xlsx’ could not be imported: unsupported file type “.xlsx” (use .txt, .md, .html or .docx).',
    );
    const missing = await importArticleFile(path.join(dir, 'gone.txt'));
    expect(!missing.ok && missing.message).toMatch(/it does not exist/);
  });

  it('recognises the structure of a pasted wire story (.txt): headline, byline, outlet, date; captions and credits left out (issue 21)', async () => {
    const file = path.resolve(__dirname, '../../../../fixtures/real-copy/dev/wire-border-drones.txt');
    const result = await importArticleFile(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.title).toBe('wire-border-drones');
    expect(result.structured.fields).toEqual({
      title: "Veltria warns Kosmar it will 'strike back' over drone incursions",
      byline: 'Petra Lind',
      outlet: 'Norden Press',
      publishedDate: '2021-12-13',
    });
    const { html, recognised } = result.structured;
    expect(html.startsWith('<p>ALDMERE, Dec 13 (Norden Press) - Veltria has warned')).toBe(true);
    for (const gone of [
      'Veltria warns Kosmar it will',
      'By Petra Lind',
      'Norden Press/Jan Moritz',
      'Reporting by Petra Lind',
    ])
      expect(html).not.toContain(gone);
    expect(recognised).toContainEqual({
      what: 'left out',
      text: 'Soldiers inspect wreckage near Kessel, Veltria, December 12, 2021. Norden Press/Jan Moritz',
    });
  });

  it('turns subheads into headings, keeps the standfirst and splits a caption line from the paragraph under it (issue 21)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-structure-'));
    const file = path.join(dir, 'flood.txt');
    writeFileSync(
      file,
      [
        'Lisbridge flood defences years behind schedule',
        'The scheme is £11m over budget, auditors say',
        'Published\n2 hours ago',
        'By Hannah Cole\nBBN News, Lisbridge',
        'Image caption,\nWater reached homes on Mill Street in February\nA £48m flood defence scheme for Lisbridge is at least three years behind schedule.',
        'What went wrong?',
        'The report said the contract was signed before the surveys were complete.',
        'Related Topics\nFlooding',
      ].join('\n\n'),
    );
    const result = await importArticleFile(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.structured.fields).toMatchObject({
      title: 'Lisbridge flood defences years behind schedule',
      byline: 'Hannah Cole',
      outlet: 'BBN News',
    });
    expect(result.structured.html).toBe(
      [
        '<p><em>The scheme is £11m over budget, auditors say</em></p>',
        '<p>A £48m flood defence scheme for Lisbridge is at least three years behind schedule.</p>',
        '<h2>What went wrong?</h2>',
        '<p>The report said the contract was signed before the surveys were complete.</p>',
      ].join('\n'),
    );
  });

  it('recognises an HTML article: <h1> as title, <figcaption> left out, a byline line as the byline (issue 21)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-structure-'));
    const file = path.join(dir, 'story.html');
    writeFileSync(
      file,
      '<html><body><article><h1>Quikpay admits breach</h1><p>By Nadia Rahimi, Technology Correspondent</p><p>Updated 10:42 GMT, 9 March 2022</p>' +
        '<figure><img src="x.jpg"><figcaption>The Quikpay offices in Kastel</figcaption></figure>' +
        '<p>Quikpay has admitted that hackers copied the details of 2.3 million customers.</p><h2>What should customers do?</h2><p>Be wary of calls.</p></article></body></html>',
    );
    const result = await importArticleFile(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.structured.fields).toEqual({
      title: 'Quikpay admits breach',
      byline: 'Nadia Rahimi',
      outlet: '',
      publishedDate: '2022-03-09',
    });
    expect(result.structured.html).toBe(
      '<h1>Quikpay admits breach</h1>\n<p>Quikpay has admitted that hackers copied the details of 2.3 million customers.</p>\n<h2>What should customers do?</h2>\n<p>Be wary of calls.</p>',
    );
  });

  it('keeps text that sits directly in wrappers (<div> paragraphs, text beside a list) when it recognises the structure', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-structure-'));
    const file = path.join(dir, 'council.html');
    writeFileSync(
      file,
      '<html><body><div><div><h1>Library hours kept</h1></div><div>The council will keep all nine libraries open six days a week.</div>' +
        '<div>Opening hours were cut in 2024 to save <b>310,000 pounds</b>, the budget papers show.<ul><li>Westgate will also open on Sundays from May.</li></ul>Two branches close at noon.</div></div></body></html>',
    );
    const result = await importArticleFile(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.structured.html).toBe(
      '<h1>Library hours kept</h1>\n<p>The council will keep all nine libraries open six days a week.</p>\n' +
        '<p>Opening hours were cut in 2024 to save <b>310,000 pounds</b>, the budget papers show.</p>\n<ul><li>Westgate will also open on Sundays from May.</li></ul>\n<p>Two branches close at noon.</p>',
    );
  });
});
