import path from 'node:path';
import type { BackupRequestData, HistorySnapshot, OpenResult, RecoverableBackup } from '../../shared/api';
import type { ProjectView } from '../../shared/project/schema';
import type { HeldProjects } from './held-project';
import type { HistorySnapshots } from '../services/recovery/history-snapshots';
import type { RecoveryBackups } from '../services/recovery/recovery-backups';
import { nothingSaved } from '../services/disk/write-errors';

/** The API methods for crash backups and history, Electron-free like the rest of handlers.ts. */

interface RecoveryDeps {
  backups: RecoveryBackups;
  history: HistorySnapshots;
  clock: () => Date;
  openPath: (filePath: string) => Promise<OpenResult>;
  sessions: HeldProjects;
  /** The project file open in the window: the only path a backup may name (a restore opens it). */
  openFilePath: () => string | null;
}

function describeTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function createRecoveryHandlers({ backups, history, clock, openPath, sessions, openFilePath }: RecoveryDeps) {
  return {
    async writeBackup(request: BackupRequestData): Promise<{ key: string } | { key: null; problem: string }> {
      const project = sessions.get(request.session).projectOf(request.project);
      const filePath = request.path !== null && path.resolve(request.path) === openFilePath() ? openFilePath() : null;
      try {
        const key = await backups.write({ path: filePath, name: request.name, project }, clock());
        await history.maybeTake(project, clock()).catch(() => undefined);
        return { key };
      } catch (error) {
        return {
          key: null,
          problem: `The crash backup of your unsaved changes could not be written. ${nothingSaved(error, backups.folder)}. Save your work where there is room.`,
        };
      }
    },
    /** Thrown away from the recovery list, but kept in history for seven days, just in case. */
    async discardBackup(key: string): Promise<void> {
      const backup = await backups.read(key);
      if (backup) await history.take(backup.project, clock()).catch(() => undefined);
      await backups.remove(key);
    },
    listRecoverableBackups: (): Promise<RecoverableBackup[]> => backups.listRecoverable(),
    async restoreBackup(key: string): Promise<OpenResult> {
      const backup = await backups.read(key);
      if (!backup)
        return { ok: false, path: '', message: 'That backup could not be read; it may have been removed or damaged.' };
      // Open the saved file first (for its lock and to notice later outside changes), then show the backup's content.
      const saved = backup.path ? await openPath(backup.path) : null;
      const notice = `Restored unsaved work from ${describeTime(backup.writtenAt)}. Save to keep it.`;
      return {
        ok: true,
        // A file that could not be opened (moved, deleted) is not written to: Save asks where.
        path: saved?.ok ? saved.path : null,
        ...sessions.begin(backup.project),
        name: saved?.ok ? saved.name : backup.name,
        notice,
        repairs: [],
        readOnly: saved?.ok ? saved.readOnly : null,
      };
    },
    listHistory: (projectId: string): Promise<HistorySnapshot[]> => history.list(projectId),
    async readHistorySnapshot(
      projectId: string,
      snapshotId: string,
    ): Promise<{ ok: true; project: ProjectView; session: string } | { ok: false; message: string }> {
      const project = await history.read(projectId, snapshotId);
      return project
        ? { ok: true, ...sessions.begin(project) }
        : { ok: false, message: 'That snapshot could not be read; it may have expired.' };
    },
  };
}
