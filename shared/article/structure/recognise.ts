import { blockRoles, type BlockRole } from './article-layout';
import { metaKindOf } from './block-kinds';
import { dateInText } from './dates';
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

const OUTLET_WORDS =
  /\b(?:news|wire|press|times|post|herald|courier|beacon|ledger|journal|tribune|gazette|telegraph|guardian|express|mail|mirror|star|sun|standard|chronicle|observer|radio|tv|television|channel|broadcasting|agency|newsroom|media|online|daily|weekly|network|meridian)\b/i;

function cleanName(text: string): string {
  return (
    text
      .replace(/^(?:by|words by|report by)\s+/i, '')
      .replace(
        /\s*[,|·]\s*(?:(?:chief|senior|deputy|political|health|technology|consumer|showbiz|sports?|business|foreign|home|economics|science)\s+)*(?:reporter|correspondent|editor|writer|staff|contributor|columnist)\b.*$/i,
        '',
      )
      .replace(/\s+(?:published|updated|posted|last updated)\b.*$/i, '')
      // "Hannah Lowther Home affairs editor" (a name, then the job on the same line): the first two words
      .replace(
        /^(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:[\p{L}-]+\s+){0,3}(?:editor|writer|correspondent|reporter|columnist)$/iu,
        '$1',
      )
      .replace(/\s*\|$/, '')
      .trim()
  );
}

/** "By Petra Lind", "Carlo Mendes / Atlas Wire December 14, 2021", "Tom Reyes, Channel 7 News", "Marta Quispe". */
function bylineParts(block: string): { byline: string; outlet: string } {
  const slash = /^(.+?)\s+\/\s+(.+)$/.exec(block);
  if (slash)
    return {
      byline: cleanName(slash[1]),
      outlet: slash[2]
        .replace(/\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}).*$/u, '')
        .trim(),
    };
  const name = cleanName(block);
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma && OUTLET_WORDS.test(comma[2]))
    return { byline: comma[1].trim(), outlet: comma[2].replace(/,.*$/, '').trim() };
  if (OUTLET_WORDS.test(name) && !/^by\s/i.test(block))
    return {
      byline: '',
      outlet: name
        .replace(/\s+newsroom$/i, '')
        .replace(/,.*$/, '')
        .trim(),
    };
  return { byline: name.replace(/,.*$/, '').trim(), outlet: '' };
}

/** An agency or outlet named by a dateline, a "Source:" line, or a copyright line. */
function outletNamedIn(block: string): string {
  const dateline =
    /^[\p{Lu}][\p{Lu} .'’-]+,?\s*(?:\p{Lu}[\p{L} .'’-]{1,30}?,?\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2}\s*)?\(([^)]{2,40})\)\s*[-–—]/u.exec(
      block,
    ) ?? /^\(([^)]{2,40})\)\s*[-–—]/.exec(block);
  if (dateline) return dateline[1].trim();
  const source = /^source:\s*(.+?)(?:\s+and\s+(?:news\s+)?agencies)?\.?$/i.exec(block);
  if (source) return source[1].trim();
  const copyright = /^(?:copyright|©)\s*(?:\d{4}\s+)?(.+?)\.?\s*(?:all rights reserved\.?)?$/i.exec(block);
  return copyright ? copyright[1].trim() : '';
}

/** A dateline's "Dec 13" with the year of the first full date elsewhere in the copy (a caption's, an agency line's). */
function datelineDate(block: string, blocks: readonly string[]): string {
  const match = /^[^(]{0,40}?,\s*(\p{L}{3,9}\.?\s+\d{1,2})\s*\(/u.exec(block);
  if (!match) return '';
  const year = blocks
    .map(dateInText)
    .find((date) => date !== '')
    ?.slice(0, 4);
  return year ? dateInText(`${match[1]} ${year}`) : '';
}

/** A header line that is just a name ("Marta Quispe"): the byline of online copy. */
function isBareName(block: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(block.trim());
}

/** How far below the headline a byline or an outlet's name may stand on a line of its own. */
const HEADER_LINES = 10;

/**
 * "Kirsty Obi" above "BBN News, Westshire", "The Baltimore Beacon" under the headline: near the top, a line that
 * is only a name beside a byline or a stamp, or only an outlet's name, is the byline.
 */
function markHeaderNamesAndOutlets(blocks: readonly string[], roles: BlockRole[], headline: number): void {
  const isMeta = (index: number) => roles[index] === 'byline' || roles[index] === 'timestamp';
  const end = Math.min(blocks.length, headline + 1 + HEADER_LINES);
  for (let index = headline + 1; headline >= 0 && index < end; index += 1) {
    if (roles[index] !== 'text') continue;
    const block = blocks[index].trim();
    const besideMeta = isMeta(index - 1) || isMeta(index + 1);
    const outletOnly =
      OUTLET_WORDS.test(block) && /^(?:The\s+)?\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}$/u.test(block);
    if ((isBareName(block) && besideMeta) || outletOnly) roles[index] = 'byline';
  }
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
    fields.publishedDate ||= datelineDate(blocks[dateline], blocks);
  }
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
