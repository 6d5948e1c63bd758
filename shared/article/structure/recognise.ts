import { blockRoles, type BlockRole } from './article-layout';
import { bylineOf, outletOf, publishedDateOf, type ArticleFields } from './article-fields';
import { metaKindOf } from './block-kinds';
import { isBareName, markHeaderLines } from './header-lines';
import { isBullet } from './line-shapes';
import { wordCount } from '../../util/word-count';

export type { ArticleFields } from './article-fields';

/**
 * What an imported article's blocks are: the headline (the project's
 * title), a standfirst, subheads, the byline, outlet and date (the article's
 * fields), and the captions, credits, links and boilerplate that are not
 * article text. Runs on blocks already extracted from a .txt, .md, .html or
 * .docx file (text only, in order); the import decides what to do with them.
 */

export interface RecognisedArticle {
  fields: ArticleFields;
  roles: BlockRole[];
}

export function recogniseArticle(blocks: readonly string[]): RecognisedArticle {
  const roles = blockRoles(blocks);
  const headline = roles.indexOf('headline');
  const firstText = roles.indexOf('text');
  // In the header, a line that is only a name is the byline.
  for (let index = headline + 1; headline >= 0 && index < (firstText < 0 ? blocks.length : firstText); index += 1) {
    if (roles[index] === 'standfirst' && isBareName(blocks[index])) roles[index] = 'byline';
  }
  markHeaderLines(blocks, roles, headline);
  const fields: ArticleFields = {
    title: headline >= 0 ? blocks[headline].trim() : '',
    byline: bylineOf(blocks, roles),
    outlet: outletOf(blocks, roles),
    publishedDate: publishedDateOf(blocks, roles),
  };
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
