import { escapeHtml } from '../../report/escape';
import type { BlockRole } from './article-layout';
import { recogniseArticle, type ArticleFields } from './recognise';

/**
 * An imported article's body rebuilt from its recognised structure: the
 * headline becomes the title (a plain-text one leaves the body), subheads become headings, the
 * standfirst stays as the first paragraph (in italics), and bylines,
 * timestamps, captions, credits, links and boilerplate leave the body. What
 * was recognised is listed so the import can show it and the checker can
 * undo it.
 */

export interface ImportBlock {
  /** The block's text, as one line. */
  text: string;
  /** The block as (unsanitised) HTML; the renderer sanitises the whole body. */
  html: string;
  /** What the file's own markup says: an <h1>, another heading, a figure caption. */
  hint?: 'title' | 'heading' | 'caption';
}

export interface RecognisedItem {
  what: 'title' | 'byline' | 'outlet' | 'date' | 'standfirst' | 'subhead' | 'left out';
  text: string;
}

export interface StructuredImport {
  fields: ArticleFields;
  /** The body with the structure applied. */
  html: string;
  recognised: RecognisedItem[];
}

function rolesWithHints(blocks: readonly ImportBlock[], roles: BlockRole[]): BlockRole[] {
  return roles.map((role, index) => {
    const hint = blocks[index].hint;
    if (hint === 'caption') return 'caption';
    if (hint === 'title' && index === roles.indexOf('headline')) return 'headline';
    if (hint === 'heading' && role === 'text') return 'subhead';
    return role;
  });
}

function bodyHtml(blocks: readonly ImportBlock[], roles: readonly BlockRole[]): string {
  return blocks
    .flatMap((block, index) => {
      const role = roles[index];
      // An <h1> headline stays in the body as the heading it already is; a plain-text headline leaves it for the title.
      if (role === 'text' || (role === 'headline' && block.hint === 'title')) return [block.html];
      if (role === 'subhead') return [block.hint === 'heading' ? block.html : `<h2>${escapeHtml(block.text)}</h2>`];
      if (role === 'standfirst') return [`<p><em>${escapeHtml(block.text)}</em></p>`];
      return [];
    })
    .join('\n');
}

export function structureBlocks(blocks: readonly ImportBlock[]): StructuredImport {
  const recognisedArticle = recogniseArticle(blocks.map((block) => block.text));
  const roles = rolesWithHints(blocks, recognisedArticle.roles);
  const { fields } = recognisedArticle;
  const recognised: RecognisedItem[] = [];
  if (fields.title) recognised.push({ what: 'title', text: fields.title });
  if (fields.byline) recognised.push({ what: 'byline', text: fields.byline });
  if (fields.outlet) recognised.push({ what: 'outlet', text: fields.outlet });
  if (fields.publishedDate) recognised.push({ what: 'date', text: fields.publishedDate });
  blocks.forEach((block, index) => {
    const role = roles[index];
    if (role === 'standfirst') recognised.push({ what: 'standfirst', text: block.text });
    else if (role === 'subhead') recognised.push({ what: 'subhead', text: block.text });
    else if (role !== 'text' && role !== 'headline') recognised.push({ what: 'left out', text: block.text });
  });
  return { fields, html: bodyHtml(blocks, roles), recognised };
}

/** The blocks of a plain-text article (splitMetaLines: a byline or caption line on its own). */
export function txtImportBlocks(lines: readonly string[]): ImportBlock[] {
  return lines.map((text) => ({ text, html: `<p>${escapeHtml(text)}</p>` }));
}
