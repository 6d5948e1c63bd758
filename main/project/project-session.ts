import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  MergeResultData,
  OpenResult,
  RecentProject,
  SaveRequestData,
  SaveResult,
  SourceImportResult,
} from '../../shared/api';
import { projectDisplayName } from '../../shared/project/project-file-name';
import { refreshClaimAnchors } from '../../shared/anchoring/refresh-claim-anchors';
import type { DocumentState, Project, ProjectView } from '../../shared/project/schema';
import { stillHolds, type FileFingerprint } from '../services/project-file/file-fingerprint';
import { thisProcessOwner } from '../services/project-file/file-lock';
import { describeFile, loadProjectFile, saveProjectFile } from '../services/project-file/project-io';
import { removeStaleTempFiles } from '../services/disk/stale-temp-files';
import { HistorySnapshots } from '../services/recovery/history-snapshots';
import { backupKeyOf, RecoveryBackups } from '../services/recovery/recovery-backups';
import { withRecent } from '../services/settings/recent-projects';
import type { SettingsStore } from '../services/settings/settings-store';
import type { SourceFetchResult } from '../services/web/source-fetch';
import type { SourceResult } from '../services/import/source-import';
import { fileOf, fileStateOf, NO_FILE, type FileState } from './file-state';
import { HeldProjects } from './held-project';
import { mergeWithFileOnDisk } from './merge-with-disk';
import { OpenProjectFile } from './open-project-file';
import { createRecoveryHandlers } from './recovery-handlers';
import { createReloadHandlers } from './reload-from-disk';
import { describeLockHolder, saveFailureMessage } from './save-messages';
import { createLayoutHandlers, type WindowControl } from './window-layout';
import type * as Y from 'yjs';
import { alignedState, PENDING_CHECKSUM, withWindowChanges } from '../project-doc/document-state';

export interface ProjectSessionDeps {
  clock: () => Date;
  settings: SettingsStore;
  /** Where backups and history live (Electron's userData folder in the app). */
  userDataDir: string;
  /** Ask where to save; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The open file changed on disk (someone else saved it). */
  onOutsideChange(filePath: string): void;
  watchIntervalMs: number;
  window?: WindowControl;
  /** Tell the OS about a project opened or saved (its recent-documents list). */
  addRecentDocument?: (filePath: string) => void;
}

export function withFactdeskExtension(filePath: string): string {
  return /\.factdesk$/i.test(filePath) ? filePath : `${filePath}.factdesk`;
}

/**
 * The one project open in the window, main's side of it: its file (lock,
 * watcher, the version last read or written — see FileState), what main holds
 * of it for the window (source texts, activity log, evidence index — see
 * HeldProjects), its crash backups and history, its window layout.
 */
export class ProjectSession {
  private state: FileState = NO_FILE;
  readonly held = new HeldProjects();
  private readonly owner = thisProcessOwner(randomUUID());
  private readonly backups: RecoveryBackups;
  private readonly history: HistorySnapshots;
  /** Paths the user chose in a Save dialog, or the OS asked us to open, in this session: the window may name these. */
  private readonly chosenPaths = new Set<string>();
  readonly layouts: ReturnType<typeof createLayoutHandlers>;
  readonly recovery: ReturnType<typeof createRecoveryHandlers>;
  private readonly reloads: ReturnType<typeof createReloadHandlers>;
  /** The document holding the state of the save being written, with the window's changes (stored-document.ts). */
  private liveDocument: Y.Doc | null = null;
  private writtenFromLive = false;
  /** The document state the last write put on disk: later changes are counted from it. */
  private writtenState: DocumentState | null = null;

  constructor(private readonly deps: ProjectSessionDeps) {
    this.backups = new RecoveryBackups(path.join(deps.userDataDir, 'backups'));
    this.history = new HistorySnapshots(path.join(deps.userDataDir, 'history'));
    this.layouts = createLayoutHandlers({
      settings: deps.settings,
      window: deps.window,
      openFilePath: () => this.filePath,
    });
    this.reloads = createReloadHandlers({ openFile: () => this.file, sessions: this.held });
    const open = (filePath: string) => this.open(filePath);
    this.recovery = createRecoveryHandlers({
      backups: this.backups,
      history: this.history,
      clock: deps.clock,
      openPath: open,
      sessions: this.held,
      openFilePath: () => this.filePath,
    });
  }

  get fileState(): FileState['name'] {
    return this.state.name;
  }

  get filePath(): string | null {
    return this.file?.path ?? null;
  }

  private get file(): OpenProjectFile | null {
    return fileOf(this.state);
  }

