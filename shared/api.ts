import { z } from 'zod';
import { isCommandId, type CommandId } from './settings/commands';
import type { ClaimSuggestion } from './claim-finder/find-claims';
import { Identity } from './settings/identity';
import { inKeyOrderOf } from './project/key-order';
import { PanelLayout } from './settings/panel-layout';
import { Preferences } from './settings/preferences';
import type { ClaimConflict } from './project/merge';
import { REPORT_FORMATS, ReportOptions } from './report/options';
import type { EvidenceSuggestion } from './evidence/evidence-index';
import type { StructuredImport } from './article/structure/structured-import';
import type { ActivityPage } from './activity/activity-log';
import { CollabDocumentId, CollabServerUrl, CollabToken } from './collab/share-link';
import {
  Anchor,
  MAX_PROJECT_BYTES,
  Project,
  ProjectView,
  Source,
  type DocumentState,
  type SourceSummary,
} from './project/schema';

/**
 * The main <-> renderer contract, declared once: the API table below (each
 * method's arguments and result) and API_EVENTS (what main sends the window).
 */

const filePath = z.string().min(1).max(4096);
/** Names the source texts main keeps for the project open in the window (see OpenResult). */
const sessionToken = z.string().min(1).max(64);
const sourceId = z.string().min(1).max(128);

/**
 * The window's project, or its JSON text. Saves and crash backups send the
 * text, written a few milliseconds at a time so that typing never waits for
 * it; handing a string to IPC costs next to nothing, where serialising the
 * objects of a long article is one long block. Parsed, then validated as
 * ProjectView either way, so problems are reported at their own path; keys
 * keep the order they were sent in (a file saves as it was read, fields this
 * version does not know included). (The cast only says what may be sent: a
 * transform's input type would be unknown.)
 */
const ProjectViewOrText = z.unknown().transform((sent, context) => {
  let doc = sent;
  if (typeof sent === 'string') {
    if (sent.length > MAX_PROJECT_BYTES) {
      context.addIssue({ code: 'custom', message: 'the project sent is too large' });
      return z.NEVER;
    }
    try {
      doc = JSON.parse(sent) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'the project sent is not valid JSON' });
      return z.NEVER;
    }
  }
  const checked = ProjectView.safeParse(doc);
  if (checked.success) return inKeyOrderOf(checked.data, doc);
  for (const issue of checked.error.issues) context.addIssue({ ...issue, code: 'custom' });
  return z.NEVER;
}) as unknown as z.ZodType<z.output<typeof ProjectView>, z.input<typeof ProjectView> | string>;

/**
 * What changed in the window's Yjs document since the state main holds for
 * its session (shared/project-doc, main/project-doc/stored-document.ts): one
 * update, base64. Cheap to make however long the article, and harmless if
 * sent twice. Absent: main keeps the state it holds, and cannot vouch that
 * it matches the readable part (it is brought in line when next opened).
 */
const DocumentUpdate = z.object({
  seed: z.number().int().min(0).max(0xffff_ffff),
  update: z.string().min(1).max(MAX_PROJECT_BYTES),
});

export const SaveRequest = z.object({
  /** null: the project has never been saved; main asks where to put it. */
  path: filePath.nullable(),
  session: sessionToken,
  project: ProjectViewOrText,
  suggestedName: z.string().max(255),
  /** Save over the file even though it changed on disk (the user confirmed "Keep mine"). */
  overwrite: z.boolean().default(false),
  document: DocumentUpdate.optional(),
});

export type SaveRequestData = Omit<z.output<typeof SaveRequest>, 'overwrite'> & { overwrite?: boolean };

export const BackupRequest = z.object({
  path: filePath.nullable(),
  name: z.string().max(255),
  session: sessionToken,
  project: ProjectViewOrText,
  document: DocumentUpdate.optional(),
});

export type BackupRequestData = z.output<typeof BackupRequest>;
/** A backup as main writes it: the project with its source texts. */
export type BackupData = Omit<BackupRequestData, 'session' | 'project'> & { project: Project };

