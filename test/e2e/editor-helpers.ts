import type { Page } from 'playwright-core';

export const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
export const claimsPanel = (page: Page) => page.getByRole('region', { name: 'Claims' });
export const claimRows = (page: Page) =>
  claimsPanel(page)
    .getByRole('list', { name: 'Claims list' })
    .getByRole('button', { name: /^Claim \d+:/ });

/** The viewport point at a character offset of the first text node in the article containing `text`. */
async function pointAt(page: Page, text: string, offsetInText: number, edge: 'start' | 'end') {
  return page.evaluate(
    ({ text, offsetInText, edge }) => {
      const root = document.querySelector('[aria-label="Article text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(text);
        if (index < 0) continue;
        const range = document.createRange();
        const at = index + offsetInText;
        range.setStart(node, edge === 'start' ? at : at - 1);
        range.setEnd(node, edge === 'start' ? at + 1 : at);
        const rect = range.getBoundingClientRect();
        return { x: edge === 'start' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found in the article: ${text}`);
    },
    { text, offsetInText, edge },
  );
}

/** Select `phrase` with a real mouse drag (it must sit inside one text run). */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  const start = await pointAt(page, phrase, 0, 'start');
  const end = await pointAt(page, phrase, phrase.length, 'end');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/** Place the caret before `phrase` by clicking, then extend the selection with Shift+→. */
export async function keyboardSelect(page: Page, phrase: string): Promise<void> {
  const start = await pointAt(page, phrase, 0, 'start');
  await page.mouse.click(start.x - 0.5, start.y);
  for (let i = 0; i < phrase.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
}

export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/**
 * Open the claim card of row `index`. The list renders only rows in view, and
 * an open card is tall, so any open card is closed first.
 */
export async function openClaimRow(page: Page, index: number): Promise<void> {
  const open = claimRows(page).and(page.locator('[aria-expanded="true"]'));
  if ((await open.count()) > 0) await open.first().click();
  await claimRows(page).nth(index).click();
}

/** Click into the paragraph containing `paragraphText`, go to its end and type. */
export async function typeAtEndOfParagraph(page: Page, paragraphText: string, typed: string): Promise<void> {
  await articleText(page).getByText(paragraphText).click();
  await page.keyboard.press('End');
  await page.keyboard.type(typed);
}

/** A paste into the article, as the clipboard would deliver it: one entry per type ('text/html', 'text/plain', …). */
export async function pasteIntoArticle(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    document
      .querySelector('[aria-label="Article text"]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}
