import { htmlToPlainText } from './html-text';
import type { ReadersOf } from './readers';
import { decodeUtf8 } from './text';
import { htmlToText } from './web-page-text';

/** An HTML file: as an article, its own markup (bounded and sanitised later); as a source, its readable text. */
export const htmlReaders: ReadersOf<'html'> = {
  article: {
    html: async (bytes) => decodeUtf8(bytes),
    text: async (bytes, limits) => htmlToPlainText(decodeUtf8(bytes, { strict: true }), limits),
  },
  source: async (bytes, limits) => htmlToText(decodeUtf8(bytes), { limits }),
};