  /** Open a project file: the one open before closes, this one's lock is taken (or found held) and its watcher starts. */
  async open(filePath: string): Promise<OpenResult> {
    const absolute = path.resolve(filePath);
    const loaded = await loadProjectFile(absolute);
    if (!loaded.ok) return { ok: false, path: absolute, message: loaded.message };
    await removeStaleTempFiles(absolute);
    const state = await this.track(absolute, loaded.fingerprint, loaded.project);
    const layout = this.layouts.layoutOnOpen(absolute);
    this.rememberRecent(absolute, loaded.project);
    const migrated =
      loaded.migratedFrom === null
        ? null
        : `This project was made by an older version of Factdesk (file version ${loaded.migratedFrom}). It will be saved in the current format.`;
    const begun = this.held.begin(loaded.project);
    const notice =
      [migrated, begun.documentNotice && `${describeFile(absolute)}: ${begun.documentNotice}`]
        .filter(Boolean)
        .join(' ') || null;
    return {
      ok: true,
      path: absolute,
      project: begun.project,
      session: begun.session,
      name: projectDisplayName(absolute, loaded.project),
      notice,
      repairs: loaded.repairs,
      readOnly: state.name === 'read-only' ? describeLockHolder(state.lockedBy) : null,
      layout,
    };
  }

  /** For the recent projects list (and files the OS handed over): any other path is refused unread. */
  openNamed(filePath: string): Promise<OpenResult> {
    const absolute = path.resolve(filePath);
    const recent = this.deps.settings.get('recentProjects').some((project) => path.resolve(project.path) === absolute);
    if (recent || this.chosenPaths.has(absolute)) return this.open(absolute);
    return Promise.resolve({
      ok: false,
      path: filePath,
      message: `‘${path.basename(filePath)}’ is not in your recent projects. Use File → Open… to open it.`,
    });
  }

  /** The OS asked to open this file (a double-click, a second launch); the window will ask for it by path. */
  allowOpening(filePath: string): void {
    this.chosenPaths.add(path.resolve(filePath));
  }

  /** The demo opens as an unsaved copy: the bundled file is never written to. */
  async openDemo(demoPath: string): Promise<OpenResult> {
    const loaded = await loadProjectFile(demoPath);
    if (!loaded.ok) return { ok: false, path: demoPath, message: loaded.message };
    await this.closeFile();
    return {
      ok: true,
      path: null,
      ...this.held.begin(loaded.project),
      name: 'Demo project',
      notice: 'This is a copy of the demo project. Save it to keep your changes.',
      repairs: loaded.repairs,
      readOnly: null,
    };
  }

  /** Save: to the open file (or a path chosen before in this session); a project with no file asks where. */
  save(request: SaveRequestData): Promise<SaveResult> {
    return this.savedOr(request, (project) => {
      if (!request.path) return this.askAndWrite(project, request.suggestedName);
      const target = path.resolve(request.path);
      if (target !== this.filePath && !this.chosenPaths.has(target))
        return Promise.resolve({
          ok: false,
          message:
            'Nothing was saved: Factdesk saves only to the project it has open, or to a place you choose with Save As.',
        });
      return this.writeTo(target, project, request.overwrite ?? false);
    });
  }

  saveAs(request: SaveRequestData): Promise<SaveResult> {
    return this.savedOr(request, (project) => this.askAndWrite(project, request.suggestedName));
  }

  /** Read the file again after an outside change; the window accepts the result (or keeps its own) with acceptReload. */
  reloadFromDisk() {
    return this.reloads.reloadFromDisk();
  }

  acceptReload(token: string): Promise<boolean> {
    return this.reloads.acceptReload(token);
  }

  /** Merge the window's version with the one on disk; theirs then counts as seen, so saving the result is no conflict. */
  async mergeWithDisk(token: string, mine: ProjectView): Promise<MergeResultData> {
    const merged = await mergeWithFileOnDisk(this.file, this.projectFrom(token, mine));
    if (!merged.ok) return merged;
    const held = this.held.get(token);
    // The merged document is what the window's later changes are counted from.
    held.document.accept(merged.project.yjs);
    return { ok: true, project: held.viewOf(merged.project), conflicts: merged.conflicts, notes: merged.notes };
  }

  /** The window closes: the file's lock and watcher go, its window layout is noted. */
  async closeFile(): Promise<void> {
    this.layouts.rememberWindow();
    await this.file?.close();
    this.state = NO_FILE;
  }

  /** The window closed its project: what main held of it goes too. */
  async close(): Promise<void> {
    this.held.end();
    await this.closeFile();
  }

  /**
   * The window's project with its source texts and activity log back, as everything that leaves the app needs it.
   * Throws when the window names texts or a log main does not hold.
   */
  projectFrom(token: string, view: ProjectView): Project {
    return this.held.get(token).projectOf(view);
  }

