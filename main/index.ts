import path from 'node:path';
import { app, dialog, Menu, shell } from 'electron';
import { eventChannelOf } from '../shared/api';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createHandlers, type Dialogs } from './handlers';
import { bindIpc } from './ipc';
import { ARTICLE_EXTENSIONS } from './services/article-import';
import { buildMenu } from './menu';
import { printToPdf } from './print-to-pdf';
import { projectPathFromArgv } from './services/argv';
import { SOURCE_FILE_EXTENSIONS } from './services/source-import';
import { createElectronSettings } from './settings';
import { createMainWindow } from './window';
import { FORMAT_INFO } from '../shared/report/options';

const PROJECT_FILTERS = [{ name: 'Factdesk project', extensions: ['factdesk'] }];
const SOURCE_FILTERS = [{ name: 'Source documents', extensions: [...SOURCE_FILE_EXTENSIONS] }];

function nativeDialogs(getWindow: () => Electron.BrowserWindow): Dialogs {
  return {
    async chooseProjectToOpen() {
      const result = await dialog.showOpenDialog(getWindow(), { properties: ['openFile'], filters: PROJECT_FILTERS });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      const result = await dialog.showSaveDialog(getWindow(), {
        defaultPath: path.join(app.getPath('documents'), `${suggestedName}.factdesk`),
        filters: PROJECT_FILTERS,
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseArticleToImport() {
      const result = await dialog.showOpenDialog(getWindow(), {
        properties: ['openFile'],
        filters: [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedName, format) {
      const { label, extension } = FORMAT_INFO[format];
      const result = await dialog.showSaveDialog(getWindow(), {
        title: 'Export report',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: label, extensions: [extension] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseSourceFile() {
      const result = await dialog.showOpenDialog(getWindow(), { properties: ['openFile'], filters: SOURCE_FILTERS });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

function start(): void {
  const root = app.getAppPath();
  serveRenderer(path.join(root, 'dist', 'renderer'));
  const { window, allowClose } = createMainWindow(path.join(root, 'dist', 'main', 'preload.js'));
  const userDataDir = app.getPath('userData');
  const { settings, notice } = createElectronSettings(userDataDir, () => new Date());
  const handlers = createHandlers({
    dialogs: nativeDialogs(() => window),
    settings,
    startupNotices: notice ? [notice] : [],
    userDataDir,
    emit: (event, payload) => {
      if (!window.isDestroyed()) window.webContents.send(eventChannelOf(event), payload);
    },
    clock: () => new Date(),
    platform: process.platform,
    demoProjectPath: path.join(root, 'demo', 'city-water-demo.factdesk'),
    initialProjectPath: projectPathFromArgv(process.argv, app.isPackaged),
    closeWindow: allowClose,
    printToPdf,
    openPath: (filePath) => shell.openPath(filePath),
  });
  window.on('closed', () => void handlers.closeProjectFile());
  bindIpc(handlers, window.webContents);
  Menu.setApplicationMenu(buildMenu(window, process.platform === 'darwin'));
  window.on('closed', () => app.quit());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}
