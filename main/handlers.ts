import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { apiHandlers, type AboutInfo, type SpellingAtPointer, type ApiEvent, type ApiEventPayloads, type ArticleImportResult, type ActivityPageRequestData, type EvidencePlace, type EvidenceRequestData, type MergeResultData, type OpenResult, type RecentProject, type SaveRequestData, type SaveResult, type SourceImportResult, type StartupState, type DroppedFileData } from '../shared/api';
import { projectDisplayName } from '../shared/project-file-name';
import { refreshClaimAnchors } from '../shared/refresh-claim-anchors';
import { findClaims, type ClaimSuggestion } from '../shared/claim-finder';
import { Identity } from '../shared/identity';
import { preferencesFrom, type Preferences } from '../shared/preferences';
import type { Project, ProjectView } from '../shared/schema';
import { createCrashHandlers } from './services/crash/crash-handlers';
import { CrashLog, type CrashDetails } from './services/crash/crash-log';
import { createRecoveryHandlers } from './project/recovery-handlers';
import { importArticleFile } from './services/article-import';
import { stillHolds } from './services/project-file/file-fingerprint';
import { thisProcessOwner, type LockInfo } from './services/project-file/file-lock';
import { HistorySnapshots } from './services/recovery/history-snapshots';
import { SourceSessions } from './project/held-project';
import { OpenProjectFile } from './project/open-project-file';
import { createExportHandlers, type ExportDeps } from './services/export/export-handlers';
import { describeFile, loadProjectFile, saveProjectFile } from './services/project-file/project-io';
import { nothingSaved } from './services/disk/write-errors';
import { withRecent } from './services/settings/recent-projects';
import { backupKeyOf, RecoveryBackups } from './services/recovery/recovery-backups';
import { openDroppedFile } from './services/import/drop-handler';
import { DEFAULT_FETCH_LIMITS, fetchSourceUrl, type SourceFetchResult } from './services/web/source-fetch';
import { importSourceFile, type SourceResult } from './services/source-import';
import type { SettingsStore } from './services/settings/settings-store';
import { removeStaleTempFiles } from './services/disk/stale-temp-files';
import { readLicences } from './services/app/licences';
import { mergeWithFileOnDisk } from './project/merge-with-disk';
import { createLayoutHandlers, type WindowControl } from './project/window-layout';
import { createReloadHandlers } from './project/pending-reload';
import { createImportJobs } from './services/import/import-jobs';

/**
 * The implementation of the main-side API, free of 'electron': everything
 * that needs Electron (dialogs, the window, sending events) is injected, so
 * the e2e harness runs exactly this code behind `window.factdesk`.
 */

export interface Dialogs {
  /** Ask which project to open; null when the user cancels. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Ask where to save; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Ask which article file (.txt, .md, .html, .docx) to import; null when cancelled. */
  chooseArticleToImport(): Promise<string | null>;
  /** Ask where to write an exported report; null when the user cancels. */
  chooseExportPath: ExportDeps['chooseExportPath'];
  /** Ask which source document to import; null when the user cancels. */
  chooseSourceFile(): Promise<string | null>;
}

export type EventSink = <E extends ApiEvent>(event: E, payload: ApiEventPayloads[E]) => void;

export interface HandlerDeps {
  /** Tell the OS about a project opened or saved (its recent-documents list). */
  addRecentDocument?: (filePath: string) => void;
  dialogs: Dialogs;
  settings: SettingsStore;
  clock: () => Date;
  platform: NodeJS.Platform;
  demoProjectPath: string;
  initialProjectPath: string | null;
  closeWindow: () => void;
  /** Where backups and history live (Electron's userData folder in the app). */
  userDataDir: string;
  /** Sends an event to this window's renderer. */
  emit: EventSink;
  /** Problems met before the window opened, shown to the user at start-up. */
  startupNotices?: string[];
  /** How often the open file is checked for outside changes. */
  watchIntervalMs?: number;
  /** Print report HTML to PDF bytes (Electron's printToPDF in the app). */
  printToPdf: ExportDeps['printToPdf'];
  /** Open a file in the system's default app (Electron's shell.openPath). */
  openPath: ExportDeps['openPath'];
  /** The window, to restore its size and position per project. */
  window?: WindowControl;
  /** The app's version, written in the crash log. */
  appVersion?: string;
  /** Help → About: the versions running, and the licence list written at build time. */
  about?: { versions: Omit<AboutInfo, 'licences'>; licencesFile: string };
  /** The window's spellchecker (Electron's session and context-menu parameters in the app). */
  spelling?: SpellingDeps;
}

