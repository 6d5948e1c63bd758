import type { AboutInfo, ApiEvent, ApiEventPayloads, SpellingAtPointer } from '../shared/api';
import type { ExportDeps } from './services/export/export-handlers';
import type { SettingsStore } from './services/settings/settings-store';
import type { TokenCipher } from './services/collab/token-vault';
import type { WindowControl } from './project/window-layout';

/**
 * What the main-side API needs from its host: everything that needs Electron
 * (dialogs, the window, sending events) is injected, so the e2e harness runs
 * exactly the same handlers behind `window.factdesk`.
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
  /** Encrypts collaboration tokens at rest (Electron's safeStorage); absent or null: kept as typed in settings. */
  tokenCipher?: TokenCipher | null;
  /** A factdesk:// link the app was launched with, handed to the window once it asks. */
  takePendingShareLink?: () => string | null;
}

export interface SpellingDeps {
  /** The misspelled word under the right-click being handled, and the suggestions for it. */
  atContextMenu(): Promise<SpellingAtPointer | null>;
  addToDictionary(word: string): void;
  /** ISO 639-1 code of the article's language; "" for the system's languages. */
  setLanguage(language: string): void;
}
