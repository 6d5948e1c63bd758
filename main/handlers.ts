import path from 'node:path';
import type { ApiMethod, ApiResults, OpenResult, RecentProject, SaveRequestData, SaveResult, SourceImportResult, StartupState } from '../shared/api';
import { projectDisplayName } from '../shared/project-file-name';
import { refreshClaimAnchors } from '../shared/refresh-claim-anchors';
import type { Project } from '../shared/schema';
import { describeFsError, describeFile, loadProjectFile, saveProjectFile } from './services/project-io';
import { withRecent } from './services/recent-projects';
import { fetchSourceUrl } from './services/source-fetch';
import { importSourceFile } from './services/source-import';
import type { SettingsStore } from './services/settings-store';

/**
 * The implementation of the main-side API, free of 'electron': everything
 * that needs Electron (dialogs, the window) is injected, so the e2e harness
 * runs exactly this code behind `window.factdesk`.
 */

export interface Dialogs {
  /** Ask which project to open; null when the user cancels. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Ask where to save; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Ask which source document to import; null when the user cancels. */
  chooseSourceFile(): Promise<string | null>;
}

export interface HandlerDeps {
  dialogs: Dialogs;
  settings: SettingsStore;
  clock: () => Date;
  platform: NodeJS.Platform;
  demoProjectPath: string;
  initialProjectPath: string | null;
  closeWindow: () => void;
}

export type Handlers = { [M in ApiMethod]: (...args: never[]) => Promise<ApiResults[M]> };

const PLATFORM_NAMES: Record<string, StartupState['platform']> = { darwin: 'mac', win32: 'windows' };

export function withFactdeskExtension(filePath: string): string {
  return /\.factdesk$/i.test(filePath) ? filePath : `${filePath}.factdesk`;
}

export function createHandlers(deps: HandlerDeps) {
  const rememberRecent = (filePath: string, project: Project) => {
    const entry: RecentProject = { path: filePath, name: projectDisplayName(filePath, project), openedAt: deps.clock().toISOString() };
    deps.settings.set('recentProjects', withRecent(deps.settings.get('recentProjects'), entry));
  };

  const openPath = async (filePath: string): Promise<OpenResult> => {
    const absolute = path.resolve(filePath);
    const loaded = await loadProjectFile(absolute);
    if (!loaded.ok) return { ok: false, path: absolute, message: loaded.message };
    rememberRecent(absolute, loaded.project);
    const notice = loaded.migratedFrom === null ? null : `This project was made by an older version of Factdesk (file version ${loaded.migratedFrom}). It will be saved in the current format.`;
    return { ok: true, path: absolute, project: loaded.project, name: projectDisplayName(absolute, loaded.project), notice };
  };

  const writeTo = async (filePath: string, project: Project): Promise<SaveResult> => {
    try {
      const stamped = refreshClaimAnchors({ ...project, updatedAt: deps.clock().toISOString() });
      await saveProjectFile(filePath, stamped);
      rememberRecent(filePath, stamped);
      return { ok: true, path: filePath, savedAt: stamped.updatedAt };
    } catch (error) {
      return { ok: false, message: `Could not save ${describeFile(filePath)}: ${describeFsError(error)}. Your work is still open; try another folder with Save As.` };
    }
  };

  const saveAs = async (project: Project, suggestedName: string): Promise<SaveResult> => {
    const chosen = await deps.dialogs.chooseSavePath(suggestedName);
    if (!chosen) return { ok: false, cancelled: true };
    return writeTo(withFactdeskExtension(path.resolve(chosen)), project);
  };

  return {
    async getStartupState(): Promise<StartupState> {
      return {
        platform: PLATFORM_NAMES[deps.platform] ?? 'linux',
        initial: deps.initialProjectPath ? await openPath(deps.initialProjectPath) : null,
        recent: deps.settings.get('recentProjects'),
      };
    },
    async openProjectDialog(): Promise<OpenResult | null> {
      const chosen = await deps.dialogs.chooseProjectToOpen();
      return chosen ? openPath(chosen) : null;
    },
    openProjectPath: (filePath: string) => openPath(filePath),
    async openDemoProject(): Promise<OpenResult> {
      const loaded = await loadProjectFile(deps.demoProjectPath);
      if (!loaded.ok) return { ok: false, path: deps.demoProjectPath, message: loaded.message };
      // The demo opens as an unsaved copy: the bundled file is never written to.
      return { ok: true, path: null, project: loaded.project, name: 'Demo project', notice: 'This is a copy of the demo project. Save it to keep your changes.' };
    },
    async saveProject(request: SaveRequestData): Promise<SaveResult> {
      return request.path ? writeTo(request.path, request.project) : saveAs(request.project, request.suggestedName);
    },
    saveProjectAs: (request: SaveRequestData) => saveAs(request.project, request.suggestedName),
    async listRecentProjects(): Promise<RecentProject[]> {
      return deps.settings.get('recentProjects');
    },
    async closeWindow(): Promise<void> {
      deps.closeWindow();
    },
    async importSourceFile(): Promise<SourceImportResult | null> {
      const chosen = await deps.dialogs.chooseSourceFile();
      return chosen ? importSourceFile(chosen, deps.clock()) : null;
    },
    importSourceUrl: (url: string): Promise<SourceImportResult> => fetchSourceUrl(url, deps.clock()),
  } satisfies Handlers;
}

export type FactdeskHandlers = ReturnType<typeof createHandlers>;
