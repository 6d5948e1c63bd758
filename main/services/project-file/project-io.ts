import { constants as fsConstants, promises as fs, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { parseProjectText, serializeProject } from '../../../shared/project/project-file';
import { MAX_PROJECT_BYTES, type Project } from '../../../shared/project/schema';
import { diskFullError, tempPathFor, writeFileAtomic } from '../disk/atomic-write';
import { fingerprintOf, hashBytes, type FileFingerprint } from './file-fingerprint';
import { readCappedFile } from '../../formats/read-capped-file';
import { SerialQueue } from '../disk/serial-queue';

export type LoadResult =
  | { ok: true; project: Project; migratedFrom: number | null; repairs: string[]; fingerprint: FileFingerprint }
  | { ok: false; message: string };

export function describeFile(filePath: string): string {
  return `‘${path.basename(filePath)}’`;
}

/** Read and validate a project file. Never writes anything. */
export async function loadProjectFile(filePath: string): Promise<LoadResult> {
  const fail = (problem: string): LoadResult => ({
    ok: false,
    message: `The file ${describeFile(filePath)} could not be opened: ${problem}.`,
  });
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    ({ bytes, mtimeMs } = await readCappedFile(filePath, 'project'));
  } catch (error) {
    return fail(describeFsError(error));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Bytes that fit under the limit can still be more characters than one string may hold.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG')
      return fail(
        `it is too large to open (${Math.round(bytes.length / 1048576)} MB; a project must be under ${MAX_PROJECT_BYTES / 1048576} MB of text)`,
      );
    return fail('it is not a text file in UTF-8 (it may be damaged or another kind of file)');
  }
  if (text.trim() === '') return fail('it is empty');
  const parsed = parseProjectText(text);
  if (!parsed.ok) return fail(parsed.problem);
  // Size from the bytes read, not the earlier stat: the file may have grown in between.
  return { ...parsed, fingerprint: fingerprintOf(bytes, { size: bytes.length, mtimeMs }) };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function backupPathOf(filePath: string): string {
  return `${filePath}.bak`;
}

/**
 * Keep the previous version as NAME.factdesk.bak, itself replaced atomically.
 * Runs once the new bytes are safely in their temp file, so a save that
 * fails for want of room leaves .bak as it was. A hard link costs nothing
 * however large the file: the save then renames new bytes over the name, so
 * the link is left holding the old ones. Where links are refused (some
 * removable and network drives), the file is copied into a fresh temp,
 * never into an existing file: a temp may share its bytes with .bak.
 * `filePath` is the real file (symlinks resolved), so .bak is always a file
 * of its own beside it, never a second link to the project.
 */
async function keepPreviousVersion(filePath: string): Promise<void> {
  const current = await statOrNull(filePath);
  if (!current?.isFile()) return;
  const backup = backupPathOf(filePath);
  // A save killed after this step leaves .bak and the file as one: rename would then do nothing and leave the temp.
  if (sameFile(current, await statOrNull(backup))) return;
  const temp = tempPathFor(backup);
  try {
    await fs.link(filePath, temp).catch(() => copyWhole(filePath, temp, Number(current.size)));
    await fs.rename(temp, backup);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** A copy is only a backup once it holds every byte. */
async function copyWhole(from: string, to: string, size: number): Promise<void> {
  await fs.copyFile(from, to, fsConstants.COPYFILE_EXCL);
  const copied = (await fs.stat(to)).size;
  if (copied !== size) throw diskFullError(copied, size);
}

/** Bigint: Windows file ids have 64 bits, more than a number holds exactly. */
async function statOrNull(filePath: string): Promise<BigIntStats | null> {
  return fs.stat(filePath, { bigint: true }).catch(() => null);
}

/** Some drives (FAT on Windows) report no inode numbers: two files there are never taken for one. */
function sameFile(a: BigIntStats, b: BigIntStats | null): boolean {
  return b !== null && a.ino !== 0n && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Save atomically (see atomic-write.ts): every byte checked, fsynced, renamed
 * over the target, the folder fsynced; the previous version kept as .bak. A
 * failure (a full disk included) leaves the file and its .bak untouched.
 */
export function saveProjectFile(filePath: string, project: Project): Promise<FileFingerprint> {
  return saves.run(path.resolve(filePath), () => writeProjectNow(filePath, project));
}

/** Saves to one file run one at a time, in the order asked, even across windows of this process. */
const saves = new SerialQueue();

export function isSaving(filePath: string): boolean {
  return saves.isBusy(path.resolve(filePath));
}

async function writeProjectNow(filePath: string, project: Project): Promise<FileFingerprint> {
  const bytes = Buffer.from(serializeProject(project), 'utf8');
  const written = writeFileAtomic(filePath, bytes, { beforeReplace: keepPreviousVersion });
  // Hashed while the disk is busy with the write and its fsync (they run off this thread).
  const sha256 = hashBytes(bytes);
  await written;
  const stat = await fs.stat(filePath);
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256 };
}
