import type { ExtractionOptions } from '../../formats/extraction/run-extraction';
import type { EventSink } from '../../handlers';

/**
 * The article or source this window is importing: one at a time. Its
 * progress goes to the window (in whole percents, so a long PDF does not
 * flood it), and the window's Cancel stops it.
 */
export function createImportJobs(emit: EventSink) {
  let current: AbortController | null = null;
  return {
    /** Options for a new import; an import still running is cancelled (the window started another). */
    start(): ExtractionOptions {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      let percent = -1;
      const onProgress = (fraction: number) => {
        const now = Math.floor(fraction * 100);
        if (now === percent || controller.signal.aborted) return;
        percent = now;
        emit('importProgress', { fraction });
      };
      // The window shows its progress bar from here (after any file dialog).
      onProgress(0);
      return { signal: controller.signal, onProgress };
    },
    cancel(): void {
      current?.abort();
      current = null;
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