const backupKey = z.string().regex(/^[0-9a-f]{24}$/);
const projectId = z.string().min(1).max(128);
const snapshotId = z.string().regex(/^[0-9TZ-]{24}\.factdesk$/);

export const ExportRequest = z.object({
  /** The project as it is now in the window; main puts the texts back and refreshes its selectors as a save would. */
  session: sessionToken,
  project: ProjectView,
  format: z.enum(REPORT_FORMATS),
  options: ReportOptions,
  /** The project's name, for the Save dialog's suggested file name. */
  suggestedName: z.string().max(255),
});

export type ExportRequestData = z.output<typeof ExportRequest>;

/** The HTML report for the Export dialog's preview, rendered in main where the source texts are. */
export const PreviewRequest = ExportRequest.pick({ session: true, project: true, options: true });
export type PreviewRequestData = z.output<typeof PreviewRequest>;

/** Where each evidence excerpt is in its source now; null for a link whose excerpt is gone. */
export const EvidencePlaces = z.array(z.object({ sourceId, anchor: Anchor })).max(10_000);
export type EvidencePlace = z.output<typeof EvidencePlaces>[number];

/** A file dropped on the window: the renderer sees its bytes, not its path. */
export const DroppedFile = z.object({
  name: z.string().min(1).max(255),
  /** The file's bytes, base64 (at most 25 MB once decoded). */
  base64: z.string().max(35_000_000),
  projectOpen: z.boolean(),
  /** The open project's session, for a dropped source's text; null with no project open. */
  session: sessionToken.nullable(),
});
export type DroppedFileData = z.output<typeof DroppedFile>;

/** A claim to find evidence for, among the sources the project has now (ids only: main holds the texts). */
export const EvidenceRequest = z.object({
  session: sessionToken,
  claimText: z.string().max(100_000),
  sourceIds: z.array(sourceId).max(100_000),
  top: z.number().int().min(1).max(50),
});
export type EvidenceRequestData = z.output<typeof EvidenceRequest>;

/** A page of the activity log main holds for the window (ProjectView's `heldActivity`), newest first. */
export const ActivityPageRequest = z.object({
  heldActivity: z.string().max(64),
  actor: z.string().max(2_000).nullable(),
  claimId: z.string().max(128).nullable(),
  skip: z.number().int().min(0),
  limit: z.number().int().min(1).max(1_000),
});
export type ActivityPageRequestData = z.output<typeof ActivityPageRequest>;

/** An error that stopped the window (its error boundary caught it), for the local crash log. */
export const WindowErrorReport = z.object({
  message: z.string().max(10_000),
  stack: z.string().max(200_000),
  componentStack: z.string().max(200_000),
});
export type WindowErrorReportData = z.output<typeof WindowErrorReport>;

/**
 * A project shared on a collaboration server (docs/collaboration.md): where, under which document id, the
 * user's token there, and — opening it — the state the window fetched from the server (a Yjs update, base64).
 */
export const SharedProjectRequest = z.object({
  serverUrl: CollabServerUrl,
  documentId: CollabDocumentId,
  token: CollabToken,
  name: z.string().max(255),
  state: z.string().min(1).max(MAX_PROJECT_BYTES),
});
export type SharedProjectRequestData = z.output<typeof SharedProjectRequest>;

/** What the window needs to connect a shared project. */
export interface SharedConnection {
  serverUrl: string;
  documentId: string;
  token: string;
}

/** A project shared on a server, among the recent projects. */
export interface RecentSharedProject {
  serverUrl: string;
  documentId: string;
  name: string;
  openedAt: string;
}

const SourceTexts = z.array(z.object({ id: sourceId, text: Source.shape.text })).max(100_000);

declare const resultType: unique symbol;
/**
 * A method's result, for the type checker only: main makes results and the
 * window trusts them, so nothing parses them at run time (arguments, which
 * the window sends, are parsed).
 */
