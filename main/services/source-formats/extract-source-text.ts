import { recogniseSourceText, type ArticleFields } from '../../../shared/article-structure/recognise';
import type { Progress } from '../extraction/jobs';
import { tooMuchText, type ExtractionLimits } from '../extraction/limits';
import { docxToText } from './docx-text';
import { htmlToText } from './html-text';
import { markdownToText } from './markdown-text';
import { pdfToText } from './pdf-text';

/** A source document's title and text, by its format (run in the extraction worker). */

export interface Extracted {
  title: string;
  text: string;
}

/** With the title, outlet and byline its own text gives (shared/article-structure), recognised in the worker too. */
export interface ExtractedSource extends Extracted {
  fromText: ArticleFields;
}

const decode = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');

const EXTRACTORS: Record<string, (bytes: Buffer, limits: ExtractionLimits, progress: Progress) => Promise<Extracted>> = {
  txt: async (bytes) => ({ title: '', text: decode(bytes) }),
  md: async (bytes, limits) => markdownToText(decode(bytes), limits),
  markdown: async (bytes, limits) => markdownToText(decode(bytes), limits),
  html: async (bytes, limits) => htmlToText(decode(bytes), { limits }),
  htm: async (bytes, limits) => htmlToText(decode(bytes), { limits }),
  docx: async (bytes, limits) => ({ title: '', text: await docxToText(bytes, limits) }),
  pdf: (bytes, limits, progress) => pdfToText(bytes, limits, progress),
};

export async function extractSourceText(bytes: Buffer, extension: string, limits: ExtractionLimits, progress: Progress): Promise<ExtractedSource> {
  const extract = Object.hasOwn(EXTRACTORS, extension) ? EXTRACTORS[extension] : undefined;
  if (!extract) throw new Error(`no reader for .${extension}`);
  const extracted = await extract(bytes, limits, progress);
  if (extracted.text.length > limits.maxTextChars) throw tooMuchText(limits);
  return { ...extracted, fromText: recogniseSourceText(extracted.text) };
}
