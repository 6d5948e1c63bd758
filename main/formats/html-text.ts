import { parseBoundedHtml, type BoundedHtmlShape } from './bounded-html-parser';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction/limits';

/**
 * The one walk from HTML to text, on the bounded parser (linear however deep
 * a page nests), by one of two rule sets:
 *
 * ARTICLE_TEXT, the article convention (shared/article/plain-text.ts): each block
 * (paragraph, heading, list item, quote, table cell, ...) on its own line,
 * blocks joined by one "\n", a <br> kept as "\n"; runs of white space inside
 * a block collapse to one space, as a browser shows them, except in <pre>;
 * script, style and the document head are skipped; empty blocks are dropped.
 * The CLI's offsets match claim selectors because of it.
 *
 * PAGE_TEXT, a page read as a source: its title (og:title, else <title>)
 * apart, block elements as line breaks, the text's own line breaks kept and
 * every line tidied, page furniture (nav, header, footer, aside, forms)
 * skipped, and the <article> (else the <main>) told apart, which
 * web-page-text.ts prefers to the whole page.
 */

export interface TextRules {
  /** Elements that begin and end a block of text. */
  blocks: ReadonlySet<string>;
  /** Elements left out with everything inside them. */
  skipped: ReadonlySet<string>;
  /** 'rendered': white space as a browser shows it (see ARTICLE_TEXT); 'lines': as PAGE_TEXT keeps it. */
  spacing: 'rendered' | 'lines';
  /** A block inside skipped content still ends the line of text around it (an <aside> of paragraphs in a <div>'s text). */
  breakAtSkippedBlocks: boolean;
  /** The title is read apart (og:title, else <title>), and <title> text kept out of the text. */
  readsTitle: boolean;
}

const names = (list: string) => new Set(list.split(' '));

export const ARTICLE_TEXT: TextRules = {
  blocks: names(
    'p h1 h2 h3 h4 h5 h6 li blockquote pre div section article header footer main aside nav figure figcaption td th dt dd address tr ul ol dl table hr',
  ),
  skipped: names('script style noscript template head svg math'),
  spacing: 'rendered',
  breakAtSkippedBlocks: false,
  readsTitle: false,
};

export const PAGE_TEXT: TextRules = {
  blocks: names(
    'p div section article main br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table figure figcaption dd dt dl hr address body title',
  ),
  skipped: names('script style noscript template svg nav header footer aside form button iframe select'),
  spacing: 'lines',
  breakAtSkippedBlocks: true,
  readsTitle: true,
};

export interface WalkedText {
  /** The blocks' text, joined by "\n". */
  text: string;
  /** With PAGE_TEXT: og:title, else <title>, on one line; '' otherwise. */
  title: string;
  /** The text of each <article> or <main> not inside another, in page order. */
  sections: { tag: 'article' | 'main'; text: string }[];
  shape: BoundedHtmlShape;
}

/** Collapses runs of spaces within lines and drops empty lines. */
export function tidyLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A block's lines as a browser shows them: each tidied (in <pre>: as written), blank ones at its ends dropped. */
function renderedBlock(raw: string, inPre: boolean): string {
  return raw
    .split('\n')
    .map((line) => (inPre ? line : line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim()))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

interface OpenSection {
  tag: 'article' | 'main';
  depth: number;
  blocks: string[];
}

export function walkHtmlText(
  html: string,
  rules: TextRules,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): WalkedText {
  const rendered = rules.spacing === 'rendered';
  const blocks: string[] = [];
  const sections: OpenSection[] = [];
  let section: OpenSection | null = null;
  let current = '';
  let depth = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let titleDepth = 0;
  let titleText = '';
  let ogTitle = '';
  const flush = () => {
    const block = rendered ? renderedBlock(current, preDepth > 0) : tidyLines(current);
    current = '';
    if (block.trim() === '') return;
    blocks.push(block);
    section?.blocks.push(block);
  };
  const endsLine = (name: string) => rules.blocks.has(name) && (skipDepth === 0 || rules.breakAtSkippedBlocks);
  const shape = parseBoundedHtml(
    html,
    {
      onopentag(name, attributes) {
        depth += 1;
        if (rules.readsTitle && name === 'title') titleDepth += 1;
        if (
          rules.readsTitle &&
          name === 'meta' &&
          (attributes.property === 'og:title' || attributes.name === 'og:title')
        )
          ogTitle = attributes.content ?? '';
        if (rules.skipped.has(name)) skipDepth += 1;
        else if (name === 'br' && skipDepth === 0) current += '\n';
        else if (endsLine(name)) flush();
        if (!section && skipDepth === 0 && (name === 'article' || name === 'main')) {
          section = { tag: name, depth, blocks: [] };
          sections.push(section);
        }
        if (name === 'pre' && skipDepth === 0) preDepth += 1;
      },
      ontext(text) {
        if (titleDepth > 0) titleText += text;
        else if (skipDepth === 0) current += !rendered || preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (rules.skipped.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (endsLine(name)) flush();
        if (rules.readsTitle && name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        if (section && section.depth === depth && section.tag === name) section = null;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        depth -= 1;
      },
    },
    { maxDepth: limits.maxHtmlDepth, maxElements: limits.maxHtmlElements },
  );
  flush();
  return {
    text: blocks.join('\n'),
    title: rules.readsTitle ? tidyLines(ogTitle || titleText).replace(/\n/g, ' ') : '',
    sections: sections.map(({ tag, blocks: inside }) => ({ tag, text: inside.join('\n') })),
    shape,
  };
}

/** An article's plain text (ARTICLE_TEXT). */
export function htmlToPlainText(html: string, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS): string {
  return walkHtmlText(html, ARTICLE_TEXT, limits).text;
}
