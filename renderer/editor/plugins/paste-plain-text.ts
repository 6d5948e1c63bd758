import { txtBlocks } from '../../../shared/article/structure/txt-blocks';
import { escapeHtml } from '../../../shared/report/escape';

/**
 * Plain text of several lines, pasted, becomes paragraphs as a .txt import reads them (blank lines part paragraphs;
 * in text with none, every line is one), not one paragraph of line breaks: a pasted wire story is then the same
 * blocks, and the claim finder reads the same text, as the story imported from a file. Null for text of one line,
 * which goes in as it is, inside the paragraph.
 */
export function plainTextAsHtml(text: string): string | null {
  if (!/[\r\n]/.test(text.trim())) return null;
  return txtBlocks(text)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}
