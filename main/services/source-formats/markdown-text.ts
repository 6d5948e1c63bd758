import MarkdownIt from 'markdown-it';
import type { ExtractionLimits } from '../extraction/limits';
import { htmlToText, type HtmlText } from './html-text';

/** Markdown is rendered to HTML and read as HTML: only text is kept, so raw HTML in it (even a script) is never run, only dropped. */
export function markdownToText(markdown: string, limits?: ExtractionLimits): HtmlText {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const { text } = htmlToText(html, { articleOnly: false, limits });
  const heading = /^#\s+(.+)$/m.exec(markdown);
  return { title: heading ? heading[1].trim() : '', text };
}
