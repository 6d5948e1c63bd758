import { splitMetaLines } from '../../shared/article/structure/recognise';
import { txtImportBlocks } from '../../shared/article/structure/structured-import';
import { txtBlocks, txtParagraphs } from '../../shared/article/structure/txt-blocks';
import { escapeHtml } from '../../shared/report/escape';
import type { ReadersOf } from './readers';

/**
 * UTF-8 text, without a byte-order mark. `strict`: bytes that are not UTF-8
 * are refused (the CLI's plain text) rather than read as U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, { strict = false } = {}): string {
  try {
    return new TextDecoder('utf-8', { fatal: strict }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('it is not a text file in UTF-8');
  }
}

/** A plain-text article as HTML: one <p> per block of shared/article/structure/txt-blocks.ts. */
export function plainTextToHtml(text: string): string {
  return txtBlocks(text)
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join('\n');
}

/** A plain-text article's text with the project's convention (the same blocks). */
export function plainTextFromTxt(source: string): string {
  return txtBlocks(source).join('\n');
}

export const textReaders: ReadersOf<'text'> = {
  article: {
    html: async (bytes) => plainTextToHtml(decodeUtf8(bytes)),
    // Recognised by its lines (a byline or a caption on a line of its own), not by the paragraphs its HTML joined.
    blocks: (bytes) => txtImportBlocks(splitMetaLines(txtParagraphs(decodeUtf8(bytes)))),
    text: async (bytes) => plainTextFromTxt(decodeUtf8(bytes, { strict: true })),
  },
  source: async (bytes) => ({ title: '', text: decodeUtf8(bytes) }),
};
