import mammoth from 'mammoth';
import type { ExtractionLimits } from '../extraction/limits';
import { checkDocxInflatedSize } from './docx-inflate-guard';
import { tidyLines } from './html-text';

export async function docxToText(bytes: Buffer, limits: ExtractionLimits): Promise<string> {
  await checkDocxInflatedSize(bytes, limits.maxDocxInflatedBytes);
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return tidyLines(value);
}
