import type { Project } from '../../shared/project/schema';
import type { FileFingerprint } from '../services/project-file/file-fingerprint';
import {
  acquireLock,
  LOCK_REFRESH_MS,
  type HeldLock,
  type LockInfo,
  type LockOwner,
} from '../services/project-file/file-lock';
import { FileWatcher } from '../services/project-file/file-watcher';
import { isSaving } from '../services/project-file/project-io';

/**
 * The project file this window has open: what it looked like when we last
 * read or wrote it (to refuse saving over someone else's changes), the
 * version both sides started from (the base for a merge), its lock, and a
 * watcher that reports outside changes.
 */

export interface OpenFileOptions {
  owner: LockOwner;
  clock: () => Date;
  onOutsideChange: (filePath: string) => void;
  watchIntervalMs: number;
}

export class OpenProjectFile {
  private watcher: FileWatcher;
  private refreshTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly path: string,
    public fingerprint: FileFingerprint,
    public base: Project,
    private readonly lock: HeldLock | null,
    readonly lockedBy: LockInfo | null,
    options: OpenFileOptions,
  ) {
    this.watcher = new FileWatcher(
      path,
      fingerprint,
      () => options.onOutsideChange(path),
      () => isSaving(path),
      options.watchIntervalMs,
    );
    if (lock) {
      this.refreshTimer = setInterval(() => void lock.refresh().catch(() => undefined), LOCK_REFRESH_MS);
      this.refreshTimer.unref?.();
    }
  }

  static async open(
    filePath: string,
    fingerprint: FileFingerprint,
    project: Project,
    options: OpenFileOptions,
  ): Promise<OpenProjectFile> {
    const attempt = await acquireLock(filePath, options.owner, options.clock).catch(() => null);
    const lock = attempt?.ok ? attempt.lock : null;
    const lockedBy = attempt && !attempt.ok ? attempt.heldBy : null;
    return new OpenProjectFile(filePath, fingerprint, project, lock, lockedBy, options);
  }

  /** After our own save, or after the user merged in (or chose to overwrite) the version on disk. */
  accept(fingerprint: FileFingerprint, project: Project): void {
    this.fingerprint = fingerprint;
    this.base = project;
    this.watcher.expect(fingerprint);
  }

  get isReadOnly(): boolean {
    return this.lockedBy !== null;
  }

  async close(): Promise<void> {
    this.watcher.stop();
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    await this.lock?.release().catch(() => undefined);
  }
}
