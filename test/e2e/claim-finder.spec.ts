import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { articleText, claimRows, claimsPanel } from './editor-helpers';

const suggestions = (page: Page) => claimsPanel(page).getByRole('region', { name: 'Suggested claims' });
const items = (page: Page) => suggestions(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');

async function newArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  await page.keyboard.type(text);
}

const ARTICLE =
  'The ferry board met on Monday. Board chair Lena Duarte said 3,000 passengers a night would use the new service. ' +
  'Critics said the plan would cost £4 million more than the board promised in 2024.';

test('find claims, accept one with Enter (speaker pre-filled), dismiss one with Delete; the text never changes', async ({
  launch,
  tempDir,
}) => {
  const file = path.join(tempDir, 'finder.factdesk');
  const app = await launch({ dialogs: { savePath: () => file } });
  const { page } = app;
  await newArticle(page, ARTICLE);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page).first()).toBeVisible();
  const count = await items(page).count();
  await expect(articleText(page).locator('mark')).toHaveCount(0);
  await expect(articleText(page)).toHaveText(ARTICLE);

  const duarte = items(page).filter({ hasText: '3,000 passengers a night' });
  await expect(duarte).toContainText('Speaker: Lena Duarte');
  await expect(duarte).toContainText('number or quantity');
  await duarte.getByRole('button', { name: /^Suggested claim/ }).focus();
  await page.keyboard.press('Enter');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(items(page)).toHaveCount(count - 1);
  await claimRows(page).first().click();
  await expect(claimsPanel(page).getByRole('textbox', { name: 'Speaker' })).toHaveValue('Lena Duarte');

  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page)).toHaveCount(count - 1);
  await items(page)
    .filter({ hasText: '£4 million more' })
    .getByRole('button', { name: /^Suggested claim/ })
    .focus();
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(count - 2);
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('finder — Factdesk');
  expect(JSON.parse(readFileSync(file, 'utf8')).dismissedSuggestions).toHaveLength(1);
  await app.close();

  const again = (await launch({ projectPath: file })).page;
  await again.getByRole('button', { name: 'Find claims' }).click();
  await expect(suggestions(again)).toBeVisible();
  await expect(suggestions(again).getByRole('button', { name: /£4 million more/ })).toHaveCount(0);
  await expect(suggestions(again).getByRole('button', { name: /3,000 passengers/ })).toHaveCount(0);
});

test('accept all above a score, then undo them in one step', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /Open demo project/ }).click();
  await expect(claimRows(page)).toHaveCount(5);
  await page.keyboard.press('Control+Shift+F');
  await expect(items(page).first()).toBeVisible();
  await suggestions(page).getByRole('combobox', { name: 'Minimum score' }).selectOption('0.6');
  const acceptAll = suggestions(page).getByRole('button', { name: /Accept all \((\d+)\)/ });
  const accepted = Number((await acceptAll.textContent())!.match(/\((\d+)\)/)![1]);
  expect(accepted).toBeGreaterThan(0);
  await acceptAll.click();
  await expect(claimRows(page)).toHaveCount(5 + accepted);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(claimRows(page)).toHaveCount(5);
});

test('editing the text clears stale suggestions', async ({ launch }) => {
  const { page } = await launch();
  await newArticle(page, ARTICLE);
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page).first()).toBeVisible();
  await articleText(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await expect(suggestions(page)).toHaveCount(0);
});

test('a story pasted without its headline: the dateline lead is suggested, with its speaker', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: /New project/ }).click();
  await articleText(page).click();
  const paragraphs = [
    'PORT HALLEN, March 4 (Nordwire) - The Hallen Port Authority said on Tuesday it would close two of its four container berths for eight weeks from April.',
    'Harbour master Ingrid Solberg told reporters the closure was needed to repair quay walls damaged in January storms.',
    'Shipping group Veltra Lines warned that the closure would add up to three days to some deliveries.',
    'Photo: Harbour cranes at Port Hallen on Monday. (Nordwire/Lars Berg)',
  ];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await page.getByRole('button', { name: 'Find claims' }).click();
  await expect(items(page).filter({ hasText: 'close two of its four container berths' })).toContainText(
    'Speaker: Hallen Port Authority',
  );
  await expect(items(page).filter({ hasText: 'repair quay walls' })).toContainText('Speaker: Ingrid Solberg');
  await expect(items(page).filter({ hasText: 'Harbour cranes' })).toHaveCount(0);
});
