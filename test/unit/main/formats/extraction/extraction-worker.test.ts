import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACTION_LIMITS } from '../../../../../main/formats/extraction/limits';
import { importSourceFile } from '../../../../../main/services/import/source-import';
import { docxOf, pdfOf } from '../../../helpers/hostile-documents';

/**
 * Documents are read in a worker thread: main's event loop stays free (a
 * timer keeps firing), progress is reported, and the reading can be
 * cancelled or stopped by its time and memory limits.
 */

const NOW = new Date('2026-12-01T10:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-extract-'));
const longPdf = path.join(dir, 'annual-accounts.pdf');
writeFileSync(
  longPdf,
  pdfOf({ pages: 2_000, pageText: 'Leakage fell by 9 per cent after the new detection programme began.' }),
);

/** Runs `work` while a 20 ms timer ticks on this thread; the longest wait between ticks. */
async function longestTimerGap<T>(work: () => Promise<T>): Promise<{ result: T; gapMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 20);
  try {
    return { result: await work(), gapMs: Math.max(gapMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe('reading documents in the extraction worker', () => {
  it('keeps main’s timers firing while a 2,000-page PDF is read, and reports progress page by page', async () => {
    const progress: number[] = [];
    const { result, gapMs } = await longestTimerGap(() =>
      importSourceFile(longPdf, NOW, { onProgress: (fraction) => progress.push(fraction) }),
    );
    expect(gapMs).toBeLessThan(1_000);
    if (!result.ok) throw new Error(result.message);
    expect(result.source.text.split('\n')).toHaveLength(2_000);
    expect(progress.length).toBeGreaterThan(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  }, 60_000);

  it('stops when cancelled, and says so', async () => {
    const controller = new AbortController();
    let cancelledAt = 0;
    const result = await importSourceFile(longPdf, NOW, {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction < 0.05 || cancelledAt) return;
        cancelledAt = performance.now();
        controller.abort();
      },
    });
    expect(performance.now() - cancelledAt).toBeLessThan(1_000);
    expect(result).toEqual({
      ok: false,
      message: 'The file ‘annual-accounts.pdf’ could not be imported: the import was cancelled. Nothing was added.',
    });
  }, 60_000);

  it('stops at the time limit', async () => {
    const result = await importSourceFile(longPdf, NOW, { limits: { ...DEFAULT_EXTRACTION_LIMITS, timeoutMs: 300 } });
    expect(result).toEqual({
      ok: false,
      message:
        'The file ‘annual-accounts.pdf’ could not be imported: reading it took longer than 0.3 seconds, the limit. Nothing was added.',
    });
  }, 30_000);

  it('stops at the memory limit', async () => {
    const file = path.join(dir, 'minutes.docx');
    writeFileSync(file, docxOf('The council met on Tuesday. ', 24));
    const result = await importSourceFile(file, NOW, { limits: { ...DEFAULT_EXTRACTION_LIMITS, maxMemoryMb: 64 } });
    expect(result).toEqual({
      ok: false,
      message:
        'The file ‘minutes.docx’ could not be imported: reading it needed more memory than Factdesk allows (64 MB). Nothing was added.',
    });
  }, 30_000);
});
