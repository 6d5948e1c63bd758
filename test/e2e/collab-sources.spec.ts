import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addUsers } from '../collab/helpers/users';
import { startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { DEMO_FIRST_PARAGRAPH, launchBound, openShared, shareOpenProject } from './collab-helpers';
import { articleText, claimsPanel, openClaimRow } from './editor-helpers';
import { expect, test } from './fixtures';

/**
 * Sources in a shared project (issue 19): one window adds a source, the
 * other lists it and reads its text, without a reload. A real `factdesk serve`
 * on 127.0.0.1, started and stopped by process id.
 */
const FIXTURES = path.resolve(__dirname, '../fixtures/sources');
const NOTE =
  'Leak figures, Calder Water annual report.\nThe utility lost forty-one million litres of water a day to leaking pipes last year, the annual report says.\nLeaks have since fallen by a quarter.';

let serve: RunningServe;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('e2e-sources');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker' });
  serve = await startServe(dataDir);
});
test.afterAll(() => stopAll());

async function sourcesPanel(page: Page) {
  await page.getByRole('tab', { name: 'Sources' }).click();
  return page.getByRole('region', { name: 'Sources' });
}

test('a source added in one window is listed in the other, which opens its text (and keeps it in its file)', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(90_000);
  const ana = await launchBound(launch, { dialogs: { sourceFile: () => path.join(FIXTURES, 'water-article.html') } });
  await ana.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(ana.page)).toContainText(DEMO_FIRST_PARAGRAPH);
  const link = await shareOpenProject(ana, serve.url, tokens['Ana Ortiz']);
  const bensCopy = path.join(tempDir, 'bens-copy.factdesk');
  const ben = await launchBound(launch, { dialogs: { savePath: () => bensCopy } });
  await openShared(ben, { link, token: tokens['Ben Okafor'] });
  const bensPanel = await sourcesPanel(ben.page);
  const before = await bensPanel.getByRole('listitem').count();
  expect(before).toBe(3);

  // A source Ana had before sharing: Ben opened the project from the server, its text came from Ana's window.
  await bensPanel.getByRole('button', { name: /^Calder Water cuts leakage/ }).click();
  const text = ben.page.getByRole('document', { name: 'Source text' });
  await expect(text).toContainText('Calder Water lost an average of 41 million litres', { timeout: 15_000 });

  // Ana imports a file and pastes a note.
  const anasPanel = await sourcesPanel(ana.page);
  await ana.page.getByRole('button', { name: 'Add source' }).click();
  const dialog = ana.page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('tab', { name: 'Import file' }).click();
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await expect(dialog).toBeHidden();
  await ana.page.getByRole('button', { name: 'Add source' }).click();
  await dialog.getByLabel('Title').fill('Leak figures');
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(NOTE);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(anasPanel.getByRole('listitem')).toHaveCount(before + 2);

  // Ben lists both without a reload, and reads their texts.
  await expect(bensPanel.getByRole('listitem')).toHaveCount(before + 2, { timeout: 15_000 });
  await bensPanel.getByRole('button', { name: /^Water bills to rise/ }).click();
  await expect(text).toContainText('The repairs to the Eastmere dam will cost USD 767 million', { timeout: 15_000 });
  await bensPanel.getByRole('button', { name: /^Leak figures/ }).click();
  await expect(text).toContainText('The utility lost forty-one million litres', { timeout: 15_000 });

  // Evidence suggestions in Ben's window read it too.
  await ben.page.getByRole('tab', { name: 'Claims' }).click();
  await openClaimRow(ben.page, 2);
  const card = claimsPanel(ben.page).getByRole('region', { name: 'Claim 3' });
  await expect(card.getByRole('list', { name: 'Suggested evidence' })).toContainText(
    'The utility lost forty-one million litres of water a day to leaking pipes last year',
  );

  // His local copy keeps the texts.
  await ben.page.keyboard.press('Control+s');
  await expect(ben.page.getByRole('banner')).toContainText('All changes saved', { timeout: 10_000 });
  const saved = JSON.parse(readFileSync(bensCopy, 'utf8'));
  const notes = saved.sources.find((source: { title: string }) => source.title === 'Leak figures');
  expect(notes.text).toBe(NOTE);
  // The texts are in the readable part only, never in the file's Yjs state.
  const state = (saved.yjs.updates as string[])
    .map((update) => Buffer.from(update, 'base64').toString('utf8'))
    .join('');
  expect(state).toContain('Leak figures');
  expect(state).not.toContain('leaking pipes');
});
