import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { articleText, claimRows, claimsPanel, openClaimRow, typeAtEndOfParagraph } from './editor-helpers';
import { expect, test } from './fixtures';
import { DEMO_PROJECT } from './harness';
import { backupsIn } from './user-data';

/** Preferences that change how work is shown and kept: verdict labels, tag colours, backups, autosave. */

const preferences = (page: Page) => page.getByRole('dialog', { name: 'Preferences' });

const openDemo = async (page: Page) => {
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
};

test('a renamed verdict shows at once on the claim card, in the claims list and the legend, is exported, and is remembered', async ({
  launch,
  tempDir,
}) => {
  const target = path.join(tempDir, 'labelled');
  const app = await launch({ dialogs: { exportPath: () => target } });
  const { page } = app;
  await openDemo(page);
  await openClaimRow(page, 0);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption('mixed');
  await page.keyboard.press('Control+,');
  await preferences(page).getByRole('textbox', { name: 'Label for “Mixed”' }).fill('Half true');
  // Applied at once, behind the open dialog.
  await expect(card.getByRole('combobox', { name: 'Verdict', exact: true }).locator('option:checked')).toHaveText(
    'Half true',
  );
  await expect(claimRows(page).first()).toHaveAccessibleName(/^Claim 1: Half true\./);
  await expect(claimsPanel(page).locator('.claim-row').first().locator('.verdict-badge')).toHaveText('Half true');
  await expect(claimsPanel(page).locator('.legend')).toContainText('Half true');
  await expect(articleText(page).locator('mark[data-verdict="mixed"]').first()).toHaveAttribute(
    'title',
    /Claim 1 — Half true/,
  );
  await preferences(page).getByRole('button', { name: 'Done' }).click();
  await expect(preferences(page)).toBeHidden();
  expect(
    JSON.parse(readFileSync(path.join(app.userDataDir, 'settings.json'), 'utf8')).preferences.verdictLabels,
  ).toEqual({ mixed: 'Half true' });
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export report…' });
  // Nothing in the demo is approved: the internal report shows claim 1.
  await exportDialog.getByRole('radio', { name: /^Internal/ }).check();
  await expect(exportDialog.frameLocator('iframe[title="Report preview"]').locator('#claim-1 .verdict')).toHaveText(
    'Half true',
  );
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByRole('status')).toContainText(`${target}.html`);
  expect(readFileSync(`${target}.html`, 'utf8')).toContain('<span class="verdict v-mixed">Half true</span>');
  // Focus stays in the dialog after exporting, so Escape closes it.
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  // Emptied, the label is the default again.
  await page.keyboard.press('Control+,');
  await preferences(page).getByRole('textbox', { name: 'Label for “Mixed”' }).fill('');
  await page.keyboard.press('Escape');
  await expect(claimRows(page).first()).toHaveAccessibleName(/^Claim 1: Mixed\./);
});

