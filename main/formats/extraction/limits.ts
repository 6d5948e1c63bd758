import { MAX_IMPORTED_HTML_DEPTH } from '../../../shared/article/import-limits';

/**
 * How far reading a document may go: what it may inflate to, how much text
 * it may yield, how deep and large its structure may be, and how long and how
 * much memory the work may take. Beyond any of them the import stops with a
 * message saying which; nothing is added.
 */
export interface ExtractionLimits {
  /** Characters of text a document may yield (an article or a source). */
  maxTextChars: number;
  /** Bytes the parts of a .docx (a zip) may inflate to, in all. */
  maxDocxInflatedBytes: number;
  /** Bytes the compressed streams of a PDF other than images may inflate to, in all. */
  maxPdfInflatedBytes: number;
  maxPdfPages: number;
  /** HTML nested deeper than this is flattened (its deeper tags dropped, their text kept). */
  maxHtmlDepth: number;
  maxHtmlElements: number;
  timeoutMs: number;
  /** Memory the work may add to the process (the worker's heap, and everything it holds outside it). */
  maxMemoryMb: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxTextChars: 10_000_000,
  maxDocxInflatedBytes: 128 * 1024 * 1024,
  maxPdfInflatedBytes: 256 * 1024 * 1024,
  maxPdfPages: 5_000,
  maxHtmlDepth: MAX_IMPORTED_HTML_DEPTH,
  maxHtmlElements: 2_000_000,
  timeoutMs: 120_000,
  maxMemoryMb: 1536,
};

export type LimitKind = 'text' | 'inflated' | 'pages' | 'elements' | 'time' | 'memory' | 'cancelled';

/** A document that went past a limit (or a reading the user cancelled); the message finishes "could not be read: ". */
export class ExtractionLimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    message: string,
  ) {
    super(message);
  }
}

export const tooMuchText = (limits: ExtractionLimits) =>
  new ExtractionLimitError(
    'text',
    `it holds more text than Factdesk can take in one document (${limits.maxTextChars.toLocaleString('en')} characters)`,
  );

export const inflatesTooMuch = (maxBytes: number) =>
  new ExtractionLimitError(
    'inflated',
    `its compressed contents unpack to more than ${Math.round(maxBytes / (1024 * 1024))} MB, the limit (it may be built to exhaust memory)`,
  );
