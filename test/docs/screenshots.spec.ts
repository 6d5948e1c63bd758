import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { sharedBrowser } from '../e2e/browser';
import { articleText, claimRows, claimsPanel, openClaimRow } from '../e2e/editor-helpers';
import { expect, test } from '../e2e/fixtures';
import { REPO_ROOT } from '../e2e/harness';
import { writeDemoVariant } from '../e2e/review-projects';
import {
  addPastedSource,
  BORDER_CLAIM,
  dismissNotices,
  suggestionItems,
  typeParagraphs,
  WIRE_STORY,
} from '../e2e/real-copy-helpers';

/** The screens README shows, written to docs/. Run with `npm run docs:screenshots` after `npm run build`. */

const docsFile = (name: string) => path.join(REPO_ROOT, 'docs', name);
const SOURCES = path.join(REPO_ROOT, 'test', 'fixtures', 'sources');
const editorId = { name: 'Dana Okoye', role: 'editor' as const };

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await page.getByRole('button', { name: 'Dismiss message' }).click();
}

/** Let hover effects and transitions settle before the picture. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1300);
}

test('the demo project open in the editor', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await page.screenshot({ path: docsFile('screenshot-editor.png') });
});

test('tagged claims and an open claim card', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await articleText(page).locator('mark', { hasText: 'The repairs to the Eastmere dam' }).click();
  await settle(page);
  await page.screenshot({ path: docsFile('screenshot-claims.png') });
});

test('suggested claims', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await page.getByRole('button', { name: 'Find claims' }).click();
  const items = claimsPanel(page)
    .getByRole('region', { name: 'Suggested claims' })
    .getByRole('list', { name: 'Suggestions' })
    .getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await items
    .first()
    .getByRole('button', { name: /^Suggested claim/ })
    .focus();
  await page.screenshot({ path: docsFile('screenshot-claim-finder.png') });
});

test('review mode', async ({ launch, tempDir }) => {
  // Sending to review needs evidence (the readiness rule): two demo claims get some.
  const { page } = await launch({
    identity: editorId,
    projectPath: writeDemoVariant(tempDir, 'city-water-demo', { evidenceFor: ['clm_rate', 'clm_lowest'] }),
  });
  await expect(articleText(page)).toContainText('Households');
  for (const n of [0, 3]) {
    await openClaimRow(page, n);
    await claimsPanel(page).getByRole('button', { name: 'Send to review' }).click();
  }
  await page.getByRole('button', { name: 'Review mode' }).click();
  await page
    .getByRole('region', { name: 'Review queue' })
    .getByRole('list', { name: 'Claims awaiting review' })
    .getByRole('button')
    .nth(1)
    .click();
  await settle(page);
  await page.screenshot({ path: docsFile('screenshot-review.png') });
});

test('the dark theme', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await page.keyboard.press('Control+,');
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByLabel('Theme').selectOption('dark');
  await preferences.getByRole('button', { name: 'Done' }).click();
  await openDemo(page);
  await articleText(page).locator('mark', { hasText: 'Even after this increase' }).click();
  await settle(page);
  await page.screenshot({ path: docsFile('screenshot-dark.png') });
});

test('a claim with evidence beside its source', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await openClaimRow(page, 1);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 2' });
  await card.getByRole('button', { name: 'Show the nearest passages' }).click();
  await card
    .getByRole('list', { name: 'Suggested evidence' })
    .getByRole('button', { name: /^Link as supporting: By September 2026/ })
    .click();
  await card
    .getByRole('list', { name: 'Evidence', exact: true })
    .getByRole('button', { name: /^“By September 2026/ })
    .click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: docsFile('screenshot-evidence.png') });
});

test('a source open in the viewer beside the article', async ({ launch }) => {
  const { page } = await launch({ dialogs: { sourceFile: () => path.join(SOURCES, 'water-article.html') } });
  await openDemo(page);
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Import file' }).click();
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').last()).toContainText(
    'Water bills to rise 14%',
  );
  await page.getByRole('searchbox', { name: 'Find in source' }).fill('767');
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await page.screenshot({ path: docsFile('screenshot-sources.png') });
});

test('the export dialog and the exported report', async ({ launch }) => {
  // A fixed folder, so the path shown in the dialog (and so the picture) is the same on every run.
  const folder = path.join(os.tmpdir(), 'factdesk-docs', 'Fact-checks');
  mkdirSync(folder, { recursive: true });
  const target = path.join(folder, 'water-bills-report.html');
  const { page } = await launch({ dialogs: { exportPath: () => target } });
  await openDemo(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export report…' });
  // Nothing in the demo is approved yet: the desk's internal report shows its claims.
  await dialog.getByRole('radio', { name: /^Internal/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toBeVisible();
  await page.screenshot({ path: docsFile('screenshot-export-dialog.png') });
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1100, height: 1400 } });
  const report = await context.newPage();
  await report.goto(pathToFileURL(target).toString());
  await expect(report.locator('mark.hl')).toHaveCount(5);
  await report.screenshot({ path: docsFile('screenshot-report.png') });
  await context.close();
});

test('evidence on real copy: no close match, then the same wording in two sources', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await typeParagraphs(page, ['Border row', BORDER_CLAIM]);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await suggestionItems(page)
    .filter({ hasText: 'Veltria has warned Kosmar' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await addPastedSource(
    page,
    'Harbour notes',
    'The harbour in Kessel reopened in 2019.\nFishing boats crossed the bay at dawn, the harbour master said.',
  );
  await claimRows(page).first().click();
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await dismissNotices(page);
  await card.getByText('No close match in the sources.').scrollIntoViewIfNeeded();
  await page.screenshot({ path: docsFile('screenshot-no-close-match.png') });
  await addPastedSource(page, 'Wire copy', `Norden Press, December 13, 2021\n${BORDER_CLAIM}`);
  await addPastedSource(page, 'Broadcaster', BORDER_CLAIM);
  if (!(await card.isVisible())) await claimRows(page).first().click();
  const close = card.getByRole('list', { name: 'Suggested evidence' });
  await expect(close).toContainText('Same wording in 2 sources');
  await dismissNotices(page);
  await close.scrollIntoViewIfNeeded();
  await page.screenshot({ path: docsFile('screenshot-same-wording.png') });
});

test('an imported wire story with what was recognised', async ({ launch }) => {
  const { page } = await launch({ dialogs: { importArticle: () => path.join(REPO_ROOT, WIRE_STORY) } });
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(page.getByLabel('Byline')).toHaveValue('Petra Lind');
  await page.screenshot({ path: docsFile('screenshot-import-recognised.png') });
});
