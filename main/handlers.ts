import { apiHandlers, type AboutInfo, type SaveRequestData, type StartupState } from '../shared/api';
import { findClaims } from '../shared/claim-finder';
import { Identity } from '../shared/settings/identity';
import { preferencesFrom } from '../shared/settings/preferences';
import type { HandlerDeps } from './handler-deps';
import { ProjectSession } from './project/project-session';
import { importArticleFile } from './services/import/article-import';
import { readLicences } from './services/app/licences';
import { createCollabHandlers } from './services/collab/collab-handlers';
import { createCrashHandlers } from './services/crash/crash-handlers';
import { CrashLog, type CrashDetails } from './services/crash/crash-log';
import { createExportHandlers } from './services/export/export-handlers';
import { openDroppedFile } from './services/import/drop-handler';
import { createImportJobs } from './services/import/import-jobs';
import { importSourceFile } from './services/import/source-import';
import { DEFAULT_FETCH_LIMITS, fetchSourceUrl } from './services/web/source-fetch';

export type { Dialogs, EventSink, HandlerDeps, SpellingDeps } from './handler-deps';

const PLATFORM_NAMES: Record<string, StartupState['platform']> = { darwin: 'mac', win32: 'windows' };
const UNKNOWN_VERSIONS = { version: 'unknown', electron: 'unknown', chromium: 'unknown', node: 'unknown' };

/**
 * The main-side API, free of 'electron': each method goes to the project
 * session (main/project: the open project's file, texts, backups and history)
 * or to a service. The app binds it in main/shell/ipc.ts; the e2e harness
 * runs the same table behind `window.factdesk`.
 */
