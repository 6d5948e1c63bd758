import { wordCount } from '../../util/word-count';
import type { BlockRole } from './article-layout';

/**
 * Display that repeats the story or its pictures: a pull quote, a paragraph that is only a quotation (perhaps with
 * "— Name, role" after it) repeating words the story quotes in full elsewhere (a quotation said only once is the
 * story's); and a caption repeated without its credit. They are the page's display, not the story's text.
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
    // The story's own paragraphs repeat it; a headline or a standfirst quoting the same words does not make it one.
    const inStory = (other: number) => other !== index && roles[other] === 'text' && texts[other] !== texts[index];
    const repeated = words !== '' && texts.some((text, other) => inStory(other) && text.includes(words));
    if (repeated) roles[index] = 'boilerplate';
  });
}

/** Says, told, heard: a paragraph reporting what someone said is the story telling it, even where a caption copies it. */
const REPORTS_SPEECH = /\b(?:says|said|tells|told|heard|according to|added|claims|claimed)\b/i;

/**
 * "Water covers Elm Street after the main burst on Tuesday." where a caption reads that and then its credit: the
 * caption again. Not a paragraph that reports speech ("Ana Ruiz says …"), which a caption may have copied.
 */
export function markRepeatedCaptions(blocks: readonly string[], roles: BlockRole[]): void {
  const captions = blocks.filter((_, index) => roles[index] === 'caption').map(normalised);
  blocks.forEach((block, index) => {
    const text = normalised(block.trim());
    if (roles[index] !== 'text' || text.length < 20 || REPORTS_SPEECH.test(text)) return;
    if (captions.some((caption) => caption.startsWith(text))) roles[index] = 'caption';
  });
}
