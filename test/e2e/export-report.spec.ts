import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { ACCESSIBLE_REPORT_PDF, accessibilityOf, readPdf } from '../pdf-read';
import { sharedBrowser } from './browser';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './harness';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'projects', 'newsroom-report.factdesk');

function copyOfFixture(folder: string): string {
  const copy = path.join(folder, 'newsroom-report.factdesk');
  copyFileSync(FIXTURE, copy);
  return copy;
}
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'factdesk.js');

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report…' });

/** Open an exported report in a fresh page, flagging any script that runs in it. */
async function openReport(file: string): Promise<Page> {
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1100, height: 1400 } });
  await context.addInitScript({ content: 'window.__pwned = 0;' });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).toString());
  return page;
}

test('Export report… from the shortcut writes the HTML report; it opens, is highlighted and numbered, and runs no script', async ({
  launch,
  tempDir,
}) => {
  const project = path.join(tempDir, 'ferry.factdesk');
  copyFileSync(FIXTURE, project);
  const target = path.join(tempDir, 'ferry-report');
  const app = await launch({ projectPath: project, dialogs: { exportPath: () => target } });
  const { page } = app;
  await expect(editor(page)).toContainText('Ferry terminal');

  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('html');
  const preview = dialog.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Ferry terminal rebuild “on track”, says harbour board',
  );
  // The publication report is the default: approved claims only, no internal note.
  await expect(dialog.getByRole('radio', { name: /^Publication/ })).toBeChecked();
  await expect(preview.locator('ol.entries > li')).toHaveCount(5);
  await expect(preview.locator('.note')).toHaveCount(0);
  await dialog.getByRole('radio', { name: /^Internal/ }).check();
  await expect(preview.locator('ol.entries > li')).toHaveCount(9);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(`${target}.html`);
  expect(app.dialogCalls).toEqual(['export:ferry report.html']);
  await dialog.getByRole('button', { name: 'Open report' }).click();
  await expect.poll(() => app.openedPaths).toEqual([`${target}.html`]);

  const written = readFileSync(`${target}.html`);
  const cli = spawnSync(process.execPath, [CLI, 'export', project, '--format', 'html', '--internal'], {
    encoding: 'buffer',
  });
  expect(cli.status).toBe(0);
  expect(written.equals(cli.stdout), 'the app and the CLI write the same HTML bytes').toBe(true);

  const report = await openReport(`${target}.html`);
  await expect(report.locator('ol.entries > li')).toHaveCount(9);
  await expect(report.locator('#claim-8 .entry-quote')).toHaveText(
    'A leaflet titled <script>alert(1)</script> claimed fares would double',
  );
  await expect(report.locator('#claim-8 .note')).toContainText('<script>window.__pwned=1</script> The leaflet’s claim');
  await expect(report.locator('#claim-2 .comments')).toContainText('"><svg onload=window.__pwned=3> was pasted');
  await expect(report.locator('#source-2')).toContainText('<img src=x onerror="window.__pwned=2">Council minutes');
  await expect(report.locator('mark.hl[data-claims="1 2"]')).toHaveText('three months ahead of schedule');
  await expect(report.locator('a.ref')).toHaveCount(8);
  await expect(report.locator('script, img, svg')).toHaveCount(0);
  expect(await report.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
  await report.context().close();
});

