import path from 'node:path';
import { app, Menu, screen, shell } from 'electron';
import { preferencesFrom } from '../../shared/settings/preferences';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { APP_FILES } from './app-files';
import { createHandlers } from '../handlers';
import { useExtractionWorkerScript } from '../formats/extraction/worker-script';
import { nativeDialogs } from './native-dialogs';
import { bindIpc } from './ipc';
import { watchForCrashes } from './crash-handling';
import { buildMenu, type MainMenuActions } from './menu';
import { printToPdf } from './print-to-pdf';
import { electronSpelling } from './spelling';
import { projectPathFromArgv } from '../services/app/argv';
import type { WindowBounds } from '../services/settings/settings-store';
import { createElectronSettings } from './settings';
import { checkForUpdatesInteractively } from './updates';
import { createMainWindow, type WindowPlacement } from './window';
import { sendEvent } from './send-event';
import { registerShareLinks, shareLinkFromArgv } from './share-link-scheme';
import { safeStorageCipher } from './token-cipher';

/** A project the OS asked us to open before the window existed (macOS open-file). */
let pendingOpenPath: string | null = null;
let requestOpen: ((filePath: string) => void) | null = null;
/** A factdesk:// link the OS handed over before the window listened: the window asks for it (takePendingShareLink). */
let pendingLink: string | null = shareLinkFromArgv(process.argv);
let requestLink: ((link: string) => void) | null = null;

function start(): void {
  const root = app.getAppPath();
  serveRenderer(path.join(root, APP_FILES.renderer));
  useExtractionWorkerScript(path.join(root, APP_FILES.extractionWorker));
  const userDataDir = app.getPath('userData');
  const { settings, notice } = createElectronSettings(userDataDir, () => new Date());
  const { window, allowClose } = createMainWindow(
    path.join(root, APP_FILES.preload),
    visibleBounds(settings.get('windowBounds')),
  );
  const menuActions: MainMenuActions = {
    recentProjects: () => settings.get('recentProjects'),
    openRecent: (filePath) => requestOpen?.(filePath),
    clearRecent: () => {
      settings.set('recentProjects', []);
      app.clearRecentDocuments();
      refreshMenu();
    },
    checkForUpdates: () => void checkForUpdatesInteractively(window),
  };
  // Rebuilt when the recent projects change (File → Open Recent lists them).
  const refreshMenu = () => Menu.setApplicationMenu(buildMenu(window, process.platform === 'darwin', menuActions));
  const handlers = createHandlers({
    dialogs: nativeDialogs(() => window),
    settings,
    startupNotices: notice ? [notice] : [],
    userDataDir,
    emit: (event, payload) => {
      if (!window.isDestroyed()) sendEvent(window.webContents, event, payload);
    },
    clock: () => new Date(),
    platform: process.platform,
    demoProjectPath: path.join(root, APP_FILES.demoProject),
    initialProjectPath: pendingOpenPath ?? projectPathFromArgv(process.argv, app.isPackaged),
    addRecentDocument: (filePath) => {
      app.addRecentDocument(filePath);
      refreshMenu();
    },
    closeWindow: allowClose,
    printToPdf,
    appVersion: app.getVersion(),
    openPath: (filePath) => shell.openPath(filePath),
    about: {
      versions: {
        version: app.getVersion(),
        electron: process.versions.electron,
        chromium: process.versions.chrome,
        node: process.versions.node,
      },
      licencesFile: path.join(root, 'dist', 'licences.json'),
    },
    spelling: electronSpelling(window.webContents, window.webContents.session, process.platform),
    tokenCipher: safeStorageCipher(),
    takePendingShareLink: () => {
      const link = pendingLink;
      pendingLink = null;
      return link;
    },
    window: {
      bounds: () => window.getNormalBounds(),
      place: (bounds) => {
        if (window.isMaximized() || window.isFullScreen()) return;
        const placement = visibleBounds(bounds);
        if (placement) window.setBounds(placement);
      },
    },
  });
  window.on('close', () => {
    settings.set('windowBounds', window.getNormalBounds());
    handlers.rememberWindowLayout();
  });
  window.on('closed', () => void handlers.closeProjectFile());
  bindIpc(handlers, window.webContents);
  watchForCrashes(window, {
    record: handlers.recordCrash,
    backupsOn: () => preferencesFrom(settings.get('preferences')).backupDelaySeconds > 0,
    allowClose,
  });
  refreshMenu();
  window.on('closed', () => app.quit());
  requestOpen = (filePath) => {
    if (window.isDestroyed()) return;
    handlers.allowOpening(filePath);
    if (window.isMinimized()) window.restore();
    window.focus();
    sendEvent(window.webContents, 'openProjectRequested', { path: filePath });
  };
  requestLink = (link) => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    sendEvent(window.webContents, 'openSharedLinkRequested', { link });
  };
}

function handleLink(link: string): void {
  if (requestLink) requestLink(link);
  else pendingLink = link;
}

/** Saved bounds, unless the display they were on is gone. */
function visibleBounds(bounds: WindowBounds | null): WindowPlacement | null {
  if (!bounds) return null;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea: a }) =>
        bounds.x < a.x + a.width &&
        bounds.x + bounds.width > a.x &&
        bounds.y < a.y + a.height &&
        bounds.y + bounds.height > a.y,
    );
  return onScreen ? bounds : { width: bounds.width, height: bounds.height };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  // A second launch (double-click on a .factdesk) hands its file to this window.
  registerShareLinks(handleLink);
  app.on('second-instance', (_event, argv) => {
    const link = shareLinkFromArgv(argv);
    if (link) return handleLink(link);
    const filePath = projectPathFromArgv(argv, app.isPackaged);
    if (filePath) requestOpen?.(filePath);
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (requestOpen) requestOpen(filePath);
    else pendingOpenPath = filePath;
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}
