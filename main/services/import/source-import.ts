import path from 'node:path';
import type { Source } from '../../../shared/project/schema';
import { createSource, MAX_SOURCE_CHARS } from '../../../shared/sources/sources';
import { ExtractionLimitError } from '../../formats/extraction/limits';
import { runExtraction, type ExtractionOptions } from '../../formats/extraction/run-extraction';
import { eitherOf, namedExtensions, readsAs } from '../../formats/formats';
import type { ExtractedSource } from '../../formats/read';
import { FileTooLarge, readCappedFile } from '../../formats/read-capped-file';
import { describeFile, describeFsError } from '../project-file/project-io';

/** Source files -> sources: text extracted by format (in the extraction worker), frozen into the project. */

export type SourceResult = { ok: true; source: Source } | { ok: false; message: string };

/** Checks extracted text and makes the source; the message names what was being read. */
export function sourceFromExtracted(
  extracted: ExtractedSource,
  what: string,
  meta: { fileName?: string; url?: string },
  now: Date,
): SourceResult {
  const text = extracted.text.trim();
  if (!text)
    return {
      ok: false,
      message: `${what} has no text Factdesk can read (a scanned PDF or an image-only page?). Nothing was added.`,
    };
  if (text.length > MAX_SOURCE_CHARS)
    return {
      ok: false,
      message: `${what} has more text than a source can hold (${MAX_SOURCE_CHARS.toLocaleString('en')} characters). Nothing was added.`,
    };
  const fallbackTitle = meta.fileName ? meta.fileName.replace(/\.[^.]+$/, '') : '';
  // Title, outlet, byline and date from the text itself where the file has none (recognised in the worker).
  const found = extracted.fromText;
  const recognised = {
    title: extracted.title || found.title || fallbackTitle,
    outlet: found.outlet,
    author: found.byline,
    publishedDate: found.publishedDate,
  };
  return { ok: true, source: createSource({ ...recognised, text, ...meta }, now) };
}

export async function importSourceFile(
  filePath: string,
  now: Date,
  options: ExtractionOptions = {},
): Promise<SourceResult> {
  const fileName = path.basename(filePath);
  const what = `The file ${describeFile(filePath)}`;
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!readsAs(extension, 'source'))
    return {
      ok: false,
      message: `${what} is not a file type Factdesk can import. Use ${eitherOf(namedExtensions('source'))}.`,
    };
  let bytes: Buffer;
  try {
    ({ bytes } = await readCappedFile(filePath, 'source'));
  } catch (error) {
    if (error instanceof FileTooLarge)
      return { ok: false, message: `${what} is too large to import (${error.sizes}). Nothing was added.` };
    return {
      ok: false,
      message: `Could not read the file ${describeFile(filePath)}: ${describeFsError(error)}. Nothing was added.`,
    };
  }
  try {
    return sourceFromExtracted(await runExtraction('sourceText', bytes, extension, options), what, { fileName }, now);
  } catch (error) {
    if (error instanceof ExtractionLimitError)
      return { ok: false, message: `${what} could not be imported: ${error.message}. Nothing was added.` };
    return {
      ok: false,
      message: `${what} could not be read as a ${extension.toUpperCase()} file: it may be damaged or not what its name says. Nothing was added.`,
    };
  }
}
