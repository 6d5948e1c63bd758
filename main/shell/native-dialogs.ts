import path from 'node:path';
import { app, dialog } from 'electron';
import { FORMAT_INFO } from '../../shared/report/options';
import type { Dialogs } from '../handlers';
import { ARTICLE_EXTENSIONS, SOURCE_EXTENSIONS } from '../formats/formats';

/** The native file dialogs behind HandlerDeps.dialogs. */
const PROJECT_FILTERS = [{ name: 'Factdesk project', extensions: ['factdesk'] }];
const SOURCE_FILTERS = [{ name: 'Source documents', extensions: [...SOURCE_EXTENSIONS] }];

export function nativeDialogs(getWindow: () => Electron.BrowserWindow): Dialogs {
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
