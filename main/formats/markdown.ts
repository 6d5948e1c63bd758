import MarkdownIt from 'markdown-it';
import type { ExtractionLimits } from './extraction/limits';
import { htmlToPlainText } from './html-text';
import type { ReadersOf } from './readers';
import { decodeUtf8 } from './text';
import { htmlToText, type HtmlText } from './web-page-text';

/** An article's Markdown as HTML: raw HTML in it is left as text, never taken as markup. */
const articleHtml = (markdown: string) => new MarkdownIt({ html: false, linkify: false }).render(markdown);

/** Markdown is rendered to HTML and read as HTML: only text is kept, so raw HTML in it (even a script) is never run, only dropped. */
export function markdownToText(markdown: string, limits?: ExtractionLimits): HtmlText {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const { text } = htmlToText(html, { articleOnly: false, limits });
  const heading = /^#\s+(.+)$/m.exec(markdown);
  return { title: heading ? heading[1].trim() : '', text };
}

export const markdownReaders: ReadersOf<'markdown'> = {
  article: {
    html: async (bytes) => articleHtml(decodeUtf8(bytes)),
    text: async (bytes, limits) => htmlToPlainText(articleHtml(decodeUtf8(bytes, { strict: true })), limits),
  },
  source: async (bytes, limits) => markdownToText(decodeUtf8(bytes), limits),
};
