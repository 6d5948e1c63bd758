import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import { checkForUpdate, feedUrlOf, updateDialog } from '../services/app/update-check';

/**
 * Help → Check for Updates…: the decision is Electron-free
 * (services/app/update-check.ts); electron-updater downloads and installs. It
 * runs only when the user asks, never in the background.
 */
export async function checkForUpdatesInteractively(window: BrowserWindow): Promise<void> {
  // electron-builder writes app-update.yml into the packaged app's resources; an unpackaged run has none.
  const appUpdateYml = app.isPackaged
    ? await readFile(path.join(process.resourcesPath, 'app-update.yml'), 'utf8').catch(() => null)
    : null;
  const check = await checkForUpdate({
    feedUrl: feedUrlOf(appUpdateYml),
    currentVersion: app.getVersion(),
    platform: process.platform,
    arch: process.arch,
  });
  const { message, detail, offerDownload } = updateDialog(check);
  const buttons = offerDownload ? ['Download', 'Not Now'] : ['OK'];
  const { response } = await dialog.showMessageBox(window, {
    type: check.kind === 'failed' ? 'warning' : 'info',
    message,
    detail,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  if (offerDownload && response === 0) await downloadAndOfferRestart(window);
}

async function downloadAndOfferRestart(window: BrowserWindow): Promise<void> {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = true;
  try {
    await autoUpdater.checkForUpdates();
    await autoUpdater.downloadUpdate();
  } catch (error) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: 'The update could not be downloaded.',
      detail: (error as Error).message,
      buttons: ['OK'],
    });
    return;
  }
  const { response } = await dialog.showMessageBox(window, {
    type: 'info',
    message: 'The update is ready.',
    detail:
      'Factdesk installs it when it restarts (or the next time you quit). You are asked about unsaved work first.',
    buttons: ['Restart Now', 'Later'],
    defaultId: 0,
    cancelId: 1,
  });
  // Quitting goes through the window's close request, so unsaved work is asked about; the install runs on quit.
  if (response === 0) autoUpdater.quitAndInstall(false, true);
}