test('a tag given a colour changes its chips on the card and in the list, readable in both themes', async ({
  launch,
}) => {
  const { page } = await launch();
  await openDemo(page);
  await openClaimRow(page, 0);
  const card = claimsPanel(page).getByRole('region', { name: 'Claim 1' });
  await card.getByRole('combobox', { name: 'Add tag' }).fill('budget');
  await card.getByRole('combobox', { name: 'Add tag' }).press('Enter');
  const cardChip = card.getByRole('list', { name: 'Tags' }).getByRole('listitem').filter({ hasText: '#budget' });
  const listChip = claimsPanel(page).locator('.claim-row').first().locator('.claim-meta .tag', { hasText: '#budget' });
  const plain = await cardChip.evaluate((el) => getComputedStyle(el).backgroundColor);

  await page.keyboard.press('Control+,');
  await preferences(page).getByRole('combobox', { name: 'Colour for tag budget' }).selectOption('teal');
  await expect(cardChip).toHaveClass(/tag-colour-teal/);
  await expect(listChip).toHaveClass(/tag-colour-teal/);
  await expect(cardChip).toContainText('#budget');
  expect(await cardChip.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(plain);
  for (const theme of ['light', 'dark'] as const) {
    await preferences(page).getByLabel('Theme').selectOption(theme);
    expect(await seriousViolations(page), `preferences with a coloured tag (${theme})`).toEqual([]);
  }
  await preferences(page).getByRole('button', { name: 'Done' }).click();
  for (const theme of ['dark', 'light'] as const) {
    await page.keyboard.press('Control+,');
    await preferences(page).getByLabel('Theme').selectOption(theme);
    await preferences(page).getByRole('button', { name: 'Done' }).click();
    expect(await seriousViolations(page), `coloured tag chips (${theme})`).toEqual([]);
  }

  await page.keyboard.press('Control+,');
  await preferences(page).getByRole('combobox', { name: 'Colour for tag budget' }).selectOption('');
  await expect(cardChip).not.toHaveClass(/tag-colour-/);
});

test('the backup interval is honoured: off writes no backup, 5 seconds waits for the pause', async ({ launch }) => {
  const { page, userDataDir } = await launch();
  await openDemo(page);
  await page.keyboard.press('Control+,');
  await preferences(page).getByLabel('Back up unsaved work').selectOption('Never (no crash recovery)');
  await preferences(page).getByRole('button', { name: 'Done' }).click();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Not backed up.');
  await page.waitForTimeout(2500);
  expect(backupsIn(userDataDir)).toEqual([]);

  await page.keyboard.press('Control+,');
  await preferences(page).getByLabel('Back up unsaved work').selectOption('5 seconds after edits stop');
  await preferences(page).getByRole('button', { name: 'Done' }).click();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Backed up later.');
  const typedAt = Date.now();
  await page.waitForTimeout(2500);
  expect(backupsIn(userDataDir)).toEqual([]);
  await expect.poll(() => backupsIn(userDataDir).join(''), { timeout: 10_000 }).toContain('Backed up later.');
  expect(Date.now() - typedAt).toBeGreaterThanOrEqual(4500);
});

test('autosave on losing focus saves the project file, and stops at a file changed by someone else', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  // A slow watcher, so it is the autosave that finds the outside change.
  const { page } = await launch({ projectPath: file, watchIntervalMs: 60_000 });
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press('Control+,');
  await preferences(page).getByLabel('Autosave the project file').selectOption('When Factdesk loses focus');
  await preferences(page).getByRole('button', { name: 'Done' }).click();

  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Saved by autosave.');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('Saved by autosave.');
  await expect(page).toHaveTitle('story — Factdesk');

  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.article.title = 'A colleague’s headline';
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Not over theirs.');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect(page.getByRole('dialog', { name: 'The file changed on disk' })).toBeVisible();
  const onDisk = readFileSync(file, 'utf8');
  expect(onDisk).toContain('A colleague’s headline');
  expect(onDisk).not.toContain('Not over theirs.');
});

test('autosave after a pause saves once the chosen minutes pass without edits', async ({ launch, tempDir }) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file, fakeClock: true });
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press('Control+,');
  await preferences(page).getByLabel('Autosave the project file').selectOption('After a pause in editing');
  await preferences(page).getByLabel('Autosave after').selectOption('2 minutes without edits');
  await preferences(page).getByRole('button', { name: 'Done' }).click();

  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Saved after the pause.');
  await page.clock.fastForward('01:50');
  await page.waitForTimeout(500);
  expect(readFileSync(file, 'utf8')).not.toContain('Saved after the pause.');
  await page.clock.fastForward('00:15');
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('Saved after the pause.');
  await expect(page).toHaveTitle('story — Factdesk');
});

test('autosave in a read-only window is refused out loud, once, and the file is left alone', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const before = readFileSync(file, 'utf8');
  const first = await launch({ projectPath: file });
  await expect(articleText(first.page)).toContainText('Households');
  const { page } = await launch({ projectPath: file });
  const lockAlerts = page.getByRole('alert').filter({ hasText: 'open in another Factdesk window' });
  await expect(lockAlerts).toHaveCount(1);
  await page.keyboard.press('Control+,');
  await preferences(page).getByLabel('Autosave the project file').selectOption('When Factdesk loses focus');
  await preferences(page).getByRole('button', { name: 'Done' }).click();

  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Not into their file.');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect(lockAlerts).toHaveCount(2);
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Still not.');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await page.waitForTimeout(500);
  await expect(lockAlerts).toHaveCount(2);
  expect(readFileSync(file, 'utf8')).toBe(before);
  await expect(page).toHaveTitle(/^● /);
});

test('a dialog keeps Tab inside it and gives focus back when it closes', async ({ launch }) => {
  const { page } = await launch();
  await openDemo(page);
  await articleText(page).getByText('Residents on low incomes').click();
  await page.keyboard.press('Control+,');
  const name = preferences(page).getByRole('textbox', { name: 'Display name' });
  await expect(name).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(preferences(page).getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toBeHidden();
  await expect(articleText(page)).toBeFocused();
});
