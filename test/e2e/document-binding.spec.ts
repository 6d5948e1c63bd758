import { expect, test } from './fixtures';
import { articleText, claimRows } from './editor-helpers';

/**
 * The editor bound to the project's Yjs document (issue 18; behind a switch,
 * off by default — renderer/project/document-binding.ts): the demo opens from
 * its stored state with its highlights, and Ctrl+Z / the Undo button take
 * back this person's typing, never the article's loading.
 */

test('bound to its document, the demo shows its article and claims, and undo takes back only the typing', async ({
  launch,
}) => {
  const { page } = await launch({ documentBinding: true });
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households in Port Calder will pay more for water');
  await expect(claimRows(page)).toHaveCount(5);
  await expect(articleText(page).locator('mark', { hasText: 'Even after this increase' })).toHaveAttribute(
    'data-verdict',
    'false',
  );
  // Putting the article in from the document is no edit.
  await expect(page.getByRole('banner')).toContainText('Not saved yet');
  await page.screenshot({ path: '/tmp/factdesk-document-binding.png' });
  const opened = await articleText(page).innerText();

  await articleText(page).getByText('Households in Port Calder').click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Breaking ');
  await expect(articleText(page)).toContainText('Breaking Households in Port Calder');
  await page.keyboard.press('Control+z');
  await expect(articleText(page)).not.toContainText('Breaking');
  // Nothing left to undo: the loading of the article is no one's step.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  expect(await articleText(page).innerText()).toBe(opened);
  await expect(claimRows(page)).toHaveCount(5);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(articleText(page)).toContainText('Breaking Households in Port Calder');
});
