import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../../shared/schema';
import { recogniseSourceText } from '../../shared/article-structure/recognise';
import { createSource, MAX_SOURCE_CHARS } from '../../shared/sources';
import { docxToText } from './source-formats/docx-text';
import { htmlToText } from './source-formats/html-text';
import { markdownToText } from './source-formats/markdown-text';
import { pdfToText } from './source-formats/pdf-text';
import { describeFile, describeFsError } from './project-io';

/** Source files -> sources: text extracted by format, frozen into the project. */

export type SourceResult = { ok: true; source: Source } | { ok: false; message: string };

export const MAX_SOURCE_FILE_BYTES = 25 * 1024 * 1024;
export const SOURCE_FILE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] as const;

interface Extracted {
  title: string;
  text: string;
}

const decode = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');

const EXTRACTORS: Record<string, (bytes: Buffer) => Promise<Extracted>> = {
  txt: async (bytes) => ({ title: '', text: decode(bytes) }),
  md: async (bytes) => markdownToText(decode(bytes)),
  markdown: async (bytes) => markdownToText(decode(bytes)),
  html: async (bytes) => htmlToText(decode(bytes)),
  htm: async (bytes) => htmlToText(decode(bytes)),
  docx: async (bytes) => ({ title: '', text: await docxToText(bytes) }),
  pdf: (bytes) => pdfToText(bytes),
};

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Checks extracted text and makes the source; the message names what was being read. */
export function sourceFromExtracted(extracted: Extracted, what: string, meta: { fileName?: string; url?: string }, now: Date): SourceResult {
  const text = extracted.text.trim();
  if (!text) return { ok: false, message: `${what} has no text Factdesk can read (a scanned PDF or an image-only page?). Nothing was added.` };
  if (text.length > MAX_SOURCE_CHARS) return { ok: false, message: `${what} has more text than a source can hold (${MAX_SOURCE_CHARS.toLocaleString('en')} characters). Nothing was added.` };
  const fallbackTitle = meta.fileName ? meta.fileName.replace(/\.[^.]+$/, '') : '';
  // Title, outlet, byline and date from the text itself where the file has none (shared/article-structure).
  const found = recogniseSourceText(text);
  const recognised = { title: extracted.title || found.title || fallbackTitle, outlet: found.outlet, author: found.byline, publishedDate: found.publishedDate };
  return { ok: true, source: createSource({ ...recognised, text, ...meta }, now) };
}

export async function importSourceFile(filePath: string, now: Date): Promise<SourceResult> {
  const fileName = path.basename(filePath);
  const what = `The file ${describeFile(filePath)}`;
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const extract = Object.hasOwn(EXTRACTORS, extension) ? EXTRACTORS[extension] : undefined;
  if (!extract) return { ok: false, message: `${what} is not a file type Factdesk can import. Use .txt, .md, .html, .docx or .pdf.` };
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (info.size > MAX_SOURCE_FILE_BYTES) return { ok: false, message: `${what} is too large to import (${megabytes(info.size)}; the limit is ${megabytes(MAX_SOURCE_FILE_BYTES)}). Nothing was added.` };
    bytes = await readFile(filePath);
  } catch (error) {
    return { ok: false, message: `Could not read the file ${describeFile(filePath)}: ${describeFsError(error)}. Nothing was added.` };
  }
  try {
    return sourceFromExtracted(await extract(bytes), what, { fileName }, now);
  } catch {
    return { ok: false, message: `${what} could not be read as a ${extension.toUpperCase()} file: it may be damaged or not what its name says. Nothing was added.` };
  }
}
