import mammoth from 'mammoth';
import { tidyLines } from './html-text';

export async function docxToText(bytes: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return tidyLines(value);
}