test('the exported PDF has the article title and page numbers in its footer, and is tagged with an outline and its language', async ({
  launch,
  tempDir,
}) => {
  const target = path.join(tempDir, 'ferry.pdf');
  // A copy per test: two windows on one file would get the read-only warning (its toast covers the dialog).
  const app = await launch({ projectPath: copyOfFixture(tempDir), dialogs: { exportPath: () => target } });
  await expect(editor(app.page)).toContainText('Ferry terminal');
  await app.page.keyboard.press('Control+e');
  const dialog = exportDialog(app.page);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(target);
  expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  const pdf = await readPdf(target);
  expect(pdf.pages.length).toBeGreaterThan(1);
  expect(pdf.pages[0]).toContain('Fact-check report: Ferry terminal rebuild');
  expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pages.length}`);
  expect(accessibilityOf(pdf)).toEqual(ACCESSIBLE_REPORT_PDF);
});

test('a cancelled export writes nothing and leaves the dialog open', async ({ launch, tempDir }) => {
  const app = await launch({ projectPath: copyOfFixture(tempDir), dialogs: { exportPath: () => null } });
  await expect(editor(app.page)).toContainText('Ferry terminal');
  await app.page.keyboard.press('Control+e');
  const dialog = exportDialog(app.page);
  await dialog.getByRole('radio', { name: /^Internal/ }).check();
  await expect(dialog.frameLocator('iframe[title="Report preview"]').locator('ol.entries > li')).toHaveCount(9);
  await dialog.getByLabel('Include unreviewed claims').uncheck();
  // Three claims are open or awaiting review.
  await expect(dialog.frameLocator('iframe[title="Report preview"]').locator('ol.entries > li')).toHaveCount(6);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => app.dialogCalls).toEqual(['export:newsroom-report report.html']);
  await expect(dialog.getByRole('status')).toHaveCount(0);
  expect(existsSync(path.join(tempDir, 'newsroom-report report.html'))).toBe(false);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('ClaimReview from the app: the dialog asks for the organisation and the review URL (prefilled from Preferences), and keeps them with the project', async ({
  launch,
  tempDir,
}) => {
  const project = copyOfFixture(tempDir);
  const target = path.join(tempDir, 'ferry.jsonld');
  const app = await launch({ projectPath: project, dialogs: { exportPath: () => target } });
  const { page } = app;
  await expect(editor(page)).toContainText('Ferry terminal');
  await page.keyboard.press('Control+,');
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Organisation name (the author of exported ClaimReviews)').fill('Northgate Courier Fact Desk');
  await prefs.getByRole('button', { name: 'Done' }).click();
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('claimreview');
  await expect(dialog.getByRole('radio', { name: /^Internal/ })).toBeDisabled();
  await expect(dialog.getByLabel('Fact-checking organisation')).toHaveValue('Northgate Courier Fact Desk');
  await expect(dialog.getByRole('alert')).toHaveText(
    'ClaimReview needs the organisation’s web address, the review URL (where the fact-check will be published).',
  );
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await dialog.getByLabel('Organisation web address').fill('https://example.org/courier/factcheck');
  await dialog
    .getByLabel('Review URL (where this fact-check will be published)')
    .fill('https://example.org/courier/factcheck/ferry-terminal');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(target);
  const reviews = JSON.parse(readFileSync(target, 'utf8'))['@graph'];
  expect(reviews.map((review: { url: string }) => review.url)).toEqual(
    [1, 3, 5, 8, 10].map((n) => `https://example.org/courier/factcheck/ferry-terminal#claim-${n}`),
  );
  expect(reviews[0].author).toEqual({
    '@type': 'Organization',
    name: 'Northgate Courier Fact Desk',
    url: 'https://example.org/courier/factcheck',
  });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle(/^newsroom-report/);
  await expect
    .poll(() => JSON.parse(readFileSync(project, 'utf8')).review)
    .toEqual({
      twoPersonRule: true,
      organisationName: 'Northgate Courier Fact Desk',
      organisationUrl: 'https://example.org/courier/factcheck',
      reviewUrl: 'https://example.org/courier/factcheck/ferry-terminal',
    });
  // The command line now has what it needs from the project itself.
  const cli = spawnSync(process.execPath, [CLI, 'export', project, '--format', 'claimreview'], { encoding: 'utf8' });
  expect(cli.status).toBe(0);
  expect(JSON.parse(cli.stdout)['@graph']).toEqual(reviews);
});
