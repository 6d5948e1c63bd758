import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addUsers } from '../collab/helpers/users';
import { startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { seriousViolations } from './axe';
import { articleText } from './editor-helpers';
import {
  collabStatus,
  DEMO_FIRST_PARAGRAPH,
  fillOpenShared,
  launchBound,
  openShared,
  shareDemo,
} from './collab-helpers';
import { expect, test } from './fixtures';

/**
 * Sharing a project (issue 19): a real `factdesk serve` on 127.0.0.1 that
 * this file starts and stops by process id, and app windows through the
 * harness, each with its own user data.
 */
const FIRST_PARAGRAPH = DEMO_FIRST_PARAGRAPH;

let serve: RunningServe;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('e2e-sharing');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker', 'Rita Reader': 'reader' });
  serve = await startServe(dataDir);
});
test.afterAll(() => stopAll());

test('two windows type in one paragraph and both see both edits; a reader can change nothing; a bad token is refused', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(90_000);
  const { app: ana, link } = await shareDemo(launch, serve.url, tokens['Ana Ortiz']);
  expect(link).toContain('document=prj_demo_city_water');

  // Ben clicks the link Ana sent: the OS hands it to the app, which asks only for his token.
  const bensCopy = path.join(tempDir, 'bens-copy.factdesk');
  const ben = await launchBound(launch, { dialogs: { savePath: () => bensCopy } });
  await ben.emit('openSharedLinkRequested', { link });
  const linkDialog = ben.page.getByRole('dialog', { name: 'Open shared project' });
  await expect(linkDialog.getByLabel('Project link or document name')).toHaveValue('prj_demo_city_water');
  await expect(linkDialog.getByLabel('Server address')).toHaveValue(serve.url);
  await linkDialog.getByLabel('Access token').fill(tokens['Ben Okafor']);
  await linkDialog.getByRole('button', { name: 'Open' }).click();
  await expect(collabStatus(ben.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect(articleText(ben.page)).toContainText(FIRST_PARAGRAPH);

  // Both type at the start of one paragraph.
  for (const [app, typed] of [
    [ana, 'Breaking: '],
    [ben, 'Update: '],
  ] as const) {
    await articleText(app.page).getByText(FIRST_PARAGRAPH).click();
    await app.page.keyboard.press('Home');
    await app.page.keyboard.type(typed);
  }
  for (const app of [ana, ben]) {
    await expect(articleText(app.page)).toContainText('Breaking: ', { timeout: 10_000 });
    await expect(articleText(app.page)).toContainText('Update: ', { timeout: 10_000 });
  }
  await expect
    .poll(async () => (await articleText(ana.page).innerText()) === (await articleText(ben.page).innerText()), {
      timeout: 10_000,
    })
    .toBe(true);

  // Ben keeps a local copy: the file has both edits and the document id, never his token.
  await ben.page.keyboard.press('Control+s');
  await expect(ben.page.getByRole('banner')).toContainText('All changes saved', { timeout: 10_000 });
  const saved = readFileSync(bensCopy, 'utf8');
  expect(saved).toContain('Breaking: ');
  expect(saved).toContain('Update: ');
  expect(JSON.parse(saved).documentId).toBe('prj_demo_city_water');
  expect(saved).not.toContain(tokens['Ben Okafor']);
  expect(readFileSync(path.join(ben.userDataDir, 'settings.json'), 'utf8')).toContain('prj_demo_city_water');

  // A bad token: a clear message, nothing opened.
  const rita = await launchBound(launch);
  const refused = await fillOpenShared(rita, { link, token: 'not a token' });
  await expect(refused.getByRole('alert')).toContainText('That is not an access token');
  await refused.getByLabel('Access token').fill('not-a-real-token');
  await refused.getByRole('button', { name: 'Open' }).click();
  await expect(refused.getByRole('alert')).toContainText('not known to the server', { timeout: 15_000 });
  expect(await seriousViolations(rita.page)).toEqual([]);
  await refused.getByRole('button', { name: 'Cancel' }).click();
  await expect(rita.page.getByRole('button', { name: /Open demo project/ })).toBeVisible();
  await expect(rita.page.getByRole('region', { name: 'Shared projects' })).toHaveCount(0);

  // A reader: the editor is read-only, with a note, and nothing reaches the others.
  await openShared(rita, { link, token: tokens['Rita Reader'] });
  await expect(rita.page.getByRole('note', { name: /Read-only/ })).toBeVisible();
  await expect(articleText(rita.page)).toHaveAttribute('contenteditable', 'false');
  expect(await seriousViolations(rita.page)).toEqual([]);
  const before = await articleText(ana.page).innerText();
  await articleText(rita.page).getByText('Breaking: ').click();
  await rita.page.keyboard.type('READER WAS HERE');
  await rita.page.waitForTimeout(1_000);
  await expect(articleText(rita.page)).not.toContainText('READER WAS HERE');
  expect(await articleText(ana.page).innerText()).toBe(before);
  await expect(collabStatus(ana.page)).toHaveText('Connected');

  // Among the recent projects: it opens again from the server with the token kept for it.
  await rita.emit('menuCommand', 'file.close');
  const unsaved = rita.page.getByRole('alertdialog', { name: 'Unsaved changes' });
  const recentShared = rita.page.getByRole('region', { name: 'Shared projects' });
  await expect(unsaved.or(recentShared)).toBeVisible();
  if (await unsaved.isVisible()) await unsaved.getByRole('button', { name: 'Don’t save' }).click();
  await expect(recentShared.getByRole('button')).toHaveCount(1);
  await expect(recentShared).toContainText(serve.url);
  await recentShared.getByRole('button').click();
  await expect(collabStatus(rita.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect(articleText(rita.page)).toContainText('Update: ');
});