export function createHandlers(deps: HandlerDeps) {
  const { dialogs, settings, clock } = deps;
  const session = new ProjectSession({
    ...deps,
    chooseSavePath: (suggestedName) => dialogs.chooseSavePath(suggestedName),
    onOutsideChange: (path) => deps.emit('fileChangedOnDisk', { path }),
    watchIntervalMs: deps.watchIntervalMs ?? 1000,
  });
  const imports = createImportJobs(deps.emit);
  const crashLog = new CrashLog(deps.userDataDir, clock, deps.appVersion ?? 'unknown');
  const crash = createCrashHandlers({ crashLog, openPath: deps.openPath });
  const reports = createExportHandlers({
    chooseExportPath: dialogs.chooseExportPath,
    printToPdf: deps.printToPdf,
    openPath: deps.openPath,
    projectFrom: (token, view) => session.projectFrom(token, view),
    openFilePath: () => session.filePath,
  });
  const { recovery, layouts, held } = session;
  const collab = createCollabHandlers({
    settings,
    clock,
    tokenCipher: deps.tokenCipher ?? null,
    begin: async (project) => {
      await session.closeFile();
      const begun = held.begin(project);
      return { project: begun.project, session: begun.session };
    },
  });
  /** Ask with a dialog, then act on the path chosen; null when the user cancels. */
  const chosen = async <T>(
    choose: () => Promise<string | null>,
    then: (path: string) => Promise<T>,
  ): Promise<T | null> => {
    const path = await choose();
    return path ? then(path) : null;
  };

  const api = apiHandlers({
    getStartupState: async (): Promise<StartupState> => ({
      platform: PLATFORM_NAMES[deps.platform] ?? 'linux',
      notices: deps.startupNotices ?? [],
      initial: deps.initialProjectPath ? await session.open(deps.initialProjectPath) : null,
      recent: settings.get('recentProjects'),
      identity: Identity.safeParse(settings.get('identity')).data ?? null,
      preferences: preferencesFrom(settings.get('preferences')),
    }),
    // The open project: main/project/project-session.ts.
    openProjectDialog: () =>
      chosen(
        () => dialogs.chooseProjectToOpen(),
        (path) => session.open(path),
      ),
    openProjectPath: (path) => session.openNamed(path),
    openDemoProject: () => session.openDemo(deps.demoProjectPath),
    saveProject: (request: SaveRequestData) => session.save(request),
    saveProjectAs: (request: SaveRequestData) => session.saveAs(request),
    reloadFromDisk: () => session.reloadFromDisk(),
    acceptReload: (token) => session.acceptReload(token),
    mergeWithDisk: (token, mine) => session.mergeWithDisk(token, mine),
    closeProjectFile: () => session.close(),
    closeWindow: async () => {
      await session.closeFile();
      deps.closeWindow();
    },
    saveProjectLayout: layouts.saveProjectLayout,
    // What main holds of it: source texts, activity log, evidence index (main/project/held-project.ts).
    readActivity: async (token, { heldActivity, ...query }) => held.get(token).activityPage(heldActivity, query),
    readSourceText: async (token, sourceId) => held.get(token).textOf(sourceId) ?? null,
    locateEvidence: async (token, places) => held.get(token).locate(places),
    readDocumentState: async (token) => held.get(token).document.current,
    suggestEvidence: ({ session: token, claimText, sourceIds, top }) =>
      held.get(token).suggest(claimText, sourceIds, top),
    putSourceTexts: async (token, texts) => ({ changed: held.get(token).addTexts(texts) }),
    // Crash backups and history (main/project/recovery-handlers.ts).
    writeBackup: recovery.writeBackup,
    discardBackup: recovery.discardBackup,
    listRecoverableBackups: recovery.listRecoverableBackups,
    restoreBackup: recovery.restoreBackup,
    listHistory: recovery.listHistory,
    readHistorySnapshot: recovery.readHistorySnapshot,
    // Imports: articles start a project, sources join the open one.
    importArticleDialog: () =>
      chosen(
        () => dialogs.chooseArticleToImport(),
        (path) => importArticleFile(path, imports.start()),
      ),
    importSourceFile: (token) =>
      chosen(
        () => dialogs.chooseSourceFile(),
        async (path) => session.keep(token, await importSourceFile(path, clock(), imports.start())),
      ),
    importSourceUrl: async (token, url, ownNetworkAddresses) =>
      session.keep(
        token,
        await fetchSourceUrl(url, clock(), {
          ...DEFAULT_FETCH_LIMITS,
          ownNetworkAddresses,
          signal: imports.start().signal,
        }),
      ),
    cancelImport: async () => imports.cancel(),
    openDroppedFile: (dropped) => openDroppedFile(dropped, { clock, sessions: held, importOptions: imports.start }),
    // Reports, the crash log, settings, spelling, About.
    exportReport: reports.exportReport,
    previewReport: reports.previewReport,
    openExportedFile: reports.openExportedFile,
    reportWindowError: crash.reportWindowError,
    openCrashLog: crash.openCrashLog,
    findClaims: async (plainText) => findClaims(plainText),
    listRecentProjects: async () => settings.get('recentProjects'),
    setPreferences: async (preferences) => {
      settings.set('preferences', preferences);
      return preferences;
    },
    setIdentity: async (identity) => {
      settings.set('identity', identity);
      return identity;
    },
    spellingAtContextMenu: async () => (await deps.spelling?.atContextMenu()) ?? null,
    addToDictionary: async (word) => deps.spelling?.addToDictionary(word),
    setSpellcheckLanguage: async (language) => deps.spelling?.setLanguage(language),
    getAboutInfo: async (): Promise<AboutInfo> => ({
      ...(deps.about?.versions ?? UNKNOWN_VERSIONS),
      licences: deps.about ? readLicences(deps.about.licencesFile) : [],
    }),
    // Shared projects: main/services/collab (the window holds the connection).
    rememberSharedProject: collab.rememberSharedProject,
    sharedConnection: collab.sharedConnection,
    listSharedProjects: collab.listSharedProjects,
    tokenForServer: collab.tokenForServer,
    takePendingShareLink: async () => deps.takePendingShareLink?.() ?? null,
    openSharedProject: collab.openSharedProject,
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
    allowOpening: (filePath: string) => session.allowOpening(filePath),
  };
}

export type FactdeskHandlers = ReturnType<typeof createHandlers>;