export interface SpellingDeps {
  /** The misspelled word under the right-click being handled, and the suggestions for it. */
  atContextMenu(): Promise<SpellingAtPointer | null>;
  addToDictionary(word: string): void;
  /** ISO 639-1 code of the article's language; "" for the system's languages. */
  setLanguage(language: string): void;
}

const PLATFORM_NAMES: Record<string, StartupState['platform']> = { darwin: 'mac', win32: 'windows' };

export function withFactdeskExtension(filePath: string): string {
  return /\.factdesk$/i.test(filePath) ? filePath : `${filePath}.factdesk`;
}

function describeLockHolder(holder: LockInfo): string {
  const who = holder.user ? `${holder.user} on ${holder.hostname}` : holder.hostname;
  return `This project is open in another Factdesk window (${who}). It is read-only here: use Save As to keep your changes in a copy.`;
}

const SAVE_ADVICE: Record<string, string> = {
  ENOSPC: 'free some space, or use Save As to save it on another disk',
  EREADONLY: 'make the file writable, or use Save As to keep your changes in a copy',
};

function saveFailureMessage(error: unknown, filePath: string): string {
  const advice = SAVE_ADVICE[(error as NodeJS.ErrnoException)?.code ?? ''] ?? 'use Save As to save it somewhere else';
  return `${nothingSaved(error, filePath)}. Your work is still open; ${advice}.`;
}