export interface Returns<T> {
  readonly [resultType]?: T;
}
const returns = <T>(): Returns<T> => ({});

/** One method of the contract: what it is called with and what it answers, side by side. */
export interface ApiMethodSpec {
  args: z.ZodTuple;
  result: Returns<unknown>;
}

/** Done, or a message for the user saying why not. */
export type Outcome = { ok: true } | { ok: false; message: string };

/**
 * The contract, one entry per method. Channel names, the preload bridge, the
 * ipcMain bindings, the handler signatures and the e2e harness are all
 * derived from this table; main parses every call's arguments against it.
 */
export const API = {
  getStartupState: { args: z.tuple([]), result: returns<StartupState>() },
  /** null: the user cancelled the Open dialog. */
  openProjectDialog: { args: z.tuple([]), result: returns<OpenResult | null>() },
  openProjectPath: { args: z.tuple([filePath]), result: returns<OpenResult>() },
  openDemoProject: { args: z.tuple([]), result: returns<OpenResult>() },
  saveProject: { args: z.tuple([SaveRequest]), result: returns<SaveResult>() },
  saveProjectAs: { args: z.tuple([SaveRequest]), result: returns<SaveResult>() },
  listRecentProjects: { args: z.tuple([]), result: returns<RecentProject[]>() },
  closeWindow: { args: z.tuple([]), result: returns<void>() },
  /** null: the user cancelled the file dialog. */
  importArticleDialog: { args: z.tuple([]), result: returns<ArticleImportResult | null>() },
  setIdentity: { args: z.tuple([Identity]), result: returns<Identity>() },
  /** The claim finder runs in main: its language model is too heavy for the page. */
  findClaims: { args: z.tuple([z.string().max(20_000_000)]), result: returns<ClaimSuggestion[]>() },
  setPreferences: { args: z.tuple([Preferences]), result: returns<Preferences>() },
  mergeWithDisk: { args: z.tuple([sessionToken, ProjectView]), result: returns<MergeResultData>() },
  /** Reads the open file again after an outside change; nothing moves on until acceptReload. */
  reloadFromDisk: { args: z.tuple([]), result: returns<ReloadResult>() },
  /**
   * The window showed the reloaded version (it had no changes of its own meanwhile).
   * False: nothing was waiting under that session (another reload or open came first).
   */
  acceptReload: { args: z.tuple([sessionToken]), result: returns<boolean>() },
  closeProjectFile: { args: z.tuple([]), result: returns<void>() },
  /** key null: the backup could not be written (a full disk, say); `problem` says why, for the user. */
  writeBackup: { args: z.tuple([BackupRequest]), result: returns<{ key: string } | { key: null; problem: string }>() },
  discardBackup: { args: z.tuple([backupKey]), result: returns<void>() },
  listRecoverableBackups: { args: z.tuple([]), result: returns<RecoverableBackup[]>() },
  restoreBackup: { args: z.tuple([backupKey]), result: returns<OpenResult>() },
  listHistory: { args: z.tuple([projectId]), result: returns<HistorySnapshot[]>() },
  readHistorySnapshot: {
    args: z.tuple([projectId, snapshotId]),
    result: returns<{ ok: true; project: ProjectView; session: string } | { ok: false; message: string }>(),
  },
  exportReport: { args: z.tuple([ExportRequest]), result: returns<ExportResult>() },
  openExportedFile: { args: z.tuple([filePath]), result: returns<Outcome>() },
  openDroppedFile: { args: z.tuple([DroppedFile]), result: returns<DropResult>() },
  /** null: the user cancelled the file dialog. */
  importSourceFile: { args: z.tuple([sessionToken]), result: returns<SourceImportResult | null>() },
  /** The page's address, and the addresses on the user's own network they confirmed it may be fetched from (none at first). */
  importSourceUrl: {
    args: z.tuple([sessionToken, z.string().min(1).max(4096), z.array(z.string().max(64)).max(20)]),
    result: returns<SourceImportResult>(),
  },
  /**
   * Stops the article or source being read (importArticleDialog, importSourceFile, importSourceUrl,
   * openDroppedFile): it answers “cancelled”.
   */
  cancelImport: { args: z.tuple([]), result: returns<void>() },
  /** A source's text, asked for when the viewer shows it; null: main holds no text for that source in this session. */
  readSourceText: { args: z.tuple([sessionToken, sourceId]), result: returns<string | null>() },
  /**
   * The Yjs state main holds for the project open under this session (docs/project-document.md), for a window
   * whose editor is bound to the document; null: there is none (a project made in the window).
   */
  readDocumentState: {
    args: z.tuple([sessionToken]),
    result: returns<Pick<DocumentState, 'seed' | 'updates'> | null>(),
  },
  /** Broken-link detection: evidence re-anchored against the source texts in main. */
  locateEvidence: {
    args: z.tuple([sessionToken, EvidencePlaces]),
    result: returns<({ start: number; end: number } | null)[]>(),
  },
  previewReport: { args: z.tuple([PreviewRequest]), result: returns<string>() },
  /**
   * Evidence is ranked in main, where the source texts and their index live. Not ok: main lacks these
   * sources' texts; send them with putSourceTexts and ask again.
   */
  suggestEvidence: {
    args: z.tuple([EvidenceRequest]),
    result: returns<{ ok: true; suggestions: EvidenceSuggestion[] } | { ok: false; missingSourceIds: string[] }>(),
  },
  /**
   * Texts of sources main has not seen (made in the window, or arrived from a collaborator), sent when main
   * asks for them. Returns how many were new or different to main (the file then has something to save).
   */
  putSourceTexts: { args: z.tuple([sessionToken, SourceTexts]), result: returns<{ changed: number }>() },
  /**
   * The activity log stays in main like the texts: the Activity panel reads it a page at a time.
   * null: main holds no such log for this window (it was closed or replaced).
   */
  readActivity: { args: z.tuple([sessionToken, ActivityPageRequest]), result: returns<ActivityPage | null>() },
  /** Kept for the open project's file; nothing is kept for a project never saved. */
  saveProjectLayout: { args: z.tuple([PanelLayout]), result: returns<void>() },
  reportWindowError: { args: z.tuple([WindowErrorReport]), result: returns<void>() },
  /** Help → Open Crash Log (and the crash screen): the log main keeps in the user-data folder. */
  openCrashLog: { args: z.tuple([]), result: returns<Outcome>() },
  /** Help → About: versions and the licences of what the app is built from. */
  getAboutInfo: { args: z.tuple([]), result: returns<AboutInfo>() },
  /**
   * The misspelled word under the right-click just made in the article, with the spellchecker's suggestions.
   * null: the word under the pointer is spelled right (or the click was not on a word).
   */
  spellingAtContextMenu: { args: z.tuple([]), result: returns<SpellingAtPointer | null>() },
  addToDictionary: { args: z.tuple([z.string().min(1).max(100)]), result: returns<void>() },
  /** The article's language (ISO 639-1, e.g. "fr"), for the spellchecker; "" for the system's languages. */
  setSpellcheckLanguage: { args: z.tuple([z.string().regex(/^([a-z]{2})?$/)]), result: returns<void>() },
  /** File → Share Project…: the server took the token and holds the project; main keeps the token (never in the file). */
  rememberSharedProject: {
    args: z.tuple([SharedProjectRequest.omit({ state: true })]),
    result: returns<Outcome>(),
  },
  /** The server and token for the project with this document id; null: it is not shared from this computer. */
  sharedConnection: { args: z.tuple([CollabDocumentId]), result: returns<SharedConnection | null>() },
  listSharedProjects: { args: z.tuple([]), result: returns<RecentSharedProject[]>() },
  /** The token kept for a server (Open Shared Project… fills it in); null: none. */
  tokenForServer: { args: z.tuple([CollabServerUrl]), result: returns<string | null>() },
  /** A factdesk:// link the OS handed over before the window listened (a launch by a link); null: none. Given once. */
  takePendingShareLink: { args: z.tuple([]), result: returns<string | null>() },
  /** File → Open Shared Project…: the state fetched from the server, opened as an unsaved project that stays connected. */
  openSharedProject: { args: z.tuple([SharedProjectRequest]), result: returns<OpenResult>() },
} as const satisfies Record<string, ApiMethodSpec>;

