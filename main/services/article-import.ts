import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { boundedArticleHtml } from './bounded-article-html';
import type { Progress } from './extraction/jobs';
import { ExtractionLimitError, type ExtractionLimits } from './extraction/limits';
import { runExtraction, type ExtractionOptions } from './extraction/run-extraction';
import { describeFile, describeFsError } from './project-io';
import { FILE_SIZE_LIMITS, readCappedFile } from './read-capped-file';
import { checkDocxInflatedSize } from './source-formats/docx-inflate-guard';

/**
 * An article file turned into HTML for the editor, in the extraction worker.
 * The renderer sanitises the HTML before Lexical sees it; nothing here trusts
 * the file.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export const MAX_ARTICLE_BYTES = FILE_SIZE_LIMITS.article;

export type ArticleImport = { ok: true; html: string; title: string; fileName: string } | { ok: false; message: string };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs are separated by blank lines; where a text has none, every line is a paragraph. */
export function plainTextToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  const paragraphs = /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')) : normalised.split('\n');
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

async function docxToHtml(buffer: Buffer, limits: ExtractionLimits): Promise<string> {
  await checkDocxInflatedSize(buffer, limits.maxDocxInflatedBytes);
  // Images are dropped without being read: an imported article needs none, and a
  // linked image could point anywhere on disk.
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap: ["p[style-name='Quote'] => blockquote:fresh", "p[style-name='Intense Quote'] => blockquote:fresh"],
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return result.value.replace(/<img[^>]*>/g, '');
}

async function toHtml(extension: string, bytes: Buffer, limits: ExtractionLimits): Promise<string> {
  const text = () => new TextDecoder('utf-8').decode(bytes);
  switch (extension) {
    case 'txt':
      return plainTextToHtml(text());
    case 'md':
    case 'markdown':
      return new MarkdownIt({ html: false, linkify: false }).render(text());
    case 'html':
    case 'htm':
      return text();
    case 'docx':
      return docxToHtml(bytes, limits);
    default:
      throw new Error(`no reader for .${extension}`);
  }
}

/** Run in the extraction worker: the article's HTML, bounded in depth and text, and its title. */
export async function articleHtmlFrom(bytes: Buffer, extension: string, limits: ExtractionLimits, _progress?: Progress): Promise<{ html: string; title: string }> {
  return boundedArticleHtml(await toHtml(extension, bytes, limits), limits);
}

export async function importArticleFile(filePath: string, options: ExtractionOptions = {}): Promise<ArticleImport> {
  const fileName = path.basename(filePath);
  const fail = (problem: string): ArticleImport => ({ ok: false, message: `The article ${describeFile(filePath)} could not be imported: ${problem}.` });
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) return fail(`unsupported file type “.${extension}” (use .txt, .md, .html or .docx)`);
  try {
    const { bytes } = await readCappedFile(filePath, 'article');
    const { html, title } = await runExtraction('articleHtml', bytes, extension, options);
    const fallbackTitle = fileName.replace(/\.[^.]+$/, '');
    return { ok: true, html, title: title || fallbackTitle, fileName };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code) return fail(describeFsError(error));
    if (error instanceof ExtractionLimitError) return fail(error.message);
    return fail(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}
