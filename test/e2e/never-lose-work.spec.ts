import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Project } from '../../shared/project/schema';
import { DEMO_PROJECT } from './harness';
import { claimRows, typeAtEndOfParagraph } from './editor-helpers';
import { expect, test } from './fixtures';
import { holdNextCall } from './held-call';
import { backupsIn } from './user-data';

/** Crash recovery, outside changes to the open file, history, locks and damaged settings, driven through the UI. */

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });

/** A colleague's Factdesk saving the same file: their edit, written straight to disk. */
function colleagueSaves(file: string, change: (doc: Project) => void): void {
  const doc: Project = JSON.parse(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

test('after a crash, unsaved typing is offered back and restored', async ({ launch, tempDir }) => {
  const first = await launch();
  await first.page.getByRole('button', { name: /Open demo project/ }).click();
  await typeAtEndOfParagraph(first.page, 'Residents on low incomes', ' Typed just before the crash.');
  // The backup lands about a second after typing stops.
  await expect
    .poll(() => backupsIn(first.userDataDir).join(''), { timeout: 5000 })
    .toContain('Typed just before the crash.');
  await first.crash();

  const target = path.join(tempDir, 'recovered');
  const second = await launch({ userDataDir: first.userDataDir, dialogs: { savePath: () => target } });
  const dialog = second.page.getByRole('dialog', { name: 'Recover unsaved work' });
  const item = dialog.getByRole('listitem', { name: 'Demo project' });
  await expect(item).toContainText(/Unsaved changes from .+ · 5 claims/);
  await expect(item).toContainText('Never saved to a file');
  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(second.page)).toContainText('Typed just before the crash.');
  await expect(second.page).toHaveTitle(/^● Demo project/);

  await second.page.keyboard.press('Control+s');
  await expect(second.page).toHaveTitle('recovered — Factdesk');
  expect(readFileSync(`${target}.factdesk`, 'utf8')).toContain('Typed just before the crash.');
  await expect.poll(() => backupsIn(first.userDataDir)).toEqual([]);
});

test('a backup can be discarded at start-up and is not offered again', async ({ launch }) => {
  const first = await launch();
  await first.page.getByRole('button', { name: /Open demo project/ }).click();
  await typeAtEndOfParagraph(first.page, 'Residents on low incomes', ' Not worth keeping.');
  await expect.poll(() => backupsIn(first.userDataDir).length, { timeout: 5000 }).toBe(1);
  await first.crash();

  const second = await launch({ userDataDir: first.userDataDir });
  await second.page
    .getByRole('dialog', { name: 'Recover unsaved work' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(second.page.getByRole('dialog', { name: 'Recover unsaved work' })).toBeHidden();
  await expect.poll(() => backupsIn(first.userDataDir)).toEqual([]);
  await second.close();
  const third = await launch({ userDataDir: first.userDataDir });
  await expect(third.page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await expect(third.page.getByRole('dialog', { name: 'Recover unsaved work' })).toHaveCount(0);
});

test('a save over a file changed on disk is stopped; Merge keeps both people’s changes', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  // A slow watcher, so it is the save that finds the change.
  const { page } = await launch({ projectPath: file, watchIntervalMs: 60_000 });
  await expect(editor(page)).toContainText('Households');
  await page.getByLabel('Title').fill('My sharper headline');
  colleagueSaves(file, (doc) => {
    doc.claims[1].verdict = 'false';
    doc.claims[1].note = 'Council minutes say otherwise.';
  });
  const theirs = readFileSync(file, 'utf8');

  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(dialog).toContainText('your save was stopped');
  expect(readFileSync(file, 'utf8')).toBe(theirs);

  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.article.title).toBe('My sharper headline');
  expect(saved.claims[1].note).toBe('Council minutes say otherwise.');
  expect(saved.claims).toHaveLength(5);
  await expect(page).toHaveTitle('story — Factdesk');
});

test('Keep mine asks for confirmation before overwriting; Cancel writes nothing', async ({ launch, tempDir }) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file, watchIntervalMs: 60_000 });
  await page.getByLabel('Title').fill('Mine wins');
  colleagueSaves(file, (doc) => (doc.article.title = 'Theirs'));
  await page.keyboard.press('Control+s');
  await page
    .getByRole('dialog', { name: 'The file changed on disk' })
    .getByRole('button', { name: 'Keep mine' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Replace their version?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(JSON.parse(readFileSync(file, 'utf8')).article.title).toBe('Theirs');

  await page.keyboard.press('Control+s');
  await page
    .getByRole('dialog', { name: 'The file changed on disk' })
    .getByRole('button', { name: 'Keep mine' })
    .click();
  await confirm.getByRole('button', { name: 'Overwrite their changes' }).click();
  await expect.poll(() => JSON.parse(readFileSync(file, 'utf8')).article.title).toBe('Mine wins');
});

test('an outside change is noticed while open: reloaded when there are no local changes, the choice offered when there are', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file });
  await expect(editor(page)).toContainText('Households');
  colleagueSaves(file, (doc) => (doc.article.title = 'Retitled by the night desk'));
  await expect(
    page.getByRole('status').filter({ hasText: 'was changed on disk by someone else and has been reloaded' }),
  ).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Retitled by the night desk');

  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' My local sentence.');
  colleagueSaves(file, (doc) => (doc.article.byline = 'By the night desk'));
  const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(dialog).toContainText('you have unsaved changes');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByLabel('Byline')).toHaveValue('By the night desk');
  await expect(editor(page)).toContainText('My local sentence.');
  await expect(page).toHaveTitle(/^● /);
});

