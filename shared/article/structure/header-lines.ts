import { wordCount } from '../../util/word-count';
import type { BlockRole } from './article-layout';
import { outletBeforeJob } from './byline-parts';
import { looksLikeOutletName } from './outlet-names';

/**
 * The lines under the headline that name the writer and the outlet without saying so: a line that is only a
 * person's name ("Marta Quispe") beside a byline or a stamp, an outlet's name on a line of its own ("BBN
 * Marren"), the section between a name and the stamp ("News"), a dateline's place ("KARVAPUR").
 */

/** A header line that is just a name ("Marta Quispe"): the byline of online copy. */
export function isBareName(block: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(block.trim());
}

/** How far below the headline a byline or an outlet's name may stand on a line of its own. */
const HEADER_LINES = 10;

/** "KARVAPUR", "NEW DELHI": a place in capitals, as a dateline gives it. */
const isPlaceInCapitals = (block: string) => /^\p{Lu}[\p{Lu}'’ .-]{2,30}$/u.test(block.trim()) && wordCount(block) <= 3;

/** "BBN Marren", "The Baltimore Beacon", "BBN Valleys education correspondent": an outlet's name on its own line. */
const isOutletLine = (block: string) => looksLikeOutletName(block) || outletBeforeJob(block) !== '';

/** "News" between a writer's name and the date: the section the writer files for. */
const isSectionWord = (block: string | undefined) => block !== undefined && /^\p{Lu}\p{Ll}+$/u.test(block.trim());

/**
 * "Kirsty Obi" above "BBN News, Westshire", "The Baltimore Beacon" under the headline: near the top, a line that
 * is only an outlet's name, or only a person's name beside a byline or a stamp (perhaps with the section between),
 * is the byline.
 */
export function markHeaderLines(blocks: readonly string[], roles: BlockRole[], headline: number): void {
  if (headline < 0) return;
  const isMeta = (index: number) => roles[index] === 'byline' || roles[index] === 'timestamp';
  const end = Math.min(blocks.length, headline + 1 + HEADER_LINES);
  const header = Array.from({ length: Math.max(0, end - headline - 1) }, (_, offset) => headline + 1 + offset);
  // An outlet's name is short and unpunctuated, so the layout may have taken it for a subhead; a subhead far from
  // the byline ("BBC Statement") is still a subhead.
  const firstText = roles.indexOf('text');
  const inHeader = (index: number) => index < firstText || isMeta(index - 1) || isMeta(index + 1);
  const isPlain = (index: number) => roles[index] === 'text' || roles[index] === 'subhead';
  for (const index of header)
    if (isPlain(index) && inHeader(index) && isOutletLine(blocks[index])) roles[index] = 'byline';
  for (const index of header) {
    if (roles[index] !== 'text' || !isBareName(blocks[index])) continue;
    const sectionBetween = roles[index + 1] === 'text' && isSectionWord(blocks[index + 1]) && isMeta(index + 2);
    if (isMeta(index - 1) || isMeta(index + 1) || sectionBetween) roles[index] = 'byline';
    if (sectionBetween) roles[index + 1] = 'boilerplate';
  }
  // "KARVAPUR" between the byline and the stamp: the dateline's place on a line of its own
  for (const index of header)
    if (roles[index] === 'text' && isPlaceInCapitals(blocks[index]) && (isMeta(index - 1) || isMeta(index + 1)))
      roles[index] = 'boilerplate';
}
