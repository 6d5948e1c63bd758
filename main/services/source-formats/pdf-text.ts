import { tidyLines } from './html-text';

/**
 * PDF text with pdfjs-dist (legacy build, for Node). It runs its "worker" in
 * this thread: the worker module is loaded first and offered as
 * globalThis.pdfjsWorker, which pdfjs uses instead of spawning one — so the
 * esbuild bundles of main and the CLI need no separate worker file.
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

export async function pdfToText(bytes: Buffer): Promise<{ title: string; text: string }> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push((content.items as TextPiece[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    }
    const metadata = await document.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as { Title?: unknown };
    return { title: typeof info.Title === 'string' ? info.Title.trim() : '', text: joinWrappedLines(tidyLines(pages.join('\n'))) };
  } finally {
    await document.destroy();
  }
}