export type ApiMethod = keyof typeof API;
export const API_METHODS = Object.keys(API) as ApiMethod[];

/** What the window passes to a method (zod's input: fields with a default may be left out). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof API)[M]['args']>;
/** What its handler in main receives: the arguments as parsed (zod's output: defaults filled in). */
export type ApiParams<M extends ApiMethod> = z.output<(typeof API)[M]['args']>;
export type ApiResult<M extends ApiMethod> = (typeof API)[M]['result'] extends Returns<infer R> ? R : never;

/** The handler main runs for a method, as derived from the table. */
export type ApiHandler<M extends ApiMethod> = (...args: ApiParams<M>) => Promise<ApiResult<M>>;
export type ApiHandlers = { [M in ApiMethod]: ApiHandler<M> };

/**
 * A handler that takes fewer parameters than its method sends still fits
 * ApiHandler (TypeScript lets a function ignore trailing arguments), and one
 * written as (sourceId) for a call that sends (session, sourceId) would read
 * the session as the id. This marks each such handler as an error.
 */
type TakingEveryArgument<H extends ApiHandlers> = {
  [M in ApiMethod]: Parameters<H[M]>['length'] extends ApiParams<M>['length']
    ? unknown
    : `takes every argument of ${M}`;
};

/** The handlers behind window.factdesk, checked against the table: every method, each with its exact parameters and result. */
export function apiHandlers<H extends ApiHandlers>(handlers: H & TakingEveryArgument<H>): H {
  return handlers;
}

