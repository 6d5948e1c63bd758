import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { txtBlocks } from '../../shared/article-structure/txt-blocks';
import { plainTextOf } from '../../shared/plain-text';
import { ExtractionLimitError, tooMuchText, type ExtractionLimits } from './extraction/limits';
import { runExtraction } from './extraction/run-extraction';
import { htmlToPlainText } from './html-text';
import { describeFile, describeFsError, loadProjectFile } from './project-file/project-io';
import { readCappedFile } from './read-capped-file';
import { checkDocxInflatedSize } from './source-formats/docx-inflate-guard';

/**
 * An article file as plain text with the project's convention (blocks joined
 * by one "\n"), so offsets printed by the CLI match claim selectors:
 * .txt (paragraphs split by blank lines; without blank lines, one per line),
 * .md (rendered by markdown-it), .html/.htm, .docx (mammoth) — read in the
 * extraction worker — or a .factdesk project (its article body).
 */

/** For a .factdesk project: what the app leaves out of suggestions (dismissed ones, spans already marked as claims). */
export interface ProjectSuggestionState {
  dismissed: string[];
  claimSpans: { start: number; end: number }[];
}

export type ArticleTextResult = { ok: true; text: string; project?: ProjectSuggestionState } | { ok: false; message: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.factdesk'] as const;

export function plainTextFromTxt(source: string): string {
  return txtBlocks(source).join('\n');
}

export function plainTextFromMarkdown(source: string, limits?: ExtractionLimits): string {
  return htmlToPlainText(new MarkdownIt({ html: false }).render(source), limits);
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
    ({ bytes } = await readCappedFile(filePath, 'article'));
  } catch (error) {
    return fail(describeFsError(error));
  }
  try {
    return { ok: true, text: await runExtraction('articleText', bytes, extension.slice(1)) };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Run in the extraction worker: the text of an article file's bytes; throws with the problem for the user. */
export async function articleTextFrom(bytes: Buffer, extension: string, limits: ExtractionLimits): Promise<string> {
  const text = await plainTextFrom(bytes, extension, limits);
  if (text.length > limits.maxTextChars) throw tooMuchText(limits);
  return text;
}

async function plainTextFrom(bytes: Buffer, extension: string, limits: ExtractionLimits): Promise<string> {
  if (extension === 'docx') {
    await checkDocxInflatedSize(bytes, limits.maxDocxInflatedBytes).catch(notAWordDocument);
    const { value } = await mammoth.convertToHtml({ buffer: bytes }).catch(notAWordDocument);
    return htmlToPlainText(value, limits);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('it is not a text file in UTF-8');
  }
  if (extension === 'txt') return plainTextFromTxt(source);
  if (extension === 'md' || extension === 'markdown') return plainTextFromMarkdown(source, limits);
  return htmlToPlainText(source, limits);
}

/** A limit passed is said as it is; anything else means the file is not a .docx mammoth can open. */
function notAWordDocument(error: unknown): never {
  if (error instanceof ExtractionLimitError) throw error;
  throw new Error('it is not a Word document (.docx) that can be opened (it may be damaged or another kind of file)');
}
