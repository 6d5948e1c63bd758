import { mergeProjects, type ClaimConflict } from '../../shared/project/merge';
import type { Project } from '../../shared/project/schema';
import type { OpenProjectFile } from './open-project-file';
import { loadProjectFile } from '../services/project-file/project-io';

/** The merged project has its source texts; the window gets its view. */
export type MergeOutcome = { ok: true; project: Project; conflicts: ClaimConflict[] } | { ok: false; message: string };

/**
 * Merge the window's version with the one now on disk, from the version both
 * started from. Afterwards the disk version counts as seen: saving the merged
 * result is no longer a conflict (unless the file changes again).
 */
export async function mergeWithFileOnDisk(openFile: OpenProjectFile | null, mine: Project): Promise<MergeOutcome> {
  if (!openFile) return { ok: false, message: 'This project has no file on disk to merge with.' };
  const theirs = await loadProjectFile(openFile.path);
  if (!theirs.ok) return { ok: false, message: `${theirs.message} Your version is still open: save it as a copy.` };
  const { project, conflicts } = mergeProjects(openFile.base, mine, theirs.project);
  openFile.accept(theirs.fingerprint, theirs.project);
  return { ok: true, project, conflicts };
}