  /** A source new to the project: its text stays here, the window gets its summary. */
  keep(token: string, imported: SourceResult | SourceFetchResult): SourceImportResult {
    return imported.ok ? { ok: true, source: this.held.get(token).keep(imported.source) } : imported;
  }

  private async track(filePath: string, fingerprint: FileFingerprint, project: Project): Promise<FileState> {
    await this.closeFile();
    const file = await OpenProjectFile.open(filePath, fingerprint, project, {
      owner: this.owner,
      clock: this.deps.clock,
      onOutsideChange: this.deps.onOutsideChange,
      watchIntervalMs: this.deps.watchIntervalMs,
    });
    this.state = fileStateOf(file);
    return this.state;
  }

  /** Once written, the document state is what the window's later changes are sent against. */
  private async savedOr(
    request: SaveRequestData,
    save: (project: Project) => Promise<SaveResult>,
  ): Promise<SaveResult> {
    let project: Project;
    try {
      project = this.held.get(request.session).projectOf(request.project, request.document);
      this.liveDocument = this.held.get(request.session).document.liveWith(request.document);
    } catch (error) {
      return {
        ok: false,
        message: `Nothing was saved: ${(error as Error).message} Use Save As after reopening the project.`,
      };
    }
    this.writtenState = null;
    const result = await save(project);
    const stored = this.held.get(request.session).document;
    if (result.ok) stored.accept(this.writtenState, this.liveDocument !== null && this.writtenFromLive);
    else stored.forgetLive();
    this.liveDocument = null;
    return result;
  }

  private async askAndWrite(project: Project, suggestedName: string): Promise<SaveResult> {
    const chosen = await this.deps.chooseSavePath(suggestedName);
    if (!chosen) return { ok: false, cancelled: true };
    const target = withFactdeskExtension(path.resolve(chosen));
    this.chosenPaths.add(target);
    return this.writeTo(target, project, true);
  }

  /** Refuse to overwrite a file someone else changed (or holds open) since we read it. */
  private async refusal(filePath: string, overwrite: boolean): Promise<SaveResult | null> {
    const state = this.state;
    if (state.name === 'no-file' || state.file.path !== filePath) return null;
    if (state.name === 'read-only') return { ok: false, message: describeLockHolder(state.lockedBy) };
    if (overwrite || (await stillHolds(filePath, state.file.fingerprint))) return null;
    return {
      ok: false,
      conflict: true,
      path: filePath,
      message: `${describeFile(filePath)} was changed on disk by someone else since you opened it. Nothing was saved.`,
    };
  }

  private async writeTo(filePath: string, project: Project, overwrite: boolean): Promise<SaveResult> {
    const refused = await this.refusal(filePath, overwrite);
    if (refused) return refused;
    const previousPath = this.filePath;
    try {
      const refreshed = refreshClaimAnchors({ ...project, updatedAt: this.deps.clock().toISOString() });
      // A window that sent no document changes (unbound): the state is brought in line with what it sent, so the file is vouched for.
      this.writtenFromLive = refreshed.yjs?.checksum === PENDING_CHECKSUM;
      const stamped = this.writtenFromLive ? withWindowChanges(refreshed, this.liveDocument) : alignedState(refreshed);
      const fingerprint = await saveProjectFile(filePath, stamped);
      if (this.filePath === filePath) this.file!.accept(fingerprint, stamped);
      else await this.track(filePath, fingerprint, stamped);
      this.writtenState = stamped.yjs ?? null;
      this.rememberRecent(filePath, stamped);
      await this.afterSave(stamped, [filePath, previousPath, null]);
      return { ok: true, path: filePath, savedAt: stamped.updatedAt };
    } catch (error) {
      return { ok: false, message: saveFailureMessage(error, filePath) };
    }
  }

  /**
   * A saved project needs no crash backup (under its new path, its old one,
   * or as never-saved work); it may earn a history snapshot. Neither may fail the save.
   */
  private async afterSave(project: Project, backupPaths: (string | null)[]): Promise<void> {
    for (const backupPath of new Set(backupPaths)) {
      await this.backups.remove(backupKeyOf(backupPath, project.id)).catch(() => undefined);
    }
    await this.history.maybeTake(project, this.deps.clock()).catch(() => undefined);
  }

  /** Never fails an open or a save: a recent list that could not be written (a full disk) is only a shorter list. */
  private rememberRecent(filePath: string, project: Project): void {
    const entry: RecentProject = {
      path: filePath,
      name: projectDisplayName(filePath, project),
      openedAt: this.deps.clock().toISOString(),
    };
    try {
      this.deps.settings.set('recentProjects', withRecent(this.deps.settings.get('recentProjects'), entry));
    } catch {
      // Kept in memory; written with the next change that fits.
    }
    this.deps.addRecentDocument?.(filePath);
  }
}
