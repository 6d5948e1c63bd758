import { parseBoundedHtml } from '../bounded-html-parser';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from '../extraction/limits';

/**
 * Readable text of an HTML document, with block elements as line breaks.
 * Scripts, styles and page furniture (nav, header, footer, aside, forms) are
 * dropped; when the page has an <article> (or else a <main>), only its text
 * is kept. The title comes from og:title, else <title>.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'select']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'tr', 'table', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'hr', 'address', 'body', 'title',
]);

export interface HtmlText {
  title: string;
  text: string;
}

/** Collapses runs of spaces within lines and drops empty lines. */
export function tidyLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

interface Capture {
  tag: string;
  depth: number;
  parts: string[];
}

export function htmlToText(html: string, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS): HtmlText {
  let depth = 0;
  let skipDepth = 0;
  let titleDepth = 0;
  let titleText = '';
  let ogTitle = '';
  const all: string[] = [];
  const captures: Capture[] = [];
  let active: Capture | null = null;
  const emit = (chunk: string) => {
    all.push(chunk);
    active?.parts.push(chunk);
  };
  parseBoundedHtml(
    html,
    {
      onopentag(name, attributes) {
        depth += 1;
        if (name === 'title') titleDepth += 1;
        if (name === 'meta' && (attributes.property === 'og:title' || attributes.name === 'og:title')) ogTitle = attributes.content ?? '';
        if (SKIPPED.has(name)) skipDepth++;
        if (!active && (name === 'article' || name === 'main') && skipDepth === 0) {
          active = { tag: name, depth, parts: [] };
          captures.push(active);
        }
        if (BLOCKS.has(name)) emit('\n');
      },
      ontext(text) {
        if (titleDepth > 0) titleText += text;
        else if (skipDepth === 0) emit(text);
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) emit('\n');
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        if (active && active.depth === depth && active.tag === name) active = null;
        depth -= 1;
      },
    },
    { maxDepth: limits.maxHtmlDepth, maxElements: limits.maxHtmlElements },
  );
  const preferred = captures.find((capture) => capture.tag === 'article') ?? captures.find((capture) => capture.tag === 'main');
  const text = tidyLines((preferred?.parts ?? all).join(''));
  return { title: tidyLines(ogTitle || titleText).replace(/\n/g, ' '), text };
}