export const channelOf = (method: ApiMethod): string => `factdesk:${method}`;

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export type OpenResult =
  | {
      ok: true;
      path: string | null;
      /** Sources without their texts: main keeps them under `session`. */
      project: ProjectView;
      name: string;
      notice: string | null;
      /** What was wrong with the file and how it was fixed (shown to the user). */
      repairs: string[];
      /** Set when another window or app has the file open: saving over it is refused. */
      readOnly: string | null;
      /** The panel widths last used with this file (null: never opened here, or not a file). */
      layout?: PanelLayout | null;
      /** Names the source texts main keeps for this project (for evidence suggestions). */
      session: string;
      /** What was done to the file's document state on opening (made again, brought in line with a hand edit); shown to the user. */
      documentNotice?: string | null;
    }
  | { ok: false; path: string; message: string };

export type ExportResult = { ok: true; path: string } | { ok: false; message: string } | { ok: false; cancelled: true };

export type SaveResult =
  | { ok: true; path: string; savedAt: string }
  | { ok: false; message: string }
  | { ok: false; cancelled: true }
  /** The file changed on disk since it was opened or saved: nothing was written. */
  | { ok: false; conflict: true; path: string; message: string };

/**
 * The open file as it is on disk now, under a new session. Until the window
 * accepts it, the version it was opened at stays the base for a merge and the
 * one a save is checked against, and the window's own session stays valid.
 */
export type ReloadResult =
  { ok: true; path: string; name: string; project: ProjectView; session: string } | { ok: false; message: string };

export type MergeResultData =
  | {
      ok: true;
      project: ProjectView;
      conflicts: ClaimConflict[];
      /** What the merge kept that needs the user's eye (two verdicts, a claim deleted on one side and changed on the other). */ notes?: string[];
    }
  | { ok: false; message: string };

