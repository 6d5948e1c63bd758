import MarkdownIt from 'markdown-it';
import { htmlToText, type HtmlText } from './html-text';

/** Markdown is rendered to HTML and read as HTML: only text is kept, so raw HTML in it (even a script) is never run, only dropped. */
export function markdownToText(markdown: string): HtmlText {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const { text } = htmlToText(html, { articleOnly: false });
  const heading = /^#\s+(.+)$/m.exec(markdown);
  return { title: heading ? heading[1].trim() : '', text };
}
