/**
 * What to do when a Chromium process of the app goes away (Electron's
 * render-process-gone and child-process-gone): what goes in the crash log,
 * and whether to offer to reload the window (which then offers the crash
 * backup of unsaved work). Electron-free; main/crash-handling.ts shows it.
 */

export interface ProcessGone {
  reason: string;
  exitCode: number;
  /** child-process-gone only: 'GPU', 'Utility', ... */
  type?: string;
  name?: string;
  serviceName?: string;
}

export interface CrashResponse {
  /** null: nothing worth recording (a normal exit). */
  logTitle: string | null;
  offerReload: boolean;
  message: string;
}

const WHY: Record<string, string> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was stopped by the system',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
  'abnormal-exit': 'it stopped unexpectedly',
};

const why = (reason: string) => WHY[reason] ?? `it stopped (${reason})`;

export function windowProcessGone(details: ProcessGone): CrashResponse {
  if (details.reason === 'clean-exit') return { logTitle: null, offerReload: false, message: '' };
  return {
    logTitle: 'The window’s page stopped',
    offerReload: true,
    message: `Factdesk’s window stopped working: ${why(details.reason)}.`,
  };
}

export function childProcessGone(details: ProcessGone): CrashResponse {
  if (details.reason === 'clean-exit') return { logTitle: null, offerReload: false, message: '' };
  const name = details.serviceName || details.name || details.type || 'helper';
  // The GPU process draws the window: without it the window may be blank. Others restart on their own.
  const offerReload = details.type === 'GPU';
  return {
    logTitle: `A ${name} process stopped`,
    offerReload,
    message: offerReload
      ? `Factdesk’s graphics process stopped: ${why(details.reason)}. The window may not draw correctly until it reloads.`
      : '',
  };
}

export function reloadDetail(backupsOn: boolean): string {
  return backupsOn
    ? 'Reload the window to go on: your unsaved work was backed up when you last paused, and Factdesk offers that backup after the reload. Help → Open Crash Log shows what happened.'
    : 'Reload the window to go on. Crash backups are off (Preferences), so changes since your last save cannot be restored. Help → Open Crash Log shows what happened.';
}
