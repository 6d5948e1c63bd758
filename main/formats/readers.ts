import type { ImportBlock } from '../../shared/article/structure/structured-import';
import type { Progress } from './extraction/jobs';
import type { ExtractionLimits } from './extraction/limits';
import type { FORMATS, FormatName } from './formats';

/**
 * The readers of each format in formats.ts, run in the extraction worker.
 * The types tie the two tables: a format has a reader for each way the
 * table says it is read, and no other.
 */

/** A document's title ('' when it names none) and text. */
export interface Extracted {
  title: string;
  text: string;
}

export interface ArticleReader {
  /** The article as HTML for the editor, which sanitises it (read.ts bounds its size and depth first). */
  html(bytes: Buffer, limits: ExtractionLimits): Promise<string>;
  /** Its blocks for structure recognition, where the file tells them better than its HTML (default: the HTML's). */
  blocks?(bytes: Buffer): ImportBlock[];
  /** As plain text with the project's convention, blocks joined by one "\n" (the CLI's offsets). */
  text(bytes: Buffer, limits: ExtractionLimits): Promise<string>;
}

export type SourceReader = (bytes: Buffer, limits: ExtractionLimits, progress: Progress) => Promise<Extracted>;

interface ReaderFor {
  article: ArticleReader;
  source: SourceReader;
}

export type ReadersOf<F extends FormatName> = { [R in (typeof FORMATS)[F]['readAs'][number]]: ReaderFor[R] };

/** Loaded when a document of that format is read: a worker reading a .txt never evaluates pdfjs or mammoth. */
export const READERS: { [F in FormatName]: () => Promise<ReadersOf<F>> } = {
  text: async () => (await import('./text')).textReaders,
  markdown: async () => (await import('./markdown')).markdownReaders,
  html: async () => (await import('./html')).htmlReaders,
  word: async () => (await import('./docx')).docxReaders,
  pdf: async () => (await import('./pdf')).pdfReaders,
};
