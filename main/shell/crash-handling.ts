import { app, dialog, type BrowserWindow } from 'electron';
import type { CrashDetails } from '../services/crash/crash-log';
import {
  childProcessGone,
  reloadDetail,
  windowProcessGone,
  type CrashResponse,
  type ProcessGone,
} from '../services/crash/process-crash';

interface CrashWatch {
  /** Write an entry in the crash log (handlers.recordCrash). */
  record(title: string, details: CrashDetails): Promise<void>;
  /** Whether crash backups are on (Preferences), to say what a reload brings back. */
  backupsOn(): boolean;
  /** Close the window without asking its (gone) page about unsaved work. */
  allowClose(): void;
}

/**
 * When the window's page or a helper process of the app goes away: note it in
 * the crash log and, where the window is affected, offer to reload it — the
 * reloaded window then offers the crash backup of unsaved work.
 */
export function watchForCrashes(window: BrowserWindow, watch: CrashWatch): void {
  let asking = false;
  const respond = async (response: CrashResponse, details: ProcessGone) => {
    if (!response.logTitle) return;
    await watch.record(response.logTitle, { ...details }).catch(() => undefined);
    if (!response.offerReload || asking || window.isDestroyed()) return;
    asking = true;
    const { response: choice } = await dialog.showMessageBox(window, {
      type: 'error',
      message: response.message,
      detail: reloadDetail(watch.backupsOn()),
      buttons: ['Reload', 'Quit Factdesk'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    asking = false;
    if (window.isDestroyed()) return;
    if (choice === 0) window.webContents.reload();
    else watch.allowClose();
  };
  window.webContents.on('render-process-gone', (_event, details) => void respond(windowProcessGone(details), details));
  app.on('child-process-gone', (_event, details) => void respond(childProcessGone(details), details));
}
