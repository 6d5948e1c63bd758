import type { Page } from 'playwright-core';
import { timedKey } from './probe';

/**
 * Keystroke-to-paint while typing in the middle of the article: the caret is
 * put in paragraph `paragraph` (in plain text, or inside a highlight), and
 * `count` characters are typed with a short pause between them, as a fast
 * typist would.
 */

const TEXT = 'the council report says ';
const PAUSE_MS = 40;

export type CaretPlace = 'text' | 'claim';

async function placeCaret(page: Page, paragraph: number, place: CaretPlace): Promise<void> {
  await page.evaluate(
    ({ paragraph, place }) => {
      const root = document.querySelector<HTMLElement>('[aria-label="Article text"]')!;
      const block = root.children[paragraph] as HTMLElement;
      const span = block.querySelector(
        place === 'claim' ? 'mark span[data-lexical-text]' : ':scope > span[data-lexical-text]',
      );
      if (!span?.firstChild) throw new Error(`bench: paragraph ${paragraph} has no ${place} to type into`);
      block.scrollIntoView({ block: 'center' });
      root.focus();
      const text = span.firstChild.textContent ?? '';
      const at = text.indexOf(' ', Math.floor(text.length / 2));
      window.getSelection()!.collapse(span.firstChild, at < 0 ? text.length : at + 1);
    },
    { paragraph, place },
  );
  // Lexical learns of the caret from the asynchronous selectionchange event.
  await page.waitForTimeout(200);
}

export async function typingLatencies(
  page: Page,
  paragraph: number,
  place: CaretPlace,
  count = 200,
): Promise<number[]> {
  await placeCaret(page, paragraph, place);
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const char = TEXT[i % TEXT.length];
    latencies.push(await timedKey(page, char === ' ' ? 'Space' : char));
    await page.waitForTimeout(PAUSE_MS);
  }
  return latencies;
}
