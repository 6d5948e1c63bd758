import { promises as fs } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { txtBlocks } from '../../shared/article-structure/txt-blocks';
import { plainTextOf } from '../../shared/plain-text';
import { htmlToPlainText } from './html-text';
import { describeFile, describeFsError, loadProjectFile } from './project-io';

/**
 * An article file as plain text with the project's convention (blocks joined
 * by one "\n"), so offsets printed by the CLI match claim selectors:
 * .txt (paragraphs split by blank lines; without blank lines, one per line),
 * .md (rendered by markdown-it), .html/.htm, .docx (mammoth), or a .factdesk
 * project (its article body).
 */

/** For a .factdesk project: what the app leaves out of suggestions (dismissed ones, spans already marked as claims). */
export interface ProjectSuggestionState {
  dismissed: string[];
  claimSpans: { start: number; end: number }[];
}

export type ArticleTextResult = { ok: true; text: string; project?: ProjectSuggestionState } | { ok: false; message: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.factdesk'] as const;

const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export function plainTextFromTxt(source: string): string {
  return txtBlocks(source).join('\n');
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
    if (!loaded.ok) return loaded;
    const { text, marks } = plainTextOf(loaded.project.article.body);
    const claimSpans = [...marks.values(), ...loaded.project.claims.map((claim) => claim.anchor.position)];
    return { ok: true, text, project: { dismissed: loaded.project.dismissedSuggestions, claimSpans } };
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) return fail('it is a folder, not a file');
    if (stat.size > MAX_ARTICLE_BYTES) return fail(`it is too large (${Math.round(stat.size / 1048576)} MB)`);
    bytes = await fs.readFile(filePath);
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
