import mammoth from 'mammoth';
import { ExtractionLimitError, type ExtractionLimits } from './extraction/limits';
import { checkDocxInflatedSize } from './docx-inflate-guard';
import { htmlToPlainText, tidyLines } from './html-text';
import type { ReadersOf } from './readers';

/** A Word document, read by mammoth once its inflated size is checked (docx-inflate-guard.ts). */

/** The Word reader's own errors ("[xmldom error] entity not found: ...") are not for users. */
function describeDocxError(error: unknown): Error {
  if (error instanceof ExtractionLimitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const entity = /entity not found:\s*(&[^;\s]+;)/.exec(message)?.[1];
  if (entity)
    return new Error(
      `it is not a Word document Factdesk can read (its text uses an XML entity, “${entity}”, which Factdesk does not expand)`,
    );
  return new Error('it is not a Word document Factdesk can read (it may be damaged, or another kind of file)');
}

/** An article's HTML: quotes as quotations, images dropped without being read (a linked one could point anywhere on disk). */
async function articleHtml(bytes: Buffer, limits: ExtractionLimits): Promise<string> {
  try {
    await checkDocxInflatedSize(bytes, limits.maxDocxInflatedBytes);
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: ["p[style-name='Quote'] => blockquote:fresh", "p[style-name='Intense Quote'] => blockquote:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    return result.value.replace(/<img[^>]*>/g, '');
  } catch (error) {
    throw describeDocxError(error);
  }
}

export async function docxToText(bytes: Buffer, limits: ExtractionLimits): Promise<string> {
  await checkDocxInflatedSize(bytes, limits.maxDocxInflatedBytes);
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return tidyLines(value);
}

export const docxReaders: ReadersOf<'word'> = {
  article: {
    html: articleHtml,
    text: async (bytes, limits) => htmlToPlainText(await articleHtml(bytes, limits), limits),
  },
  source: async (bytes, limits) => ({ title: '', text: await docxToText(bytes, limits) }),
};
