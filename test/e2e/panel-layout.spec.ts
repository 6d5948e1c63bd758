import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText } from './editor-helpers';
import { writeLongArticle } from './long-article';

/** How many of the list's items are wholly inside its visible box. */
const wholeItemsInView = (page: Page, listName: string) =>
  page.getByRole('list', { name: listName }).evaluate((list) => {
    // What shows of the list: its box cut by every ancestor that clips.
    let top = list.getBoundingClientRect().top;
    let bottom = list.getBoundingClientRect().bottom;
    for (let el: Element | null = list; el; el = el.parentElement) {
      if (el !== list && getComputedStyle(el).overflowY === 'visible') continue;
      top = Math.max(top, el.getBoundingClientRect().top);
      bottom = Math.min(bottom, el.getBoundingClientRect().bottom);
    }
    return [...list.children].filter((item) => {
      const box = item.getBoundingClientRect();
      return box.top >= top - 1 && box.bottom <= bottom + 1;
    }).length;
  });

test('suggested claims take the panel’s height, not a small box above an empty one', async ({ launch, tempDir }) => {
  const article = writeLongArticle(tempDir, 30);
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(articleText(page)).toContainText('Paragraph 30:');
  await page.getByRole('button', { name: 'Find claims' }).click();
  const list = page.getByRole('list', { name: 'Suggestions' });
  await expect(list.getByRole('listitem').nth(10)).toBeAttached();
  const panel = (await page.locator('aside.side-panel').boundingBox())!;
  const section = (await page.getByRole('region', { name: 'Suggested claims' }).boundingBox())!;
  // Only the "No claims yet" hint is left below it.
  expect(section.y + section.height).toBeGreaterThan(panel.y + panel.height - 100);
  expect(await wholeItemsInView(page, 'Suggestions')).toBeGreaterThanOrEqual(2);
});

test('with claims in the list too, the suggestions fill the panel and the claims keep a row in view', async ({
  launch,
}) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press('Control+Shift+F');
  const list = page.getByRole('list', { name: 'Suggestions' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const count = await list.getByRole('listitem').count();
  expect(await wholeItemsInView(page, 'Suggestions')).toBe(count);
  expect(await wholeItemsInView(page, 'Claims list')).toBeGreaterThanOrEqual(1);
});
