import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { holdNextCall } from './held-call';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

async function typeAtEndOfParagraph(page: Page, paragraphText: string, typed: string): Promise<void> {
  await editor(page).getByText(paragraphText).click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed);
}

test('the start screen offers new, open, demo and recent projects', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await expect(page.getByRole('button', { name: /New project/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Open project…/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Open demo project/ })).toBeVisible();
  await expect(page.getByText('Projects you open or save appear here.')).toBeVisible();
  await expect(page).toHaveTitle('Factdesk');
});

test('edit the demo, save with the shortcut, relaunch and find the edit', async ({ launch, tempDir }) => {
  const target = path.join(tempDir, 'water-bills');
  const app = await launch({ dialogs: { savePath: () => target } });
  const { page } = app;
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(editor(page)).toContainText('Households in Port Calder will pay more');
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(5);
  // The demo is a copy never saved: the header and the status bar both say so.
  await expect(page.getByRole('banner')).toContainText('Not saved yet');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Not saved yet');

  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Checked by the desk on Friday.');
  await expect(page).toHaveTitle(/^● Demo project — Factdesk$/);

  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('water-bills — Factdesk');
  await expect(page.getByRole('banner')).toContainText('All changes saved');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('All changes saved');
  // A project never saved suggests its article's title as the file name (issue 21).
  expect(app.dialogCalls).toEqual(['save:Water bills to rise 14% as Eastmere reservoir repairs run over budget']);
  const saved = readFileSync(`${target}.factdesk`, 'utf8');
  expect(saved).toContain('Checked by the desk on Friday.');
  expect(JSON.parse(saved).format).toBe('factdesk-project');
  await app.close();

  const again = await launch({ projectPath: `${target}.factdesk` });
  await expect(editor(again.page)).toContainText('Checked by the desk on Friday.');
  await expect(again.page.getByRole('region', { name: 'Claims' }).getByRole('listitem')).toHaveCount(5);
  await expect(again.page).toHaveTitle('water-bills — Factdesk');
});

test('a second save keeps the previous version as .bak', async ({ launch, tempDir }) => {
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk')));
  const before = readFileSync(file, 'utf8');
  const { page } = await launch({ projectPath: file });
  await page.getByLabel('Title').fill('A new headline for the record');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();
  expect(JSON.parse(readFileSync(file, 'utf8')).article.title).toBe('A new headline for the record');
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
});

test('a corrupt project file is refused with a clear message and left untouched', async ({ launch, tempDir }) => {
  const corrupt = path.join(tempDir, 'broken.factdesk');
  writeFileSync(corrupt, '{\n  "format": "factdesk-project",\n  "version": 1,\n  "article": {');
  const before = statSync(corrupt);
  const { page } = await launch({ dialogs: { openProject: () => corrupt } });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await page.keyboard.press('Control+o');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.factdesk');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText('line 4');
  await expect(page.getByRole('button', { name: /Open demo project/ })).toBeVisible();
  expect(readFileSync(corrupt, 'utf8')).toBe('{\n  "format": "factdesk-project",\n  "version": 1,\n  "article": {');
  expect(statSync(corrupt).mtimeMs).toBe(before.mtimeMs);
  expect(existsSync(`${corrupt}.bak`)).toBe(false);
});

test('unsaved changes are asked about: cancel keeps them, don’t save drops them', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' An unsaved sentence.');

  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('alertdialog', { name: 'Unsaved changes' });
  await expect(dialog).toContainText('Demo project');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toContainText('An unsaved sentence.');

  await page.keyboard.press('Control+n');
  await dialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(page).toHaveTitle('Untitled project — Factdesk');
  await expect(editor(page)).not.toContainText('Households');
});

test('closing the window with unsaved changes can save first', async ({ launch, tempDir }) => {
  const target = path.join(tempDir, 'closing.factdesk');
  const app = await launch({ dialogs: { savePath: () => target } });
  const { page } = app;
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Saved on the way out.');
  await app.emit('closeRequested', null);
  await page
    .getByRole('alertdialog', { name: 'Unsaved changes' })
    .getByRole('button', { name: 'Save', exact: true })
    .click();
  await expect.poll(() => app.windowClosed()).toBe(true);
  expect(readFileSync(target, 'utf8')).toContain('Saved on the way out.');
});

test('saved projects appear in the recent list and reopen from it', async ({ launch, tempDir }) => {
  const target = path.join(tempDir, 'recent-one.factdesk');
  const app = await launch({ dialogs: { savePath: () => target } });
  await app.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(editor(app.page)).toContainText('Households');
  await app.page.keyboard.press('Control+Shift+s');
  await expect(app.page).toHaveTitle('recent-one — Factdesk');
  await app.page.keyboard.press('Control+w');
  const recent = app.page.getByRole('list', { name: 'Recent projects' });
  await expect(recent.getByRole('button', { name: /recent-one/ })).toBeVisible();
  await app.close();

  const again = await launch({ userDataDir: app.userDataDir });
  await again.page
    .getByRole('list', { name: 'Recent projects' })
    .getByRole('button', { name: /recent-one/ })
    .click();
  await expect(editor(again.page)).toContainText('Households in Port Calder');
});

test('formatting: a heading, bold text and undo', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await editor(page).click();
  await page.keyboard.type('Council approves budget');
  await page.getByLabel('Block style').selectOption('h2');
  await expect(editor(page).getByRole('heading', { name: 'Council approves budget' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('Bold words');
  await expect(editor(page).locator('strong, .ed-bold').filter({ hasText: 'Bold words' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).not.toContainText('Bold words');
});

test('formatting: a bulleted list grows with Enter and ends at an empty item; Numbered list switches it', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await editor(page).click();
  await page.keyboard.type('First point');
  await page.getByLabel('Block style').selectOption('bullet');
  const list = editor(page).getByRole('list');
  await expect(list.getByRole('listitem')).toHaveText(['First point']);
  await editor(page).press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second point');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the list');
  await expect(list.getByRole('listitem')).toHaveText(['First point', 'Second point']);
  await expect(editor(page).locator('p').filter({ hasText: 'After the list' })).toBeVisible();
  await list.getByText('Second point').click();
  // The toolbar follows the caret once the editor has taken the click; a person sees it say "bullet" before choosing.
  await expect(page.getByLabel('Block style')).toHaveValue('bullet');
  await page.getByLabel('Block style').selectOption('number');
  await expect(editor(page).locator('ol').getByRole('listitem')).toHaveText(['First point', 'Second point']);
});

test('edits made while a save is under way stay unsaved and on screen', async ({ launch, tempDir }) => {
  const file = path.join(tempDir, 'story.factdesk');
  writeFileSync(file, readFileSync(path.resolve(__dirname, '../../demo/city-water-demo.factdesk')));
  const { page } = await launch({ projectPath: file });
  await expect(editor(page)).toContainText('Households in Port Calder');
  const save = await holdNextCall(page, 'saveProject');
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' First.');
  await page.keyboard.press('Control+s');
  await save.held();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Second.');
  await page.getByLabel('Title').fill('A headline changed mid-save');
  await save.release();
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();

  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(saved.article.body)).toContain('First.');
  expect(JSON.stringify(saved.article.body)).not.toContain('Second.');
  await expect(page).toHaveTitle(/^● story — Factdesk$/);
  await expect(page.getByLabel('Title')).toHaveValue('A headline changed mid-save');
  await expect(editor(page)).toContainText('Second.');
});