export function createHandlers(deps: HandlerDeps) {
  const owner = thisProcessOwner(randomUUID());
  const backups = new RecoveryBackups(path.join(deps.userDataDir, 'backups'));
  const history = new HistorySnapshots(path.join(deps.userDataDir, 'history'));
  const sessions = new SourceSessions();
  const imports = createImportJobs(deps.emit);
  let openFile: OpenProjectFile | null = null;
  const crashLog = new CrashLog(deps.userDataDir, deps.clock, deps.appVersion ?? 'unknown');
  /** Paths the user chose in a Save dialog, or the OS asked us to open, in this session: the window may name these. */
  const chosenPaths = new Set<string>();
  const mayWrite = (filePath: string) => filePath === openFile?.path || chosenPaths.has(filePath);
  const mayOpen = (filePath: string) => chosenPaths.has(filePath) || deps.settings.get('recentProjects').some((recent) => path.resolve(recent.path) === filePath);
  const layouts = createLayoutHandlers({ settings: deps.settings, window: deps.window, openFilePath: () => openFile?.path ?? null });

  /** Never fails an open or a save: a recent list that could not be written (a full disk) is only a shorter list. */
  const rememberRecent = (filePath: string, project: Project) => {
    const entry: RecentProject = { path: filePath, name: projectDisplayName(filePath, project), openedAt: deps.clock().toISOString() };
    try {
      deps.settings.set('recentProjects', withRecent(deps.settings.get('recentProjects'), entry));
    } catch {
      // Kept in memory; written with the next change that fits.
    }
    deps.addRecentDocument?.(filePath);
  };

  const closeOpenFile = async () => {
    layouts.rememberWindow();
    await openFile?.close();
    openFile = null;
  };

  const track = async (filePath: string, fingerprint: OpenProjectFile['fingerprint'], project: Project) => {
    await closeOpenFile();
    openFile = await OpenProjectFile.open(filePath, fingerprint, project, {
      owner,
      clock: deps.clock,
      onOutsideChange: (changed) => deps.emit('fileChangedOnDisk', { path: changed }),
      watchIntervalMs: deps.watchIntervalMs ?? 1000,
    });
    return openFile;
  };

  const openPath = async (filePath: string): Promise<OpenResult> => {
    const absolute = path.resolve(filePath);
    const loaded = await loadProjectFile(absolute);
    if (!loaded.ok) return { ok: false, path: absolute, message: loaded.message };
    await removeStaleTempFiles(absolute);
    const tracked = await track(absolute, loaded.fingerprint, loaded.project);
    const layout = layouts.layoutOnOpen(absolute);
    rememberRecent(absolute, loaded.project);
    const notice = loaded.migratedFrom === null ? null : `This project was made by an older version of Factdesk (file version ${loaded.migratedFrom}). It will be saved in the current format.`;
    return {
      ok: true,
      path: absolute,
      ...sessions.begin(loaded.project),
      name: projectDisplayName(absolute, loaded.project),
      notice,
      repairs: loaded.repairs,
      readOnly: tracked.lockedBy ? describeLockHolder(tracked.lockedBy) : null,
      layout,
    };
  };

  /** Refuse to overwrite a file someone else changed (or holds open) since we read it. */
  const refusal = async (filePath: string, overwrite: boolean): Promise<SaveResult | null> => {
    if (!openFile || openFile.path !== filePath) return null;
    if (openFile.lockedBy) return { ok: false, message: describeLockHolder(openFile.lockedBy) };
    if (overwrite || (await stillHolds(filePath, openFile.fingerprint))) return null;
    return { ok: false, conflict: true, path: filePath, message: `${describeFile(filePath)} was changed on disk by someone else since you opened it. Nothing was saved.` };
  };

  const writeTo = async (filePath: string, project: Project, overwrite = false): Promise<SaveResult> => {
    const refused = await refusal(filePath, overwrite);
    if (refused) return refused;
    const previousPath = openFile?.path ?? null;
    try {
      const stamped = refreshClaimAnchors({ ...project, updatedAt: deps.clock().toISOString() });
      const fingerprint = await saveProjectFile(filePath, stamped);
      if (openFile?.path === filePath) openFile.accept(fingerprint, stamped);
      else await track(filePath, fingerprint, stamped);
      rememberRecent(filePath, stamped);
      await afterSave(stamped, [filePath, previousPath, null]);
      return { ok: true, path: filePath, savedAt: stamped.updatedAt };
    } catch (error) {
      return { ok: false, message: saveFailureMessage(error, filePath) };
    }
  };

  /**
   * A saved project needs no crash backup (under its new path, its old one,
   * or as never-saved work); it may earn a history snapshot. Neither may fail the save.
   */
  const afterSave = async (project: Project, backupPaths: (string | null)[]) => {
    for (const backupPath of new Set(backupPaths)) {
      await backups.remove(backupKeyOf(backupPath, project.id)).catch(() => undefined);
    }
    await history.maybeTake(project, deps.clock()).catch(() => undefined);
  };

  const saveAs = async (project: Project, suggestedName: string): Promise<SaveResult> => {
    const chosen = await deps.dialogs.chooseSavePath(suggestedName);
    if (!chosen) return { ok: false, cancelled: true };
    const target = withFactdeskExtension(path.resolve(chosen));
    chosenPaths.add(target);
    return writeTo(target, project, true);
  };

  /** The window's project with its source texts back, as everything that leaves the app needs it. */
  const keptIn = (session: string, imported: SourceResult | SourceFetchResult): SourceImportResult => (imported.ok ? { ok: true, source: sessions.get(session).keep(imported.source) } : imported);

  const projectFrom = (session: string, view: ProjectView): Project => sessions.get(session).projectOf(view);

  const savedOr = (request: SaveRequestData, save: (project: Project) => Promise<SaveResult>): Promise<SaveResult> => {
    try {
      return save(projectFrom(request.session, request.project));
    } catch (error) {
      return Promise.resolve({ ok: false, message: `Nothing was saved: ${(error as Error).message} Use Save As after reopening the project.` });
    }
  };

  const api = apiHandlers({
    async getStartupState(): Promise<StartupState> {
      return {
        platform: PLATFORM_NAMES[deps.platform] ?? 'linux',
        notices: deps.startupNotices ?? [],
        initial: deps.initialProjectPath ? await openPath(deps.initialProjectPath) : null,
        recent: deps.settings.get('recentProjects'),
        identity: Identity.safeParse(deps.settings.get('identity')).data ?? null,
        preferences: preferencesFrom(deps.settings.get('preferences')),
      };
    },
    async openProjectDialog(): Promise<OpenResult | null> {
      const chosen = await deps.dialogs.chooseProjectToOpen();
      return chosen ? openPath(chosen) : null;
    },
    /** For the recent projects list (and files the OS handed over): any other path is refused unread. */
    async openProjectPath(filePath: string): Promise<OpenResult> {
      const absolute = path.resolve(filePath);
      if (mayOpen(absolute)) return openPath(absolute);
      return { ok: false, path: filePath, message: `‘${path.basename(filePath)}’ is not in your recent projects. Use File → Open… to open it.` };
    },
    async openDemoProject(): Promise<OpenResult> {
      const loaded = await loadProjectFile(deps.demoProjectPath);
      if (!loaded.ok) return { ok: false, path: deps.demoProjectPath, message: loaded.message };
      await closeOpenFile();
      // The demo opens as an unsaved copy: the bundled file is never written to.
      return { ok: true, path: null, ...sessions.begin(loaded.project), name: 'Demo project', notice: 'This is a copy of the demo project. Save it to keep your changes.', repairs: loaded.repairs, readOnly: null };
    },
    saveProject: (request: SaveRequestData): Promise<SaveResult> =>
      savedOr(request, (project) => {
        if (!request.path) return saveAs(project, request.suggestedName);
        const target = path.resolve(request.path);
        if (!mayWrite(target)) return Promise.resolve({ ok: false, message: 'Nothing was saved: Factdesk saves only to the project it has open, or to a place you choose with Save As.' });
        return writeTo(target, project, request.overwrite ?? false);
      }),
    saveProjectAs: (request: SaveRequestData) => savedOr(request, (project) => saveAs(project, request.suggestedName)),
    async listRecentProjects(): Promise<RecentProject[]> {
      return deps.settings.get('recentProjects');
    },
    async closeWindow(): Promise<void> {
      await closeOpenFile();
      deps.closeWindow();
    },
    async findClaims(plainText: string): Promise<ClaimSuggestion[]> {
      return findClaims(plainText);
    },
    async setPreferences(preferences: Preferences): Promise<Preferences> {
      deps.settings.set('preferences', preferences);
      return preferences;
    },
    async setIdentity(identity: Identity): Promise<Identity> {
      deps.settings.set('identity', identity);
      return identity;
    },
    async importArticleDialog(): Promise<ArticleImportResult | null> {
      const chosen = await deps.dialogs.chooseArticleToImport();
      return chosen ? importArticleFile(chosen, imports.start()) : null;
    },
    async mergeWithDisk(session: string, mine: ProjectView): Promise<MergeResultData> {
      const merged = await mergeWithFileOnDisk(openFile, projectFrom(session, mine));
      return merged.ok ? { ...merged, project: sessions.get(session).viewOf(merged.project) } : merged;
    },
    ...createReloadHandlers({ openFile: () => openFile, sessions }),
    saveProjectLayout: layouts.saveProjectLayout,
    async closeProjectFile(): Promise<void> {
      sessions.end();
      await closeOpenFile();
    },
    ...createRecoveryHandlers({ backups, history, clock: deps.clock, openPath, sessions, openFilePath: () => openFile?.path ?? null }),
    ...createCrashHandlers({ crashLog, openPath: deps.openPath }),
    ...createExportHandlers({ chooseExportPath: deps.dialogs.chooseExportPath, printToPdf: deps.printToPdf, openPath: deps.openPath, projectFrom, openFilePath: () => openFile?.path ?? null }),
    async importSourceFile(session: string): Promise<SourceImportResult | null> {
      const chosen = await deps.dialogs.chooseSourceFile();
      return chosen ? keptIn(session, await importSourceFile(chosen, deps.clock(), imports.start())) : null;
    },
    importSourceUrl: async (session: string, url: string, ownNetworkAddresses: string[]): Promise<SourceImportResult> =>
      keptIn(session, await fetchSourceUrl(url, deps.clock(), { ...DEFAULT_FETCH_LIMITS, ownNetworkAddresses, signal: imports.start().signal })),
    async cancelImport(): Promise<void> {
      imports.cancel();
    },
    openDroppedFile: (dropped: DroppedFileData) => openDroppedFile(dropped, { clock: deps.clock, sessions, importOptions: imports.start }),
    readActivity: async (session: string, { heldActivity, ...query }: ActivityPageRequestData) => sessions.get(session).activityPage(heldActivity, query),
    readSourceText: async (session: string, sourceId: string): Promise<string | null> => sessions.get(session).textOf(sourceId) ?? null,
    locateEvidence: async (session: string, places: EvidencePlace[]) => sessions.get(session).locate(places),
    suggestEvidence: ({ session, claimText, sourceIds, top }: EvidenceRequestData) => sessions.get(session).suggest(claimText, sourceIds, top),
    async putSourceTexts(session: string, texts: { id: string; text: string }[]): Promise<void> {
      sessions.get(session).addTexts(texts);
    },
    spellingAtContextMenu: async (): Promise<SpellingAtPointer | null> => (await deps.spelling?.atContextMenu()) ?? null,
    async addToDictionary(word: string): Promise<void> {
      deps.spelling?.addToDictionary(word);
    },
    async setSpellcheckLanguage(language: string): Promise<void> {
      deps.spelling?.setLanguage(language);
    },
    async getAboutInfo(): Promise<AboutInfo> {
      const versions = deps.about?.versions ?? { version: 'unknown', electron: 'unknown', chromium: 'unknown', node: 'unknown' };
      return { ...versions, licences: deps.about ? readLicences(deps.about.licencesFile) : [] };
    },
  });
  /**
   * rememberWindowLayout: the window is closing; note where it was for the open project.
   * recordCrash: main saw a process of the app go away (the crash log).
   * allowOpening: the OS asked to open this file (a double-click, a second launch); the window will ask for it by path.
   */
  return {
    ...api,
    rememberWindowLayout: layouts.rememberWindow,
    recordCrash: (title: string, details: CrashDetails) => crashLog.append(title, details),
    allowOpening: (filePath: string) => void chosenPaths.add(path.resolve(filePath)),
  };
}

export type FactdeskHandlers = ReturnType<typeof createHandlers>;
