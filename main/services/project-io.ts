import { constants as fsConstants, promises as fs, type BigIntStats } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseProjectText, serializeProject } from '../../shared/project-file';
import type { Project } from '../../shared/schema';
import { fingerprintOf, hashBytes, type FileFingerprint } from './file-fingerprint';
import { readCappedFile } from './read-capped-file';
import { SerialQueue } from './serial-queue';


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
  } catch {
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
 * A hard link costs nothing however large the file: the save then renames new
 * bytes over the name, so the link is left holding the old ones. Where links
 * are refused (some removable and network drives), the file is copied into a
 * fresh temp, never into an existing file: a temp may share its bytes with .bak.
 */
async function keepPreviousVersion(filePath: string): Promise<void> {
  const current = await statOrNull(filePath);
  if (!current?.isFile()) return;
  const backup = backupPathOf(filePath);
  // A save killed after this step leaves .bak and the file as one: rename would then do nothing and leave the temp.
  if (sameFile(current, await statOrNull(backup))) return;
  const temp = `${backup}.${process.pid}.tmp`;
  await fs.rm(temp, { force: true });
  await fs.link(filePath, temp).catch(() => fs.copyFile(filePath, temp, fsConstants.COPYFILE_EXCL));
  await fs.rename(temp, backup);
}

/** Bigint: Windows file ids have 64 bits, more than a number holds exactly. */
async function statOrNull(filePath: string): Promise<BigIntStats | null> {
  return fs.stat(filePath, { bigint: true }).catch(() => null);
}

/** Some drives (FAT on Windows) report no inode numbers: two files there are never taken for one. */
function sameFile(a: BigIntStats, b: BigIntStats | null): boolean {
  return b !== null && a.ino !== 0n && a.dev === b.dev && a.ino === b.ino;
}

async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/**
 * Save atomically: the new bytes go to a temp file in the same folder, are
 * fsynced, and renamed over the target; the folder is fsynced so the rename
 * survives power loss. A failure leaves the old file untouched.
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
  await keepPreviousVersion(filePath);
  const written = writeFileAtomic(filePath, bytes, { fsync: true });
  // Hashed while the disk is busy with the write and its fsync (they run off this thread).
  const sha256 = hashBytes(bytes);
  await written;
  const [stat] = await Promise.all([fs.stat(filePath), fsyncFolder(path.dirname(filePath))]);
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256 };
}
