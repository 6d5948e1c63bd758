import { factdesk } from '../factdesk';
import { progressStore } from '../state/progress-store';

/**
 * An article or source being imported, shown as a progress bar with a Cancel
 * button. Main's part (reading the file, in its worker) fills the bar up to
 * `mainShare`; the window's own part (building the article) the rest. The bar
 * appears once main says it is reading (not while its file dialog is open).
 * Cancel stops main's reading and tells the caller (`cancelled()`), who then
 * leaves everything as it was.
 */
export interface ImportRun {
  cancelled(): boolean;
  /** The window's part, 0 to 1. */
  windowProgress(fraction: number): void;
  cancel(): void;
  finish(): void;
}

export function startImport(label: string, mainShare = 0.5): ImportRun {
  let over = false;
  let cancelled = false;
  const show = (fraction: number) => {
    if (!over) progressStore.set({ label, percent: Math.round(fraction * 100), cancel });
  };
  const finish = () => {
    over = true;
    unsubscribe();
    progressStore.update((progress) => (progress?.cancel === cancel ? null : progress));
  };
  const cancel = () => {
    cancelled = true;
    void factdesk.cancelImport();
    finish();
  };
  const unsubscribe = factdesk.on('importProgress', ({ fraction }) => show(fraction * mainShare));
  return {
    cancelled: () => cancelled,
    windowProgress: (fraction) => show(mainShare + fraction * (1 - mainShare)),
    cancel,
    finish,
  };
}
