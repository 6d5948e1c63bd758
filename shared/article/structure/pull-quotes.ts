import { wordCount } from '../../util/word-count';
import type { BlockRole } from './article-layout';

/**
 * A pull quote: a paragraph that is only a quotation (perhaps with "— Name, role" after it) repeating words the
 * story quotes in full elsewhere. It is the page's display, not the story's text; a quotation said only once is
 * the story's.
 */

const QUOTED = /^["“‘']\s*(.+?)\s*["”’']\s*(?:[-–—]\s*\p{Lu}[^"“”]{0,120})?$/u;

const normalised = (text: string) =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

function quotedWords(block: string): string {
  const match = QUOTED.exec(block.trim());
  const words = match ? normalised(match[1]).replace(/[.,!?…]+$/, '') : '';
  return wordCount(words) >= 4 ? words : '';
}

export function markPullQuotes(blocks: readonly string[], roles: BlockRole[]): void {
  const texts = blocks.map(normalised);
  blocks.forEach((block, index) => {
    const words = roles[index] === 'text' ? quotedWords(block) : '';
    const repeated =
      words !== '' && texts.some((text, other) => other !== index && text !== texts[index] && text.includes(words));
    if (repeated) roles[index] = 'boilerplate';
  });
}
