import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BoundedHtmlShape } from './bounded-html-parser';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction/limits';
import { PAGE_TEXT, tidyLines, walkHtmlText } from './html-text';

/**
 * Readable text of a web page (or an HTML file read as a source), with block
 * elements as line breaks (html-text.ts's PAGE_TEXT).
 * A web page goes through Mozilla's Readability first (on a linkedom DOM:
 * small, no scripts run, nothing fetched), which drops cookie banners,
 * sidebars, share tools and comments however the page is laid out. Where
 * Readability finds no article, the fallback keeps the <article> (else the
 * <main>, else the whole page) less scripts, styles and page furniture (nav,
 * header, footer, aside, forms). The title comes from og:title, else <title>.
 *
 * Both stay linear on a hostile page: the fallback reads it with the bounded
 * parser (no deeper than the limit, flattened below it), and Readability is
 * given only pages that parser found within its budget: none it had to
 * flatten, and no more than READABILITY_MAX_ELEMENTS elements. (linkedom
 * parses with htmlparser2's unbounded stack, and Readability walks the tree
 * many times over; any other page is read by the fallback alone.)
 */

/** Far above a real article page (a few thousand elements), far below what would keep Readability busy for long. */
export const READABILITY_MAX_ELEMENTS = 20_000;

export interface HtmlText {
  title: string;
  text: string;
}

/** The page's title and its text by the fallback rule (article, else main, else everything), furniture skipped; and its shape. */
function readPage(html: string, limits: ExtractionLimits): HtmlText & { shape: BoundedHtmlShape } {
  const { title, text, sections, shape } = walkHtmlText(html, PAGE_TEXT, limits);
  const preferred =
    sections.find((section) => section.tag === 'article') ?? sections.find((section) => section.tag === 'main');
  return { title, text: preferred?.text ?? text, shape };
}

const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Readability drops the headline as a copy of the title; a fact-checker
 * quotes from it, so it is put back as the first line.
 */
function headlineDroppedFrom(text: string, headlines: string[], title: string): string | undefined {
  const wanted = comparable(title);
  return headlines.find((headline) => {
    const candidate = comparable(headline);
    return (
      candidate !== '' &&
      !comparable(text).includes(candidate) &&
      (wanted.includes(candidate) || candidate.includes(wanted))
    );
  });
}

/** The article's text by Readability, or null when it finds none (or cannot read the page). */
function readableText(html: string, limits: ExtractionLimits): string | null {
  try {
    const { document } = parseHTML(html);
    const headlines = Array.from(document.querySelectorAll('h1'), (heading) => heading.textContent ?? '');
    const article = new Readability(document as unknown as Document).parse();
    if (!article?.content) return null;
    const text = readPage(article.content, limits).text;
    if (text === '') return null;
    const headline = headlineDroppedFrom(text, headlines, article.title ?? '');
    return headline ? `${tidyLines(headline)}\n${text}` : text;
  } catch {
    return null;
  }
}

/** `articleOnly: false` keeps every block (a Markdown document has no page furniture to drop). */
export function htmlToText(
  html: string,
  { articleOnly = true, limits = DEFAULT_EXTRACTION_LIMITS }: { articleOnly?: boolean; limits?: ExtractionLimits } = {},
): HtmlText {
  const page = readPage(html, limits);
  const readable =
    articleOnly && !page.shape.flattened && page.shape.elements <= READABILITY_MAX_ELEMENTS
      ? readableText(html, limits)
      : null;
  return { title: page.title, text: readable || page.text };
}
