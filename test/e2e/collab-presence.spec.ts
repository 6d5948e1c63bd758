import { expect, test } from './fixtures';
import { articleText, claimRows } from './editor-helpers';
import { stopAll } from '../collab/helpers/processes';
import {
  PEOPLE,
  sharedDemoCopy,
  sharedWindowOptions,
  startSharedServer,
  type SharedSetup,
} from './collab-presence-windows';

/**
 * Presence in a shared project, with a real server and two app windows
 * (each its own user data): each sees the other's caret with their name,
 * the collaborators list, and a dot on the claim the other has open.
 */

let setup: SharedSetup;
test.beforeAll(async () => {
  setup = await startSharedServer();
});
test.afterAll(async () => {
  await stopAll();
});

const FIRST_WORDS = 'Households in Port Calder will pay more for water';

test('each window sees the other’s caret and name, who is here, and which claim they have open', async ({
  launch,
  tempDir,
}) => {
  test.setTimeout(60_000);
  const chris = await launch(
    sharedWindowOptions(setup, sharedDemoCopy(tempDir, 'chris.factdesk'), PEOPLE.checker, 'checker'),
  );
  const priya = await launch(
    sharedWindowOptions(setup, sharedDemoCopy(tempDir, 'priya.factdesk'), PEOPLE.editor, 'editor'),
  );
  for (const { page } of [chris, priya]) {
    await expect(articleText(page)).toContainText(FIRST_WORDS);
    await expect(claimRows(page)).toHaveCount(5);
  }

  await expect(priya.page.getByRole('list', { name: 'Collaborators' })).toContainText(PEOPLE.checker);
  await expect(chris.page.getByRole('list', { name: 'Collaborators' })).toContainText(PEOPLE.editor);

  // Carets, labelled with the name the server knows.
  await articleText(chris.page).getByText('Households in Port Calder').click();
  await expect(priya.page.locator('.presence-cursors')).toContainText(PEOPLE.checker);
  await articleText(priya.page).getByText('Even after this increase').click();
  await expect(chris.page.locator('.presence-cursors')).toContainText(PEOPLE.editor);

  // Typing in one window reaches the other, and the caret stays with the writer.
  await chris.page.keyboard.press('Home');
  await chris.page.keyboard.type('Today: ');
  await expect(articleText(priya.page)).toContainText(`Today: ${FIRST_WORDS}`);

  // Chris opens a claim: Priya sees a dot with Chris's name on its row.
  await claimRows(chris.page).first().click();
  const rowsOfPriya = priya.page.locator('[data-claim-row]');
  await expect(rowsOfPriya.first().getByRole('img', { name: `Open by ${PEOPLE.checker}` })).toBeVisible();
  await expect(priya.page.getByRole('img', { name: /^Open by/ })).toHaveCount(1);
});
