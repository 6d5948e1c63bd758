import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencies } from '../../../../package.json';
import { ACCESSIBLE_REPORT_PDF, accessibilityOf, readPdf } from '../../../pdf-read';
import { GOLDEN_DIR, GOLDEN_ORGANISATION, NEWSROOM_PROJECT } from '../../shared/report/fixture';

const CLI = path.resolve(__dirname, '../../../../dist/cli/factdesk.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, 'export', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

const outDir = () => mkdtempSync(path.join(os.tmpdir(), 'factdesk-export-'));

// Each test spawns the CLI (the PDF one a browser too): slow on a busy machine, so generous timeouts.
describe('factdesk export (the built CLI)', { timeout: 30_000 }, () => {
  const golden = (name: string) => readFileSync(path.join(GOLDEN_DIR, name), 'utf8');

  const { organisationName, organisationUrl, reviewUrl } = GOLDEN_ORGANISATION;
  const organisation = ['--org-name', organisationName, '--org-url', organisationUrl, '--review-url', reviewUrl];

  it.each([
    ['html', [], 'newsroom-report.html'],
    ['html', ['--internal'], 'newsroom-report.internal.html'],
    ['md', [], 'newsroom-report.md'],
    ['md', ['--internal'], 'newsroom-report.internal.md'],
    ['csv', [], 'newsroom-report.csv'],
    ['csv', ['--internal'], 'newsroom-report.internal.csv'],
    ['annotations', ['--internal'], 'newsroom-report.annotations.jsonld'],
  ])('--format %s %s prints the same report as the serialiser (%s)', (format, flags, name) => {
    const result = run([NEWSROOM_PROJECT, '--format', format, ...flags, ...organisation]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(golden(name));
  });

  it('ClaimReview without the organisation or the review URL: exit 2, a clear message, nothing written', () => {
    const file = path.join(outDir(), 'reviews.jsonld');
    const bare = run([NEWSROOM_PROJECT, '--format', 'claimreview', '-o', file]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toBe(
      'factdesk export: ClaimReview needs the fact-checking organisation’s name, the organisation’s web address, the review URL (where the fact-check will be published). Pass --org-name, --org-url and --review-url (or set them in the project’s Export dialog). Nothing was written.\n',
    );
    expect(bare.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
    const noUrl = run([
      NEWSROOM_PROJECT,
      '--format',
      'claimreview',
      '--org-name',
      organisationName,
      '--org-url',
      organisationUrl,
    ]);
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('ClaimReview needs the review URL (where the fact-check will be published).');
    expect(noUrl.stdout).not.toContain('The Northgate Courier"');
  });

  it('--format claimreview -o FILE writes the file with the organisation flags, warning about speakers of unknown type', () => {
    const file = path.join(outDir(), 'reviews.jsonld');
    const result = run([NEWSROOM_PROJECT, '--format', 'claimreview', '-o', file, ...organisation]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`Wrote ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(golden('newsroom-report.claimreview.jsonld'));
  });

  it('leaves out unreviewed claims, comments and the article on request, keeping the claims’ numbers', () => {
    const csv = run([NEWSROOM_PROJECT, '--format', 'csv', '--internal', '--without-unreviewed']).stdout;
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + 6);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['1', '2', '3', '5', '8', '10']);
    const html = run([
      NEWSROOM_PROJECT,
      '--format',
      'html',
      '--internal',
      '--without-comments',
      '--without-article',
    ]).stdout;
    expect(html).not.toContain('Reviewer comments');
    expect(html).not.toContain('<article');
  });

  it('--format pdf prints the HTML report with Chromium: title and page numbers in the footer, tagged, with an outline and the language', async () => {
    const file = path.join(outDir(), 'report.pdf');
    const result = run([NEWSROOM_PROJECT, '--format', 'pdf', '-o', file]);
    expect(result.stderr).toBe(`Wrote ${file}\n`);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(file);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.pages[0]).toContain('Fact-check report: Ferry terminal rebuild');
    expect(pdf.pages[pdf.pages.length - 1]).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
    expect(accessibilityOf(pdf)).toEqual(ACCESSIBLE_REPORT_PDF);
  }, 90_000);

  it('says clearly when it has no Chromium for a PDF, and writes nothing', () => {
    const file = path.join(outDir(), 'report.pdf');
    const result = run([NEWSROOM_PROJECT, '--format', 'pdf', '-o', file], {
      FACTDESK_CHROMIUM: '/nonexistent/chromium',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PDF export needs Chromium or Google Chrome, and none was found');
    expect(result.stderr).toContain('/nonexistent/chromium');
    expect(existsSync(file)).toBe(false);
  });

  it('installed without playwright-core, says which package a PDF needs, and writes nothing', () => {
    // The bundle alone in a folder with no node_modules above it: what a broken or partial install looks like.
    const folder = outDir();
    const cli = path.join(folder, 'factdesk.js');
    copyFileSync(CLI, cli);
    const file = path.join(folder, 'report.pdf');
    const result = spawnSync(process.execPath, [cli, 'export', NEWSROOM_PROJECT, '--format', 'pdf', '-o', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `factdesk export: PDF export needs the playwright-core package, which is not installed beside factdesk. Install it where factdesk is installed: npm install playwright-core@${dependencies['playwright-core']}. The other formats need nothing more.\n`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('refuses bad requests with usage or a message naming the file', () => {
    expect(run([NEWSROOM_PROJECT, '--format', 'docx']).stderr).toContain(
      '--format must be one of html, pdf, md, csv, claimreview, annotations (not “docx”)',
    );
    expect(run([NEWSROOM_PROJECT, '--format', 'pdf']).status).toBe(2);
    expect(run(['--format', 'html']).status).toBe(2);
    expect(run([NEWSROOM_PROJECT, '--format', 'html', '--frobnicate']).stderr).toContain(
      "Unknown option '--frobnicate'",
    );
    const missing = run(['/nonexistent/x.factdesk', '--format', 'html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('‘x.factdesk’ could not be opened');
    expect(run(['--help']).stdout).toContain('--without-unreviewed');
    expect(run(['--help']).stdout).toContain('--internal');
  });
});
