import { datelineLength, isBreadcrumb, metaKindOf, type MetaKind } from './block-kinds';
import { wordCount } from '../../util/word-count';
import { endsLikeSentence, isBullet } from './line-shapes';
import { markLabelsAboveHeadline } from './labels-above-headline';
import { markPullQuotes, markRepeatedCaptions } from './repeats';

/**
 * The role of each block of a news article, from its wording and its place:
 * the headline first; a standfirst between the headline and the first byline
 * or timestamp; subheads (short lines without a full stop between
 * paragraphs); bylines, timestamps, captions, links and boilerplate wherever
 * they are; everything else is text.
 */

export type BlockRole = 'headline' | 'standfirst' | 'subhead' | 'text' | MetaKind;

/** The header (headline, standfirst, byline...) is looked for in this many opening blocks. */
const HEADER_REACH = 6;
const MAX_STANDFIRST_WORDS = 60;
/** A headline with a full stop is rare and short; a sentence this long with one is a story's paragraph. */
const MAX_HEADLINE_SENTENCE_WORDS = 12;

function isHeadingLike(text: string, maxWords: number): boolean {
  const count = wordCount(text);
  return count > 0 && count <= maxWords && !endsLikeSentence(text);
}

/** Lines listed under "READ MORE:" or "Related Topics" are links too, up to the next paragraph. */
function markListedLinks(blocks: readonly string[], roles: BlockRole[]): void {
  for (let index = 0; index < blocks.length - 1; index += 1) {
    // "Image caption," on a line of its own: the caption is the next line.
    if (roles[index] === 'caption' && /caption\s*[,:]\s*$/i.test(blocks[index]) && roles[index + 1] === 'text')
      roles[index + 1] = 'caption';
  }
  for (let index = 0; index < blocks.length; index += 1) {
    const opensList =
      ((roles[index] === 'link' || roles[index] === 'boilerplate') &&
        /(?::|^related (?:topics|articles|coverage|stories)|^read more)\s*$/i.test(blocks[index].trim())) ||
      // "More on this story", "READ MORE ON WORLD NEWS": a list's heading, not a link to one story
      (roles[index] === 'link' && !blocks[index].includes(':') && wordCount(blocks[index]) <= 6) ||
      (roles[index] === 'boilerplate' && /^(?:tags|topics|filed under|categories)$/i.test(blocks[index].trim()));
    if (!opensList) continue;
    for (
      let next = index + 1;
      next < blocks.length && roles[next] === 'text' && isHeadingLike(blocks[next], 16);
      next += 1
    )
      roles[next] = roles[index];
  }
}

/**
 * "PORT HALLEN, March 4 (Nordwire) - The port authority said …": a dateline, or a long sentence ending in its full
 * stop, opens the story's text (pasted without its headline), never a headline.
 */
const isLeadParagraph = (text: string) =>
  datelineLength(text) > 0 || (wordCount(text) > MAX_HEADLINE_SENTENCE_WORDS && /[^.]\.["”’')]*$/.test(text.trim()));

/** "EXCLUSIVE", "CONGRESS" above the headline: a kicker, not the headline (a tabloid's headline in capitals has more words). */
const isKicker = (text: string) => /^\p{Lu}[\p{Lu}-]{2,20}$/u.test(text.trim());

function markHeader(blocks: readonly string[], roles: BlockRole[]): void {
  const opening = roles.findIndex((role, index) => role === 'text' && blocks[index].trim() !== '');
  if (opening >= 0 && isKicker(blocks[opening])) roles[opening] = 'boilerplate';
  const labelled = roles.findIndex((role, index) => role === 'text' && blocks[index].trim() !== '');
  if (labelled >= 0) markLabelsAboveHeadline(blocks, roles, labelled);
  const first = roles.findIndex((role, index) => role === 'text' && blocks[index].trim() !== '');
  // One block on its own is a passage, not an article with a headline.
  if (first < 0 || first >= HEADER_REACH || blocks.filter((block) => block.trim() !== '').length < 2) return;
  if (isLeadParagraph(blocks[first])) return;
  // A read-more link or boilerplate ends the copy, not a header: in a short article it would make every
  // paragraph above it a standfirst.
  const endsHeader = (role: BlockRole) => role !== 'text' && role !== 'link' && role !== 'boilerplate';
  const firstMeta = roles.findIndex((role, index) => index > first && index < first + HEADER_REACH && endsHeader(role));
  if (firstMeta > 0) {
    roles[first] = 'headline';
    markSummaryBullets(blocks, roles, first);
    // One standfirst at most: the paragraphs under it, above a caption that comes early, are the story.
    const standfirst = roles.findIndex((role, index) => index > first && index < firstMeta && role === 'text');
    // (A dateline opens the story's text, never a standfirst.)
    if (standfirst > 0 && wordCount(blocks[standfirst]) <= MAX_STANDFIRST_WORDS && !datelineLength(blocks[standfirst]))
      roles[standfirst] = 'standfirst';
  } else if (isHeadingLike(blocks[first], 25)) {
    roles[first] = 'headline';
    markSummaryBullets(blocks, roles, first);
  }
}

/** A wire story's summary points right under its headline ("* Most economists had forecast a hold") repeat the story. */
function markSummaryBullets(blocks: readonly string[], roles: BlockRole[], headline: number): void {
  for (let index = headline + 1; index < blocks.length && isBullet(blocks[index]); index += 1)
    roles[index] = 'boilerplate';
}

/** "Q: Why are fares rising?" in an explainer, and an item of a list, are the story's text, not its subheads. */
const isQuestionOrItem = (text: string) => /^(?:q|question)\s*[:.]/i.test(text.trim()) || isBullet(text);

function markSubheads(blocks: readonly string[], roles: BlockRole[]): void {
  for (let index = 1; index < blocks.length - 1; index += 1) {
    if (roles[index] !== 'text' || !isHeadingLike(blocks[index], 10) || isQuestionOrItem(blocks[index])) continue;
    const next = roles.slice(index + 1).findIndex((role) => role !== 'caption');
    if (next >= 0 && roles[index + 1 + next] === 'text' && !isHeadingLike(blocks[index + 1 + next], 10))
      roles[index] = 'subhead';
  }
}

export function blockRoles(blocks: readonly string[]): BlockRole[] {
  const roles: BlockRole[] = blocks.map((block) => metaKindOf(block) ?? 'text');
  // "'HE WAS LIKE A RAG DOLL': Gran, 68, mauled …" opening the copy is a tabloid's headline, not a caption.
  const opening = blocks.findIndex((block) => block.trim() !== '');
  if (opening >= 0 && roles[opening] === 'caption') roles[opening] = 'text';
  markListedLinks(blocks, roles);
  markHeader(blocks, roles);
  // After the header: a headline in quotation marks that the story repeats is still the headline.
  markPullQuotes(blocks, roles);
  markRepeatedCaptions(blocks, roles);
  markSubheads(blocks, roles);
  markBreadcrumbs(blocks, roles);
  return roles;
}

/** A navigation path left among the story's paragraphs ("Home > Rally > News" under the byline) is no part of it. */
function markBreadcrumbs(blocks: readonly string[], roles: BlockRole[]): void {
  blocks.forEach((block, index) => {
    if ((roles[index] === 'text' || roles[index] === 'subhead') && isBreadcrumb(block.trim())) roles[index] = 'link';
  });
}
