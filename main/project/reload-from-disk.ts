import type { ReloadResult } from '../../shared/api';
import { projectDisplayName } from '../../shared/project/project-file-name';
import type { Project } from '../../shared/project/schema';
import type { FileFingerprint } from '../services/project-file/file-fingerprint';
import type { OpenProjectFile } from './open-project-file';
import { loadProjectFile } from '../services/project-file/project-io';
import type { HeldProjects } from './held-project';

interface ReloadDeps {
  openFile: () => OpenProjectFile | null;
  sessions: HeldProjects;
}

interface PendingReload {
  path: string;
  session: string;
  fingerprint: FileFingerprint;
  project: Project;
}

/**
 * Reloading after an outside change, in two steps. The window may get changes
 * of its own while the file is read (typing, on a large project, for a few
 * hundred milliseconds); it then keeps them and offers the merge, which needs
 * the version it opened as the base, its own session's source texts, and the
 * outside change still unaccepted, so that a save stops as a conflict.
 */
export function createReloadHandlers(deps: ReloadDeps) {
  /** Only the latest read can be accepted: if two cross, the window keeps the older and a save then stops as a conflict. */
  let pending: PendingReload | null = null;
  return {
    async reloadFromDisk(): Promise<ReloadResult> {
      const file = deps.openFile();
      if (!file) return { ok: false, message: 'This project has no file on disk to reload.' };
      const loaded = await loadProjectFile(file.path);
      if (!loaded.ok) return { ok: false, message: loaded.message };
      const prepared = deps.sessions.prepare(loaded.project);
      pending = {
        path: file.path,
        session: prepared.session,
        fingerprint: loaded.fingerprint,
        project: loaded.project,
      };
      return { ok: true, path: file.path, name: projectDisplayName(file.path, loaded.project), ...prepared };
    },
    async acceptReload(session: string): Promise<boolean> {
      const file = deps.openFile();
      const reload = pending;
      pending = null;
      if (reload?.session !== session || file?.path !== reload.path) return false;
      deps.sessions.keepOnly(session);
      file.accept(reload.fingerprint, reload.project);
      return true;
    },
  };
}
