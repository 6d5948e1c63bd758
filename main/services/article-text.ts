import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { plainTextOf } from '../../shared/plain-text';
import { htmlToPlainText } from './html-text';
import { describeFile, describeFsError, loadProjectFile } from './project-io';
import { readCappedFile } from './read-capped-file';

/**
 * An article file as plain text with the project's convention (blocks joined
 * by one "\n"), so offsets printed by the CLI match claim selectors:
 * .txt (paragraphs split by blank lines; without blank lines, one per line),
 * .md (rendered by markdown-it), .html/.htm, .docx (mammoth), or a .factdesk
 * project (its article body).
 */

export type ArticleTextResult = { ok: true; text: string } | { ok: false; message: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.factdesk'] as const;

export function plainTextFromTxt(source: string): string {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const blocks = hasBlankLines ? text.split(/\n[ \t]*\n/).map((block) => block.replace(/\s*\n\s*/g, ' ')) : text.split('\n');
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .join('\n');
}

export function plainTextFromMarkdown(source: string): string {
  return htmlToPlainText(new MarkdownIt({ html: false }).render(source));
}

export async function articleTextOf(filePath: string): Promise<ArticleTextResult> {
  const extension = path.extname(filePath).toLowerCase();
  const fail = (problem: string): ArticleTextResult => ({ ok: false, message: `The file ${describeFile(filePath)} could not be read: ${problem}.` });
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return fail('it is not an article file Factdesk reads (use .txt, .md, .html, .docx or a .factdesk project)');
  }
  if (extension === '.factdesk') {
    const loaded = await loadProjectFile(filePath);
    return loaded.ok ? { ok: true, text: plainTextOf(loaded.project.article.body).text } : loaded;
  }
  let bytes: Buffer;
  try {
    ({ bytes } = await readCappedFile(filePath, 'article'));
  } catch (error) {
    return fail(describeFsError(error));
  }
  if (extension === '.docx') {
    try {
      const { value } = await mammoth.convertToHtml({ buffer: bytes });
      return { ok: true, text: htmlToPlainText(value) };
    } catch {
      return fail('it is not a Word document (.docx) that can be opened (it may be damaged or another kind of file)');
    }
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('it is not a text file in UTF-8');
  }
  if (extension === '.txt') return { ok: true, text: plainTextFromTxt(source) };
  if (extension === '.md' || extension === '.markdown') return { ok: true, text: plainTextFromMarkdown(source) };
  return { ok: true, text: htmlToPlainText(source) };
}
