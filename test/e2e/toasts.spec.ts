import type { Locator, Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimsPanel, openClaimRow } from './editor-helpers';

const toasts = (page: Page) => page.locator('.notices').getByRole('status');

const overlaps = async (a: Locator, b: Locator) => {
  const [x, y] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
};

test('toasts: two at most, never over the card’s controls, Escape dismisses the newest', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await expect(toasts(page)).toHaveCount(1);

  // Delete three claims in a row: each says so with an Undo.
  // Claims keep their numbers: with claim 1 deleted, the first row is claim 2.
  for (let i = 0; i < 3; i += 1) {
    await openClaimRow(page, 0);
    const card = claimsPanel(page).getByRole('region', { name: `Claim ${i + 1}` });
    const remove = card.getByRole('button', { name: 'Delete claim' });
    await remove.click();
    await expect(toasts(page).last()).toContainText(`Claim ${i + 1} deleted.`);
    await expect(toasts(page)).toHaveCount(Math.min(2, i + 2));
    for (const toast of await toasts(page).all())
      expect(await overlaps(toast, page.locator('aside.side-panel'))).toBe(false);
  }
  expect(await toasts(page).count()).toBeLessThanOrEqual(2);

  await articleText(page).click();
  await page.keyboard.press('Escape');
  await expect(toasts(page)).toHaveCount(1);
  await expect(articleText(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toasts(page)).toHaveCount(0);
});

test('Escape that closes the Find bar leaves the toasts alone', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(toasts(page)).toHaveCount(1);
  await articleText(page).click();
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Find in article' })).toBeHidden();
  await expect(toasts(page)).toHaveCount(1);
});
