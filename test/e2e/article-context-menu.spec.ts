import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, typeAtEndOfParagraph } from './editor-helpers';
import { writeLongArticle } from './long-article';

const scroller = (page: Page) => page.locator('.editor-scroll');
const scrollTop = (page: Page) => scroller(page).evaluate((el) => el.scrollTop);

async function openLongArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(articleText(page)).toContainText('Paragraph 40:');
}

/** The centre of the first word of `text` in the article, in viewport pixels. */
const wordPoint = (page: Page, text: string) =>
  articleText(page)
    .getByText(text)
    .evaluate((el, needle) => {
      const node = [...el.childNodes].find((child) => child.textContent?.includes(needle)) ?? el.firstChild!;
      const range = document.createRange();
      const at = node.textContent!.indexOf(needle);
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, text);

test('right-click deep in a long article keeps it where it is, and the menu opens at the pointer', async ({
  launch,
  tempDir,
}) => {
  const article = writeLongArticle(tempDir);
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await openLongArticle(page);
  await scroller(page).evaluate((el) => el.scrollTo(0, 1593));
  await expect.poll(() => scrollTop(page)).toBe(1593);
  const box = (await scroller(page).boundingBox())!;
  const visible = await articleText(page)
    .locator('p')
    .evaluateAll(
      (paragraphs, [top, bottom]) =>
        paragraphs
          .map((p) => ({ text: p.textContent!.slice(0, 13), y: p.getBoundingClientRect().top }))
          .find((p) => p.y > top + 100 && p.y < bottom - 200)!.text,
      [box.y, box.y + box.height],
    );
  const point = await wordPoint(page, visible);

  // Without a selection.
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Article' });
  await expect(menu).toBeVisible();
  expect(await scrollTop(page)).toBe(1593);
  const placed = (await menu.boundingBox())!;
  expect(Math.abs(placed.x - point.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(placed.y - point.y)).toBeLessThanOrEqual(2);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(articleText(page)).toBeFocused();

  // With the word selected.
  await page.mouse.dblclick(point.x, point.y);
  await page.mouse.click(point.x, point.y, { button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Mark claim' })).toBeEnabled();
  expect(await scrollTop(page)).toBe(1593);
  const again = (await menu.boundingBox())!;
  expect(Math.abs(again.y - point.y)).toBeLessThanOrEqual(2);
  await menu.getByRole('menuitem', { name: 'Mark claim' }).click();
  await expect(page.getByRole('region', { name: 'Claim 1' })).toBeVisible();
  expect(await scrollTop(page)).toBe(1593);
});

test('at the bottom right of the window the menu opens up and to the left, inside it', async ({ launch, tempDir }) => {
  const article = writeLongArticle(tempDir);
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await openLongArticle(page);
  const box = (await scroller(page).boundingBox())!;
  const text = (await articleText(page).boundingBox())!;
  await page.mouse.click(text.x + text.width - 5, box.y + box.height - 10, { button: 'right' });
  const menu = (await page.getByRole('menu', { name: 'Article' }).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(menu.y + menu.height).toBeLessThanOrEqual(viewport.height);
  expect(menu.x + menu.width).toBeLessThanOrEqual(viewport.width);
  expect(menu.y + menu.height).toBeLessThanOrEqual(box.y + box.height - 9);
});

test('zoomed in, the menu still opens at the pointer', async ({ launch, tempDir }) => {
  const article = writeLongArticle(tempDir);
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await openLongArticle(page);
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  const point = await wordPoint(page, 'Paragraph 3:');
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const placed = (await page.getByRole('menu', { name: 'Article' }).boundingBox())!;
  expect(Math.abs(placed.x - point.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(placed.y - point.y)).toBeLessThanOrEqual(2);
});

test('a misspelled word: the spellchecker’s suggestions head the menu, one replaces the word (undoable), Add to dictionary reaches main', async ({
  launch,
}) => {
  // As Electron reports a right-click on “reservior”.
  const app = await launch({
    spellingAtContextMenu: () => ({ word: 'reservior', suggestions: ['reservoir', 'reservoirs'] }),
  });
  const { page } = app;
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await typeAtEndOfParagraph(page, 'Households in Port Calder', ' The reservior is old.');
  const point = await wordPoint(page, 'reservior');
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Article' });
  const items = menu.getByRole('menuitem');
  await expect(items.nth(0)).toHaveText('reservoir');
  await expect(items.nth(1)).toHaveText('reservoirs');
  await expect(items.nth(2)).toHaveText('Add “reservior” to dictionary');
  await expect(items.nth(3)).toHaveText('Mark claim');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(articleText(page)).toContainText('The reservoir is old.');
  await page.keyboard.press('Control+z');
  await expect(articleText(page)).toContainText('The reservior is old.');

  await page.mouse.click(point.x, point.y, { button: 'right' });
  await menu.getByRole('menuitem', { name: 'Add “reservior” to dictionary' }).click();
  expect(app.spellingCalls).toContain('add:reservior');
});

test('a word spelled right: the menu has no spelling items', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  const point = await wordPoint(page, 'Households');
  await page.mouse.click(point.x, point.y, { button: 'right' });
  await expect(page.getByRole('menu', { name: 'Article' }).getByRole('menuitem').first()).toHaveText('Mark claim');
});

test('the spellchecker checks in the article’s language, and the text says which', async ({ launch, tempDir }) => {
  const french = path.join(tempDir, 'barrage.txt');
  writeFileSync(
    french,
    'Le prix de l’eau augmente\n\nLe conseil municipal a voté mardi la hausse du prix de l’eau, et le maire a dit que les travaux sur le barrage sont plus chers que prévu dans le budget de la ville.\n',
  );
  const app = await launch({ dialogs: { importArticle: () => french } });
  await app.page.getByRole('button', { name: /Import article/ }).click();
  await expect(articleText(app.page)).toHaveAttribute('lang', 'fr');
  expect(app.spellingCalls).toContain('language:fr');
  await app.page.keyboard.press('Control+w');
  await app.page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(app.page)).toHaveAttribute('lang', 'en');
  expect(app.spellingCalls.at(-1)).toBe('language:en');
});
