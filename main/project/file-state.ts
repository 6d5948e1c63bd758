import type { LockInfo } from '../services/project-file/file-lock';
import type { OpenProjectFile } from './open-project-file';

/**
 * What main knows of the project file open in the window, and what a save may do:
 *
 *   no-file ─open─▶ open | read-only        (read-only: another window holds the file's lock)
 *   open ─save─▶ open                       (refused as a conflict while the disk holds someone else's version;
 *                                            reload, merge or overwrite accept theirs and the next save goes through)
 *   any ─save as─▶ open | read-only         (the file at the chosen path)
 *   any ─open another / demo / close─▶ …    (the old file's watcher stops and its lock is released first)
 *
 * Whether the window has unsaved changes is the window's to know. Whether the
 * disk still holds what was last read or written is asked of the disk at each
 * save (by fingerprint), not remembered here: a change the watcher has not seen
 * yet must stop a save too.
 */
export type FileState =
  | { name: 'no-file' }
  | { name: 'open'; file: OpenProjectFile }
  | { name: 'read-only'; file: OpenProjectFile; lockedBy: LockInfo };

export const NO_FILE: FileState = { name: 'no-file' };

export function fileStateOf(file: OpenProjectFile): FileState {
  return file.lockedBy ? { name: 'read-only', file, lockedBy: file.lockedBy } : { name: 'open', file };
}

export function fileOf(state: FileState): OpenProjectFile | null {
  return state.name === 'no-file' ? null : state.file;
}
