import { recogniseSourceText, type ArticleFields } from '../../shared/article/structure/recognise';
import { structureBlocks, type StructuredImport } from '../../shared/article/structure/structured-import';
import { htmlBlocks } from './article-blocks';
import { boundedArticleHtml } from './bounded-article-html';
import type { Progress } from './extraction/jobs';
import { tooMuchText, type ExtractionLimits } from './extraction/limits';
import { formatOf, readsAs, type ReadAs } from './formats';
import { READERS, type ArticleReader, type Extracted, type SourceReader } from './readers';

/**
 * The three ways a document is read, each by its format's reader, in the
 * extraction worker (extraction/jobs.ts): an article as HTML for the editor,
 * an article as plain text (the CLI), a source's title and text. Nothing here
 * trusts the file.
 */

/** With the title, outlet and byline its own text gives (shared/article/structure), recognised in the worker too. */
export interface ExtractedSource extends Extracted {
  fromText: ArticleFields;
}

async function readerOf(extension: string, use: 'article'): Promise<ArticleReader>;
async function readerOf(extension: string, use: 'source'): Promise<SourceReader>;
async function readerOf(extension: string, use: ReadAs): Promise<ArticleReader | SourceReader> {
  const format = formatOf(extension);
  if (!format || !readsAs(extension, use)) throw new Error(`no reader for .${extension}`);
  const readers: Partial<{ article: ArticleReader; source: SourceReader }> = await READERS[format]();
  return readers[use]!;
}

export async function readSource(
  bytes: Buffer,
  extension: string,
  limits: ExtractionLimits,
  progress: Progress,
): Promise<ExtractedSource> {
  const extracted = await (await readerOf(extension, 'source'))(bytes, limits, progress);
  if (extracted.text.length > limits.maxTextChars) throw tooMuchText(limits);
  return { ...extracted, fromText: recogniseSourceText(extracted.text) };
}

/**
 * The article's HTML, bounded in depth and text, its title, and its recognised structure (headline, byline,
 * outlet, date, subheads, captions; shared/article/structure). `html` stays as the file gave it, for Undo.
 */
export async function readArticleHtml(
  bytes: Buffer,
  extension: string,
  limits: ExtractionLimits,
): Promise<{ html: string; title: string; structured: StructuredImport }> {
  const reader = await readerOf(extension, 'article');
  const { html, title } = boundedArticleHtml(await reader.html(bytes, limits), limits);
  const structured = structureBlocks(reader.blocks?.(bytes) ?? htmlBlocks(html));
  return {
    html,
    title,
    structured: { ...structured, fields: { ...structured.fields, title: title || structured.fields.title } },
  };
}

/** The article's plain text; throws with the problem for the user. */
export async function readArticleText(bytes: Buffer, extension: string, limits: ExtractionLimits): Promise<string> {
  const text = await (await readerOf(extension, 'article')).text(bytes, limits);
  if (text.length > limits.maxTextChars) throw tooMuchText(limits);
  return text;
}
