import { wordCount } from '../../util/word-count';
import type { BlockRole } from './article-layout';
import { endsLikeSentence } from './line-shapes';
import { looksLikeOutletName } from './outlet-names';

/**
 * What a web page or a tabloid puts above the headline: a breadcrumb ("News > UK > Wales"), a section path
 * ("WORLD | HEALTH"), a section label ("Education"), a kicker in capitals ("PITCH BATTLE"), the outlet's
 * masthead ("Castings & Forge Weekly"). They are the page's furniture; the headline is the first line under them.
 */

/** "Home > World > Africa", "NEWS | FOUNDRY | EMPLOYMENT", "Home / News": short segments between separators. */
const isPath = (text: string) =>
  /^[^|>›»/]{1,30}(?:\s+[|>›»/]\s+[^|>›»/]{1,30})+$/u.test(text.trim()) &&
  text.split(/\s+[|>›»/]\s+/u).every((segment) => wordCount(segment) <= 3);

/** "CITY HALL", "'I WAS BROKE AT THE BRITS'": a short line in capitals. */
const isCapitalsKicker = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && wordCount(text) <= 6;

/** "Education", "Money Matters": a section's name, one word or a few capitalised ones. */
const isSectionName = (text: string) => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(text.trim());

/**
 * A label, given how many lines that can be the headline and the standfirst follow it. Over just one line, a line
 * in capitals is a kicker only when it is a word or two ("BANK SHAME"), else it is the headline ("LANDLORD'S
 * RAT-INFESTED FLATS") over its standfirst; a section's or an outlet's name needs the headline and the standfirst
 * both below it.
 */
function isLabelAboveHeadline(text: string, linesBelow: number): boolean {
  if (endsLikeSentence(text)) return false;
  if (isPath(text) || wordCount(text) === 1) return true;
  if (isCapitalsKicker(text)) return linesBelow >= 2 || wordCount(text) <= 2;
  // "Money Matters", "Daily Courier" over one line could be a short headline ("Mayor Resigns") over its standfirst.
  return linesBelow >= 2 && (isSectionName(text) || looksLikeOutletName(text));
}

/** A line that can be the headline or the standfirst under the labels: no sentence's full stop. */
const canBeHeadline = (text: string) => !endsLikeSentence(text) && wordCount(text) <= 60;

/**
 * The labels opening the copy, above a line that can be the headline, leave the text: a masthead as the outlet's
 * name (read like a byline's), the rest as furniture.
 */
export function markLabelsAboveHeadline(blocks: readonly string[], roles: BlockRole[], first: number): void {
  let end = first;
  while (end < blocks.length && roles[end] === 'text') end += 1;
  let headline = first;
  while (headline < end - 1 && isLabelAboveHeadline(blocks[headline], end - headline - 1)) headline += 1;
  if (headline === first || !canBeHeadline(blocks[headline])) return;
  if (wordCount(blocks[headline]) <= wordCount(blocks[headline - 1])) return;
  for (let index = first; index < headline; index += 1)
    roles[index] = looksLikeOutletName(blocks[index]) ? 'byline' : 'boilerplate';
}
