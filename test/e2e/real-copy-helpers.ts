import type { Page } from 'playwright-core';
import { articleText, claimsPanel } from './editor-helpers';

/** Steps the real-copy spec and the docs screenshots share: typing an article, pasting a source, clearing toasts. */

export const suggestions = (page: Page) => claimsPanel(page).getByRole('region', { name: 'Suggested claims' });
export const suggestionItems = (page: Page) =>
  suggestions(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');

export async function typeParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  await articleText(page).click();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
}

export async function addPastedSource(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('tab', { name: 'Claims' }).click();
}

export async function dismissNotices(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Dismiss message' });
  while ((await close.count()) > 0) await close.first().click();
}

/** The border-drones claim a fact-checker marks in the real-copy flows. */
export const BORDER_CLAIM =
  'Veltria has warned Kosmar that it would strike back if 3 more drones crossed its border in 2021.';

export const WIRE_STORY = 'test/fixtures/real-copy/dev/wire-border-drones.txt';