/** Unsaved work found at start-up, newer than its file. */
export interface RecoverableBackup {
  key: string;
  path: string | null;
  name: string;
  writtenAt: string;
  /** When the file on disk was last written; null if it was never saved or is gone. */
  fileSavedAt: string | null;
  claimCount: number;
}

export interface HistorySnapshot {
  id: string;
  takenAt: string;
  claimCount: number;
  title: string;
}

/** An article file read by main, as HTML the renderer sanitises before use. */
/**
 * An imported article: `html` and `title` as the file has them; `structured` the same article with its recognised
 * structure applied (title, byline, outlet, date; subheads as headings; captions and boilerplate left out) and the
 * list of what was recognised, so the app can show it and undo it.
 */
export type ArticleImportResult =
  | { ok: true; html: string; title: string; fileName: string; structured: StructuredImport }
  | { ok: false; message: string };

/** A source read by main from a file or a web page; on failure a message for the user. */
export type SourceImportResult =
  | { ok: true; source: SourceSummary }
  | { ok: false; message: string }
  /** The page is on the user's own network: the message asks whether to fetch it; yes means asking again with this address confirmed. */
  | { ok: false; message: string; ownNetworkAddress: string };

export type DropResult =
  | { kind: 'project'; result: OpenResult }
  | { kind: 'article'; result: ArticleImportResult }
  | { kind: 'source'; result: SourceImportResult }
  | { kind: 'unsupported'; message: string };

/** A package the app is built from, and its licence (SPDX expression as the package states it). */
export interface PackageLicence {
  name: string;
  version: string;
  license: string;
}

/** A misspelled word and what the spellchecker offers instead. */
export interface SpellingAtPointer {
  word: string;
  suggestions: string[];
}

/** What Help → About shows. */
export interface AboutInfo {
  version: string;
  electron: string;
  chromium: string;
  node: string;
  licences: PackageLicence[];
}

export interface StartupState {
  platform: 'mac' | 'windows' | 'linux';
  /** Problems found while starting (e.g. a damaged settings file that was set aside). */
  notices: string[];
  /** A project named on the command line or by the OS (double-click). */
  initial: OpenResult | null;
  recent: RecentProject[];
  /** Null on first run: the app asks for a name and role. */
  identity: Identity | null;
  preferences: Preferences;
}

/** Messages main sends to the renderer. */
export const API_EVENTS = {
  menuCommand: z.custom<CommandId>(isCommandId),
  closeRequested: z.null(),
  /** The open project file was changed by someone else. */
  fileChangedOnDisk: z.object({ path: z.string() }),
  /** The OS asked to open a project (double-click, a second launch with a file). */
  openProjectRequested: z.object({ path: z.string() }),
  /** How far main has got reading an article or source being imported (0 to 1). */
  importProgress: z.object({ fraction: z.number().min(0).max(1) }),
  /** The OS handed the app a factdesk:// link (a shared project): the window asks for the token and opens it. */
  openSharedLinkRequested: z.object({ link: z.string().max(4096) }),
} as const;

export type ApiEvent = keyof typeof API_EVENTS;
export type ApiEventPayloads = { [E in ApiEvent]: z.output<(typeof API_EVENTS)[E]> };
export const eventChannelOf = (event: ApiEvent): string => `factdesk-event:${event}`;

/** The payload if API_EVENTS allows it for this event; otherwise throws, naming the event and what is wrong. */
export function checkedEventPayload<E extends ApiEvent>(event: E, payload: unknown): ApiEventPayloads[E] {
  const checked = API_EVENTS[event].safeParse(payload);
  if (checked.success) return checked.data as ApiEventPayloads[E];
  const issue = checked.error.issues[0];
  throw new TypeError(
    `Event ${event} sent with a payload the contract refuses: ${issue.path.join('.') || 'payload'}: ${issue.message}`,
  );
}

/** window.factdesk, as the renderer sees it. */
export type FactdeskApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiResult<M>>;
} & {
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEventPayloads[E]) => void): () => void;
};
