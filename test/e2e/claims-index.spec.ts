import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateWorkload, TYPICAL } from '../../bench/workload';
import { serializeProject } from '../../shared/project/project-file';
import { articleText, claimsPanel, pasteIntoArticle } from './editor-helpers';
import { expect, test } from './fixtures';

/**
 * The Claims panel and the highlights' tooltips are kept up to date
 * incrementally (only the marks an edit touched). After every kind of edit
 * they must show what reading the whole article afresh shows: every claim
 * once, by its permanent number, each row quoting its highlights' text.
 */

interface ArticleReading {
  /** Claim numbers in the order their first highlight appears in the article. */
  firstAppearance: number[];
  /** Each claim's highlighted text: pieces in one block joined directly, blocks by a line break. */
  quotes: Record<number, string>;
  untitled: number;
}

/** What the article's highlights say, read from scratch. */
function readArticle(page: Page): Promise<ArticleReading> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
    const reading = { firstAppearance: [] as number[], quotes: {} as Record<number, string>, untitled: 0 };
    const lastBlock = new Map<number, Element>();
    for (const mark of root.querySelectorAll<HTMLElement>('mark')) {
      const block = [...root.children].find((child) => child.contains(mark))!;
      const numbers = mark.title ? mark.title.split('\n').map((line) => Number(/^Claim (\d+)/.exec(line)?.[1])) : [];
      if (numbers.length === 0) reading.untitled += 1;
      for (const n of numbers) {
        if (!lastBlock.has(n)) reading.firstAppearance.push(n);
        const joiner = !lastBlock.has(n) ? '' : lastBlock.get(n) === block ? '' : '\n';
        reading.quotes[n] = (reading.quotes[n] ?? '') + joiner + mark.textContent;
        lastBlock.set(n, block);
      }
    }
    return reading;
  });
}

/** The rows the Claims panel renders: number and quote. */
function listedQuotes(page: Page): Promise<Array<{ number: number; quote: string }>> {
  return claimsPanel(page)
    .locator('.claim-row')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        number: Number(row.querySelector('.claim-number')!.textContent),
        quote: row.querySelector('.claim-quote')!.textContent!,
      })),
    );
}

/** `numbers`: the claims' permanent numbers, ascending. */
async function expectPanelMatchesArticle(page: Page, numbers: number[]): Promise<void> {
  await expect(claimsPanel(page).getByLabel(`${numbers.length} claims`)).toBeVisible();
  await expect
    .poll(async () => {
      const reading = await readArticle(page);
      const listed = await listedQuotes(page);
      return {
        numbering: [...reading.firstAppearance].sort((a, b) => a - b),
        untitled: reading.untitled,
        quotes: listed.map((row) => row.quote === reading.quotes[row.number]),
      };
    })
    .toEqual({ numbering: numbers, untitled: 0, quotes: expect.not.arrayContaining([false]) });
}

/** Select [from, to) of the text of block `index` (its first text run). */
async function selectInBlock(page: Page, index: number, from: number, to: number): Promise<void> {
  await page.evaluate(
    ({ index, from, to }) => {
      const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
      const text = root.children[index].querySelector('span[data-lexical-text]')!.firstChild!;
      root.children[index].scrollIntoView({ block: 'center' });
      root.focus();
      window.getSelection()!.setBaseAndExtent(text, from, text, to);
    },
    { index, from, to },
  );
}

/** Put the caret `offset` characters into the first highlight's text. */
async function caretInFirstHighlight(page: Page, offset: number): Promise<void> {
  await page.evaluate((offset) => {
    const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
    const text = root.querySelector('mark span[data-lexical-text]')!.firstChild!;
    root.focus();
    window.getSelection()!.collapse(text, offset);
  }, offset);
}

test('after marking, deleting, undo, redo, typing, splitting and pasting inside highlights, the list and tooltips match the article', async ({
  launch,
  tempDir,
}) => {
  const workload = generateWorkload(TYPICAL, 11);
  const file = path.join(tempDir, 'typical.factdesk');
  writeFileSync(file, serializeProject(workload.project));
  const { page } = await launch({ projectPath: file });
  const total = workload.project.claims.length;
  const before = Array.from({ length: total }, (_, i) => i + 1);
  // A new claim gets the next number, wherever it is; no other claim is renumbered.
  const withNew = [...before, total + 1];
  await expectPanelMatchesArticle(page, before);

  await selectInBlock(page, workload.unmarkedParagraphs[Math.floor(workload.unmarkedParagraphs.length / 2)], 0, 30);
  await page.keyboard.press('Control+Shift+M');
  await expectPanelMatchesArticle(page, withNew);

  await claimsPanel(page).getByRole('button', { name: 'Delete claim' }).click();
  await expectPanelMatchesArticle(page, before);

  await articleText(page).focus();
  await page.keyboard.press('Control+z');
  await expectPanelMatchesArticle(page, withNew);
  await page.keyboard.press('Control+Shift+z');
  await expectPanelMatchesArticle(page, before);
  await page.keyboard.press('Control+z');
  await expectPanelMatchesArticle(page, withNew);

  // Enter inside a highlight splits it over two blocks; Backspace joins them again.
  await caretInFirstHighlight(page, 4);
  await page.keyboard.press('Enter');
  await expectPanelMatchesArticle(page, withNew);
  await page.keyboard.press('Backspace');
  await expectPanelMatchesArticle(page, withNew);

  // Bold on part of a highlight splits its text; typing there changes the quote.
  await caretInFirstHighlight(page, 2);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('xy');
  await expectPanelMatchesArticle(page, withNew);

  // A paste of two paragraphs inside a highlight.
  await caretInFirstHighlight(page, 1);
  await pasteIntoArticle(page, { 'text/plain': 'pasted words\n\nand a new paragraph ' });
  await expect(articleText(page)).toContainText('and a new paragraph');
  await expectPanelMatchesArticle(page, withNew);
  await page.keyboard.press('Control+z');
  await expectPanelMatchesArticle(page, withNew);
});
