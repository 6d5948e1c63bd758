import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What went wrong when a file could not be written, in the user's words:
 * about writing (never "permission to read it"), naming the folder or the
 * disk, with the free space when the disk is full.
 */

function freeSpaceOf(folder: string): string | null {
  try {
    const { bavail, bsize } = statfsSync(folder);
    const megabytes = (bavail * bsize) / 1048576;
    return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB free`;
  } catch {
    return null;
  }
}

/** The nearest folder on the path that exists (the free space of a missing folder is its disk's). */
function nearestFolder(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    try {
      if (statSync(current).isDirectory()) return current;
    } catch {
      // Keep climbing.
    }
    if (path.dirname(current) === current) return current;
  }
}

function canWriteIn(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/** Why `target` could not be written: "the disk is full (3.2 MB free)", "the folder ‘/x’ does not exist", ... */
export function describeWriteError(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const folder = path.dirname(path.resolve(target));
  const name = `‘${path.basename(target)}’`;
  switch (code) {
    case 'ENOSPC': {
      const free = freeSpaceOf(nearestFolder(folder));
      return free ? `the disk is full (${free})` : 'the disk is full';
    }
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EREADONLY':
      return `${name} is read-only (its permissions do not allow changes)`;
    case 'EACCES':
    case 'EPERM':
      return canWriteIn(folder)
        ? `you do not have permission to change ${name}`
        : `you do not have permission to write in the folder ‘${folder}’`;
    case 'ENOENT':
      return isFolder(folder) ? `${name} could not be created in ‘${folder}’` : `the folder ‘${folder}’ does not exist`;
    case 'ENOTDIR':
      return `part of the folder path ‘${folder}’ is a file, not a folder`;
    case 'EISDIR':
      return `${name} is a folder`;
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENAMETOOLONG':
      return 'the name is too long for this disk';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** "Nothing was saved: the disk is full (3.2 MB free)" — the start of every message about a failed write. */
export function nothingSaved(error: unknown, target: string): string {
  return `Nothing was saved: ${describeWriteError(error, target)}`;
}

/** An error carrying the user's message, thrown where the caller can only throw (settings stores). */
export class WriteFailure extends Error {
  readonly code: string | undefined;

  constructor(cause: unknown, target: string) {
    super(nothingSaved(cause, target), { cause });
    this.code = (cause as NodeJS.ErrnoException)?.code;
  }
}
