import { parseBoundedHtml } from './bounded-html-parser';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction/limits';

/**
 * The plain text of an HTML document with the article convention
 * (shared/plain-text.ts): each block (paragraph, heading, list item, quote,
 * table cell, ...) on its own line, blocks joined by one "\n", a <br> kept as
 * "\n". Runs of white space inside a block collapse to one space, as a browser
 * shows them; script, style and the document head are skipped; empty blocks
 * are dropped.
 */

const BLOCKS = new Set(
  'p h1 h2 h3 h4 h5 h6 li blockquote pre div section article header footer main aside nav figure figcaption td th dt dd address tr ul ol dl table hr'.split(' '),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);

export function htmlToPlainText(html: string, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS): string {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let preDepth = 0;
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => (preDepth > 0 ? line : line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim()))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (text.trim() !== '') blocks.push(text);
    current = '';
  };
  parseBoundedHtml(
    html,
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth += 1;
        else if (skipDepth > 0) return;
        else if (name === 'br') current += '\n';
        else if (BLOCKS.has(name)) flush();
        if (name === 'pre') preDepth += 1;
      },
      ontext(text) {
        if (skipDepth === 0) current += preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) flush();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { maxDepth: limits.maxHtmlDepth, maxElements: limits.maxHtmlElements },
  );
  flush();
  return blocks.join('\n');
}
