import path from 'node:path';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { splitMetaLines } from '../../shared/article-structure/recognise';
import { structureBlocks, txtImportBlocks, type StructuredImport } from '../../shared/article-structure/structured-import';
import { txtParagraphs } from '../../shared/article-structure/txt-blocks';
import type { ArticleImportResult } from '../../shared/api';
import { htmlBlocks } from './article-blocks';
import { boundedArticleHtml } from './bounded-article-html';
import type { Progress } from './extraction/jobs';
import { ExtractionLimitError, type ExtractionLimits } from './extraction/limits';
import { runExtraction, type ExtractionOptions } from './extraction/run-extraction';
import { describeFile, describeFsError } from './project-file/project-io';
import { FILE_SIZE_LIMITS, readCappedFile } from './read-capped-file';
import { checkDocxInflatedSize } from './source-formats/docx-inflate-guard';

/**
 * An article file turned into HTML for the editor, in the extraction worker.
 * The renderer sanitises the HTML before Lexical sees it; nothing here trusts
 * the file.
 */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export const MAX_ARTICLE_BYTES = FILE_SIZE_LIMITS.article;

export type ArticleImport = ArticleImportResult;

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

/** The Word reader's own errors ("[xmldom error] entity not found: ...") are not for users. */
function describeDocxError(error: unknown): Error {
  if (error instanceof ExtractionLimitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const entity = /entity not found:\s*(&[^;\s]+;)/.exec(message)?.[1];
  if (entity) return new Error(`it is not a Word document Factdesk can read (its text uses an XML entity, “${entity}”, which Factdesk does not expand)`);
  return new Error('it is not a Word document Factdesk can read (it may be damaged, or another kind of file)');
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
      return docxToHtml(bytes, limits).catch((error: unknown) => {
        throw describeDocxError(error);
      });
    default:
      throw new Error(`no reader for .${extension}`);
  }
}

/**
 * Run in the extraction worker: the article's HTML, bounded in depth and text, its title, and its
 * recognised structure (headline, byline, outlet, date, subheads, captions; shared/article-structure).
 * `html` stays as the file gave it, for Undo.
 */
export async function articleHtmlFrom(
  bytes: Buffer,
  extension: string,
  limits: ExtractionLimits,
  _progress?: Progress,
): Promise<{ html: string; title: string; structured: StructuredImport }> {
  const { html, title } = boundedArticleHtml(await toHtml(extension, bytes, limits), limits);
  // A .txt is recognised by its lines (a byline or caption line on its own), not by the paragraphs its HTML joined.
  const blocks = extension === 'txt' ? txtImportBlocks(splitMetaLines(txtParagraphs(new TextDecoder('utf-8').decode(bytes)))) : htmlBlocks(html);
  const structured = structureBlocks(blocks);
  return { html, title, structured: { ...structured, fields: { ...structured.fields, title: title || structured.fields.title } } };
}

export async function importArticleFile(filePath: string, options: ExtractionOptions = {}): Promise<ArticleImport> {
  const fileName = path.basename(filePath);
  const fail = (problem: string): ArticleImport => ({ ok: false, message: `The article ${describeFile(filePath)} could not be imported: ${problem}.` });
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) return fail(`unsupported file type “.${extension}” (use .txt, .md, .html or .docx)`);
  try {
    const { bytes } = await readCappedFile(filePath, 'article');
    const { html, title, structured } = await runExtraction('articleHtml', bytes, extension, options);
    const fallbackTitle = fileName.replace(/\.[^.]+$/, '');
    return { ok: true, html, title: title || fallbackTitle, fileName, structured: { ...structured, fields: { ...structured.fields, title: structured.fields.title || fallbackTitle } } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code) return fail(describeFsError(error));
    if (error instanceof ExtractionLimitError) return fail(error.message);
    return fail(error instanceof Error ? error.message.replace(/\.$/, '') : String(error));
  }
}
