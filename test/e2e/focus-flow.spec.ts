import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, mod, test } from './fixtures';
import { DEMO_PROJECT } from './harness';
import { articleText, claimsPanel, selectedText } from './editor-helpers';
import { writeLongArticle } from './long-article';

const ready = (page: Page) => expect(page.getByRole('heading', { name: 'Factdesk' })).toBeVisible();

test('after importing an article the caret is in it: typing goes into the text', async ({ launch, tempDir }) => {
  const article = writeLongArticle(tempDir, 3);
  const { page } = await launch({ dialogs: { importArticle: () => article } });
  await ready(page);
  await page.getByRole('button', { name: /Import article/ }).click();
  await expect(articleText(page)).toContainText('Paragraph 3:');
  await expect(articleText(page)).toBeFocused();
  await page.keyboard.type('Lede: ');
  await expect(articleText(page)).toContainText('Lede: ');
});

test('after opening a project the article has focus, and Escape in it keeps focus there', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'water.factdesk');
  copyFileSync(DEMO_PROJECT, file);
  const { page } = await launch({ dialogs: { openProject: () => file } });
  await ready(page);
  await page.keyboard.press(`${mod}+o`);
  await expect(page).toHaveTitle(/water/);
  await expect(articleText(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(articleText(page)).toBeFocused();
});

test('Find claims puts focus on the first suggestion: Enter accepts it', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await page.keyboard.press(`${mod}+Shift+F`);
  const first = page
    .getByRole('region', { name: 'Suggested claims' })
    .getByRole('button', { name: /^Suggested claim:/ })
    .first();
  await expect(first).toBeFocused();
  const before = await page
    .getByRole('list', { name: 'Claims list' })
    .getByRole('button', { name: /^Claim \d+:/ })
    .count();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('list', { name: 'Claims list' }).getByRole('button', { name: /^Claim \d+:/ }),
  ).toHaveCount(before + 1);
});

test('Find, Enter, Escape leaves the match selected, so Mark claim marks it from the keyboard', async ({ launch }) => {
  const { page } = await launch();
  await ready(page);
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await articleText(page).click();
  await page.keyboard.press(`${mod}+f`);
  // Typed at once, with no pause for the bar to appear: every character reaches the query, none the article.
  await page.keyboard.type('supplies roughly');
  const bar = page.getByRole('search', { name: 'Find in article' });
  await expect(bar.getByRole('searchbox', { name: 'Find' })).toHaveValue('supplies roughly');
  await expect(bar.getByRole('status')).toHaveText('1 of 1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(articleText(page)).toBeFocused();
  expect(await selectedText(page)).toBe('supplies roughly');
  await page.keyboard.press(`${mod}+Shift+M`);
  await expect(claimsPanel(page).getByRole('region', { name: /^Claim \d+$/ })).toBeVisible();
  await expect(articleText(page).locator('mark', { hasText: 'supplies roughly' })).toHaveCount(1);
  await expect(page.getByText('select the words first', { exact: false })).toHaveCount(0);
});

test('typing straight after Ctrl/Cmd+F never lands in the article: the Find box has focus as soon as the shortcut is handled', async ({
  launch,
}) => {
  const { page } = await launch();
  await ready(page);
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(articleText(page)).toContainText('Households');
  await articleText(page).click();
  // In one task: the shortcut's key down, then where the very next key press would go.
  const focusedAfterShortcut = await page.evaluate(() => {
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    return document.activeElement?.getAttribute('aria-label');
  });
  expect(focusedAfterShortcut).toBe('Find');
  const before = await articleText(page).innerText();
  await page.keyboard.type('wa');
  await expect(page.getByRole('searchbox', { name: 'Find' })).toHaveValue('wa');
  expect(await articleText(page).innerText()).toBe(before);
});