test('typing while an outside change is being reloaded is kept, and the choice is offered instead', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ projectPath: file });
  await expect(editor(page)).toContainText('Households');
  const reload = await holdNextCall(page, 'reloadFromDisk');
  colleagueSaves(file, (doc) => (doc.article.byline = 'By the night desk'));
  await reload.held();
  await typeAtEndOfParagraph(page, 'Residents on low incomes', ' Typed during the reload.');
  await reload.release();

  const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
  await expect(dialog).toContainText('you have unsaved changes');
  await expect(editor(page)).toContainText('Typed during the reload.');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByLabel('Byline')).toHaveValue('By the night desk');
  await expect(editor(page)).toContainText('Typed during the reload.');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.article.byline).toBe('By the night desk');
  expect(JSON.stringify(saved.article.body)).toContain('Typed during the reload.');
});

test('a reload keeps the checker’s place: the same passage at the top of the view, the same claim and source open', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  colleagueSaves(file, (doc) => {
    const last = doc.article.body.root.children.at(-1)!;
    for (let i = 1; i <= 60; i += 1) {
      const text = `Background paragraph ${i}: the reservoir’s history, the council’s minutes and the audit office’s notes, in order.`;
      doc.article.body.root.children.push({ ...last, children: [{ ...last.children![0], text }] });
    }
  });
  const { page } = await launch({ projectPath: file });
  await claimRows(page).filter({ hasText: 'According to Calder Water' }).click();
  const card = page.getByRole('region', { name: 'Claims' }).getByRole('region', { name: 'Claim 3' });
  await expect(card).toContainText('Need the regulator’s figure');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('button', { name: /Calder Water cuts leakage/ })
    .first()
    .click();
  const viewer = page.getByRole('region', { name: /^Source: Calder Water cuts leakage/ });
  await expect(viewer).toBeVisible();
  await page.getByRole('tab', { name: 'Claims' }).click();
  const passage = editor(page).getByText('Background paragraph 30:');
  await passage.evaluate((block) => block.scrollIntoView({ block: 'start' }));
  const topBefore = await passage.evaluate((block) => block.getBoundingClientRect().top);

  colleagueSaves(file, (doc) => (doc.article.byline = 'By the night desk'));
  await expect(page.getByRole('status').filter({ hasText: 'has been reloaded' })).toBeVisible();
  await expect(page.getByLabel('Byline')).toHaveValue('By the night desk');
  await expect(card).toContainText('Need the regulator’s figure');
  await expect(viewer).toBeVisible();
  // Within a pixel: the block's top may land on a different sub-pixel after the reload's layout.
  await expect
    .poll(() => passage.evaluate((block, before) => Math.abs(block.getBoundingClientRect().top - before), topBefore))
    .toBeLessThanOrEqual(1);
});

test('File → Restore from History lists saved versions with claim counts and restores one', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const app = await launch({ projectPath: file });
  const { page } = app;
  await page.getByLabel('Title').fill('Version kept in history');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved story' })).toBeVisible();
  await page.getByLabel('Title').fill('A later title');

  await app.emit('menuCommand', 'file.restoreHistory');
  const dialog = page.getByRole('dialog', { name: 'Restore from history' });
  const versions = dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('5 claims · Version kept in history');
  await versions
    .first()
    .getByRole('button', { name: /^Restore the version from / })
    .click();
  await page.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Don’t save' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Version kept in history');
  await expect(page).toHaveTitle(/^● /);
});

test('a second window on the same file is warned that it is read-only', async ({ launch, tempDir }) => {
  const file = path.join(tempDir, 'story.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const first = await launch({ projectPath: file });
  await expect(editor(first.page)).toContainText('Households');
  const second = await launch({ projectPath: file });
  await expect(second.page.getByRole('alert').filter({ hasText: 'open in another Factdesk window' })).toContainText(
    'read-only here',
  );
});

test('damaged preferences are reported, kept aside, and the app still starts', async ({ launch, tempDir }) => {
  writeFileSync(path.join(tempDir, 'settings.json'), '{"recentProjects": [{"path": ');
  const { page } = await launch({ userDataDir: tempDir });
  await expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Your preferences could not be used (it is not valid JSON)');
  expect(readdirSync(tempDir).filter((name) => name.startsWith('settings.damaged-'))).toHaveLength(1);
});
