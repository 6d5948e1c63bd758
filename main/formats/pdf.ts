import type { Progress } from './extraction/jobs';
import { ExtractionLimitError, tooMuchText, type ExtractionLimits } from './extraction/limits';
import { tidyLines } from './html-text';
import { checkPdfInflatedSize } from './pdf-inflate-guard';
import type { ReadersOf } from './readers';

/**
 * PDF text with pdfjs-dist (legacy build, for Node), run in the extraction
 * worker. pdfjs's own "worker" runs in that same thread: its module is loaded
 * first and offered as globalThis.pdfjsWorker, which pdfjs uses instead of
 * spawning one — so the extraction worker's bundle is all it needs.
 */

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | null = null;

/**
 * On load pdfjs looks for a canvas package to draw pages and prints warnings
 * with console.log when it finds none. Factdesk only reads text, never draws,
 * and those lines would corrupt the CLI's --json output: they are dropped.
 */
async function withoutLoadWarnings<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) log(...args);
  };
  try {
    return await load();
  } finally {
    console.log = log;
  }
}

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= withoutLoadWarnings(async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  });
  return pdfjs;
}

/** PDF lines are visual: a line that does not end a sentence continues on the next. */
function joinWrappedLines(text: string): string {
  return text.replace(/([^.!?:;”"’)\n])\n(?=\S)/g, '$1 ');
}

interface TextPiece {
  str?: string;
  hasEOL?: boolean;
}

export async function pdfToText(
  bytes: Buffer,
  limits: ExtractionLimits,
  progress: Progress = () => undefined,
): Promise<{ title: string; text: string }> {
  await checkPdfInflatedSize(bytes, limits.maxPdfInflatedBytes);
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const document = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  try {
    const pageCount = document.numPages;
    if (pageCount > limits.maxPdfPages) {
      throw new ExtractionLimitError(
        'pages',
        `it has ${pageCount.toLocaleString('en')} pages; Factdesk reads at most ${limits.maxPdfPages.toLocaleString('en')}`,
      );
    }
    const pages: string[] = [];
    let characters = 0;
    for (let number = 1; number <= pageCount; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = (content.items as TextPiece[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join('');
      characters += text.length;
      if (characters > limits.maxTextChars) throw tooMuchText(limits);
      pages.push(text);
      page.cleanup();
      progress(number / pageCount);
    }
    const metadata = await document.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as { Title?: unknown };
    return {
      title: typeof info.Title === 'string' ? info.Title.trim() : '',
      text: joinWrappedLines(tidyLines(pages.join('\n'))),
    };
  } finally {
    await document.destroy();
  }
}

export const pdfReaders: ReadersOf<'pdf'> = { source: pdfToText };
