import { z } from 'zod';
import { isCommandId, type CommandId } from './commands';
import { Project, type Source } from './schema';

/**
 * The main <-> renderer contract, declared once. Channel names, the preload
 * bridge, the ipcMain bindings and the e2e harness are all generated from
 * API_ARGS; main validates every call's arguments against these schemas.
 */

const filePath = z.string().min(1).max(4096);

export const SaveRequest = z.object({
  /** null: the project has never been saved; main asks where to put it. */
  path: filePath.nullable(),
  project: Project,
  suggestedName: z.string().max(255),
});

export type SaveRequestData = z.output<typeof SaveRequest>;

export const API_ARGS = {
  getStartupState: z.tuple([]),
  openProjectDialog: z.tuple([]),
  openProjectPath: z.tuple([filePath]),
  openDemoProject: z.tuple([]),
  saveProject: z.tuple([SaveRequest]),
  saveProjectAs: z.tuple([SaveRequest]),
  listRecentProjects: z.tuple([]),
  closeWindow: z.tuple([]),
  importSourceFile: z.tuple([]),
  importSourceUrl: z.tuple([z.string().min(1).max(4096)]),
} as const;

export type ApiMethod = keyof typeof API_ARGS;
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

export const channelOf = (method: ApiMethod): string => `factdesk:${method}`;

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export type OpenResult =
  | { ok: true; path: string | null; project: Project; name: string; notice: string | null }
  | { ok: false; path: string; message: string };

export type SaveResult = { ok: true; path: string; savedAt: string } | { ok: false; message: string } | { ok: false; cancelled: true };

/** A source read by main from a file or a web page; on failure a message for the user. */
export type SourceImportResult = { ok: true; source: Source } | { ok: false; message: string };

export interface StartupState {
  platform: 'mac' | 'windows' | 'linux';
  /** A project named on the command line or by the OS (double-click). */
  initial: OpenResult | null;
  recent: RecentProject[];
}

export interface ApiResults {
  getStartupState: StartupState;
  openProjectDialog: OpenResult | null;
  openProjectPath: OpenResult;
  openDemoProject: OpenResult;
  saveProject: SaveResult;
  saveProjectAs: SaveResult;
  listRecentProjects: RecentProject[];
  closeWindow: void;
  /** null: the user cancelled the file dialog. */
  importSourceFile: SourceImportResult | null;
  importSourceUrl: SourceImportResult;
}

/** Messages main sends to the renderer. */
export const API_EVENTS = {
  menuCommand: z.custom<CommandId>(isCommandId),
  closeRequested: z.null(),
} as const;

export type ApiEvent = keyof typeof API_EVENTS;
export type ApiEventPayloads = { [E in ApiEvent]: z.output<(typeof API_EVENTS)[E]> };
export const eventChannelOf = (event: ApiEvent): string => `factdesk-event:${event}`;

export type FactdeskApi = {
  [M in ApiMethod]: (...args: z.input<(typeof API_ARGS)[M]>) => Promise<ApiResults[M]>;
} & {
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEventPayloads[E]) => void): () => void;
};
