import { blockRoles, type BlockRole } from './article-layout';
import { metaKindOf } from './block-kinds';
import { dateInText } from './dates';
import { bylineParts, outletBeforeJob } from './byline-parts';
import { fullerName, outletInCredit, outletInFurniture, outletSpokenOf } from './outlet-mentions';
import { looksLikeOutletName, outletNamedIn, spelledOut } from './outlet-names';
import { isBullet } from './bullets';
import { wordCount } from '../../util/word-count';

/**
 * What an imported article's blocks are: the headline (the project's
 * title), a standfirst, subheads, the byline, outlet and date (the article's
 * fields), and the captions, credits, links and boilerplate that are not
 * article text. Runs on blocks already extracted from a .txt, .md, .html or
 * .docx file (text only, in order); the import decides what to do with them.
 */

export interface ArticleFields {
  title: string;
  byline: string;
  outlet: string;
  /** YYYY-MM-DD, or '' when the text gives no full date. */
  publishedDate: string;
}

export interface RecognisedArticle {
  fields: ArticleFields;
  roles: BlockRole[];
}

/**
 * A dateline's "Dec 13" with the year of the first full date elsewhere in the copy (a caption's, an agency
 * line's), else of its copyright line ("© Tidewater 2026").
 */
function datelineDate(block: string, blocks: readonly string[]): string {
  const match = /^[^(]{0,40}?,\s*(\p{L}{3,9}\.?\s+\d{1,2})\s*\(/u.exec(block);
  if (!match) return '';
  const year =
    blocks
      .map(dateInText)
      .find((date) => date !== '')
      ?.slice(0, 4) ?? blocks.map((line) => /^(?:©|copyright)\D*(\d{4})\b/i.exec(line)?.[1]).find(Boolean);
  return year ? dateInText(`${match[1]} ${year}`) : '';
}

/** A header line that is just a name ("Marta Quispe"): the byline of online copy. */
function isBareName(block: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(block.trim());
}

/** How far below the headline a byline or an outlet's name may stand on a line of its own. */
const HEADER_LINES = 10;

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
function markHeaderNamesAndOutlets(blocks: readonly string[], roles: BlockRole[], headline: number): void {
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

/**
 * The outlet its furniture or its story names, where nothing above did: "Follow The Sentinel Money on X" beside a
 * story that speaks of The Sentinel is The Sentinel (the furniture names a section's brand).
 */
function outletMentioned(blocks: readonly string[], roles: readonly BlockRole[]): string {
  const furniture = blocks.map((block, index) => (roles[index] === 'text' ? '' : outletInFurniture(block)));
  const named = furniture.find(Boolean) ?? '';
  const credited = blocks
    .map((block, index) => (roles[index] === 'caption' ? outletInCredit(block) : ''))
    .find(Boolean);
  const spoken = outletSpokenOf(blocks.filter((_, index) => roles[index] === 'text'));
  return spoken && named.startsWith(`${spoken} `) ? spoken : named || credited || spoken;
}

export function recogniseArticle(blocks: readonly string[]): RecognisedArticle {
  const roles = blockRoles(blocks);
  const headline = roles.indexOf('headline');
  const firstText = roles.indexOf('text');
  // In the header, a line that is only a name is the byline.
  for (let index = headline + 1; headline >= 0 && index < (firstText < 0 ? blocks.length : firstText); index += 1) {
    if (roles[index] === 'standfirst' && isBareName(blocks[index])) roles[index] = 'byline';
  }
  markHeaderNamesAndOutlets(blocks, roles, headline);
  const fields: ArticleFields = {
    title: headline >= 0 ? blocks[headline].trim() : '',
    byline: '',
    outlet: '',
    publishedDate: '',
  };
  blocks.forEach((block, index) => {
    const role = roles[index];
    if (role === 'byline') {
      const parts = bylineParts(block.trim());
      fields.byline ||= parts.byline;
      fields.outlet ||= parts.outlet;
    }
    if (role !== 'text' && role !== 'headline' && role !== 'subhead') fields.outlet ||= outletNamedIn(block.trim());
    if ((role === 'byline' || role === 'timestamp') && !fields.publishedDate) fields.publishedDate = dateInText(block);
  });
  const dateline = blocks.findIndex((block, index) => roles[index] === 'text' && outletNamedIn(block) !== '');
  if (dateline >= 0) {
    fields.outlet ||= outletNamedIn(blocks[dateline]);
    // "Kadara, Dec. 2, 2026 (PNA)": the dateline's own full date, else its day with the year from elsewhere
    fields.publishedDate ||=
      dateInText(blocks[dateline].replace(/\).*$/s, '')) || datelineDate(blocks[dateline], blocks);
  }
  fields.outlet = spelledOut(
    fields.outlet,
    blocks.filter((_, index) => roles[index] !== 'text'),
  );
  fields.outlet ||= outletMentioned(blocks, roles);
  fields.outlet = fullerName(
    fields.outlet,
    blocks.filter((_, index) => roles[index] === 'text'),
  );
  return { fields, roles };
}

const isMetaLine = (line: string) =>
  metaKindOf(line) !== null || /^(?:published|updated|posted|image caption,?)$/i.test(line);

/** "Cost of living" under "Related topics": a short line, no sentence, one of a list of tags or links. */
const isTagLine = (line: string) => wordCount(line) <= 4 && !/[.!?,;:]["”’')]*$/.test(line);

/**
 * The blocks of a plain-text article: paragraphs split by blank lines, and a
 * paragraph whose lines include a byline, timestamp or caption line split
 * into its lines ("Published" over "2 hours ago"; a caption line directly
 * above the paragraph it illustrates), and a paragraph that is a list (bullets,
 * or tags under "Related topics") split into its items.
 */
export function splitMetaLines(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => {
    const lines = paragraph
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length < 2) return lines;
    if (lines.some(isMetaLine) || lines.every(isBullet)) return lines;
    // "Hannah Lowther" over "Home affairs editor" is one byline; "Cycling" over "Local councils" two tags.
    if (lines.every(isTagLine) && metaKindOf(lines.join(' ')) === null) return lines;
    return [lines.join(' ')];
  });
}

/** A source's title, outlet and byline from its own text (a .txt or .docx has no other metadata), so citations read properly. */
export function recogniseSourceText(text: string): ArticleFields {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 40);
  return recogniseArticle(paragraphs).fields;
}
