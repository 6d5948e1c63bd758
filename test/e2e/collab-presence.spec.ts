import type { Page } from 'playwright-core';
import { addUsers } from '../collab/helpers/users';
import { startServe, stopAll, tempDir, type RunningServe } from '../collab/helpers/processes';
import { articleText, claimRows } from './editor-helpers';
import { launchBound, openShared, shareOpenProject } from './collab-helpers';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/**
 * Presence in a shared project (issue 19): a real `factdesk serve` on
 * 127.0.0.1 and two app windows, each its own user data. Each sees the
 * other's caret with the name the server knows, who else is here, and a dot
 * on the claim the other has open.
 */
const FIRST_WORDS = 'Households in Port Calder will pay more for water';
const CHRIS = 'Chris Lund';
const PRIYA = 'Priya Nair';

let serve: RunningServe;
let tokens: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = tempDir('e2e-presence');
  tokens = addUsers(dataDir, { [CHRIS]: 'checker', [PRIYA]: 'editor' });
  serve = await startServe(dataDir);
});
test.afterAll(() => stopAll());

const carets = (page: Page) => page.locator('.presence-cursors');

test('each window sees the other’s caret and name, who is here, and which claim they have open', async ({ launch }) => {
  test.setTimeout(90_000);
  const chris = await launchBound(launch);
  await chris.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(chris.page)).toContainText(FIRST_WORDS);
  const link = await shareOpenProject(chris, serve.url, tokens[CHRIS]);
  const priya = await launchBound(launch);
  await openShared(priya, { link, token: tokens[PRIYA] });
  await expect(articleText(priya.page)).toContainText(FIRST_WORDS);

  await expect(priya.page.getByRole('list', { name: 'Collaborators' })).toHaveText(CHRIS);
  await expect(chris.page.getByRole('list', { name: 'Collaborators' })).toHaveText(PRIYA);

  // Carets, labelled with the name the server knows (whatever the windows' Preferences say).
  await articleText(chris.page).getByText('Households in Port Calder').click();
  await expect(carets(priya.page)).toHaveText(CHRIS);
  await articleText(priya.page).getByText('Even after this increase').click();
  await expect(carets(chris.page)).toHaveText(PRIYA);

  // Typing in one window reaches the other.
  await chris.page.keyboard.press('Home');
  await chris.page.keyboard.type('Today: ');
  await expect(articleText(priya.page)).toContainText(`Today: ${FIRST_WORDS}`);

  // Chris opens a claim: Priya sees a dot with Chris's name on its row, and on no other.
  await claimRows(chris.page).first().click();
  await expect(
    priya.page
      .locator('[data-claim-row]')
      .first()
      .getByRole('img', { name: `Open by ${CHRIS}` }),
  ).toBeVisible();
  await expect(priya.page.getByRole('img', { name: /^Open by/ })).toHaveCount(1);
  // The list, the dot and the carets (colours on text included) pass axe.
  expect(await seriousViolations(priya.page)).toEqual([]);
  await claimRows(chris.page).first().click();
  await expect(priya.page.getByRole('img', { name: /^Open by/ })).toHaveCount(0);
});
