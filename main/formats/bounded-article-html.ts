import { escapeHtml } from '../../shared/report/escape';
import { parseBoundedHtml, VOID_TAGS } from './bounded-html-parser';
import { tooMuchText, type ExtractionLimits } from './extraction/limits';

/**
 * An imported article's HTML, written out again as the window will take it:
 * nested no deeper than the limit (deeper tags are dropped, their text kept,
 * each dropped block's text a paragraph of its own),
 * without scripts, styles, comments or the document head, with at most
 * `maxTextChars` of text. The renderer still sanitises it; this only keeps
 * its size and shape within what the editor can take. The title is the
 * page's <title>, else its first <h1>.
 */

const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'svg',
  'math',
  'object',
]);
/** Names written out as they are; anything else (a tag like <a"b>) is dropped, its text kept. */
const NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]*$/;

const MAX_TITLE_CHARS = 1_000;

function openTag(name: string, attributes: Record<string, string>): string {
  const written = Object.entries(attributes)
    .filter(([attribute]) => ATTRIBUTE_NAME.test(attribute))
    .map(([attribute, value]) => ` ${attribute}="${escapeHtml(value)}"`);
  return `<${name}${written.join('')}>`;
}

export function boundedArticleHtml(html: string, limits: ExtractionLimits): { html: string; title: string } {
  const out: string[] = [];
  let dropDepth = 0;
  let characters = 0;
  let title = '';
  let inTitle = false;
  let heading = '';
  let headingState: 'before' | 'inside' | 'after' = 'before';
  /** A paragraph opened for the text of flattened blocks, closed by the next one or by its parent's end. */
  let flattened = false;
  parseBoundedHtml(
    html,
    {
      onflattenedblock() {
        if (dropDepth > 0) return;
        out.push(flattened ? '</p><p>' : '<p>');
        flattened = true;
      },
      onopentag(name, attributes) {
        if (name === 'title' && !title) inTitle = true;
        if (name === 'h1' && headingState === 'before') headingState = 'inside';
        if (DROPPED_WITH_CONTENT.has(name)) dropDepth += 1;
        if (dropDepth === 0 && NAME.test(name)) out.push(openTag(name, attributes));
      },
      ontext(text) {
        if (inTitle && title.length < MAX_TITLE_CHARS) title += text;
        if (headingState === 'inside' && heading.length < MAX_TITLE_CHARS) heading += text;
        if (dropDepth > 0) return;
        characters += text.length;
        if (characters > limits.maxTextChars) throw tooMuchText(limits);
        out.push(escapeHtml(text));
      },
      onclosetag(name) {
        if (VOID_TAGS.has(name)) return;
        if (flattened && dropDepth === 0) out.push('</p>');
        flattened = false;
        if (name === 'title') inTitle = false;
        if (name === 'h1' && headingState === 'inside') headingState = 'after';
        if (dropDepth === 0 && NAME.test(name)) out.push(`</${name}>`);
        if (DROPPED_WITH_CONTENT.has(name)) dropDepth = Math.max(0, dropDepth - 1);
      },
    },
    // One level is kept for the paragraphs of flattened text.
    { maxDepth: limits.maxHtmlDepth - 1, maxElements: limits.maxHtmlElements },
  );
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
  return { html: out.join(''), title: tidy(title) || tidy(heading) };
}
