import path from 'node:path';
import { mergeProjects, type ClaimConflict } from '../../shared/project/merge';
import { deepEqual } from '../../shared/util/deep-equal';
import type { Project } from '../../shared/project/schema';
import { describeMerge, mergeCopies } from '../project-doc/merge-copies';
import type { OpenProjectFile } from './open-project-file';
import { loadProjectFile } from '../services/project-file/project-io';

/** The merged project has its source texts; the window gets its view. `notes`: what needs the user's eye. */
export type MergeOutcome =
  { ok: true; project: Project; conflicts: ClaimConflict[]; notes: string[] } | { ok: false; message: string };

/**
 * Merge the window's version with the one now on disk. Copies of one
 * document merge as Yjs documents (every edit of both kept, see
 * project-doc/merge-copies.ts); a file on disk written without a document
 * state (an older Factdesk, another tool) is taken as edits on top of the
 * state both started from. Only when the two share no history does the
 * merge fall back to merging by id from the version both started from.
 * Afterwards the disk version counts as seen: saving the merged result is no
 * longer a conflict (unless the file changes again).
 */
export async function mergeWithFileOnDisk(openFile: OpenProjectFile | null, mine: Project): Promise<MergeOutcome> {
  if (!openFile) return { ok: false, message: 'This project has no file on disk to merge with.' };
  const theirs = await loadProjectFile(openFile.path);
  if (!theirs.ok) return { ok: false, message: `${theirs.message} Your version is still open: save it as a copy.` };
  const onDisk =
    theirs.project.yjs || !mine.yjs ? theirs.project : { ...theirs.project, yjs: { ...mine.yjs, checksum: '' } };
  const names = ['your version', `the version on disk (${path.basename(openFile.path)})`] as const;
  const merged = mergeCopies(mine, onDisk, names);
  if (!merged.ok && merged.kind === 'different-documents')
    return { ok: false, message: `${merged.message} Your version is still open: save it as a copy.` };
  const base = openFile.base;
  if (!merged.ok && bothChanged(base.article.body, mine.article.body, theirs.project.article.body)) {
    // A merge by id keeps one article: the other side's article edits would be lost without a word.
    return {
      ok: false,
      message: `${merged.message} You both changed the article, so it was not merged: save yours as a copy and bring their changes over.`,
    };
  }
  openFile.accept(theirs.fingerprint, theirs.project);
  if (merged.ok) return { ok: true, project: merged.project, conflicts: [], notes: describeMerge(merged.notes, names) };
  const { project, conflicts } = mergeProjects(base, mine, theirs.project);
  return { ok: true, project, conflicts, notes: [] };
}

const bothChanged = <T>(base: T, mine: T, theirs: T) =>
  !deepEqual(base, mine) && !deepEqual(base, theirs) && !deepEqual(mine, theirs);
