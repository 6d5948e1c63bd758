import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  openSync,
  promises as fs,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

/**
 * The one way Factdesk replaces a file on disk (projects, .bak, crash
 * backups, history, reports, settings, layouts): the bytes go to a temp file
 * beside the target, every byte counted (a nearly full disk makes `write`
 * write less than asked and say nothing), fsynced, checked for size, then
 * renamed over the target, and the folder fsynced. On any failure the temp
 * is removed and the target is as it was.
 *
 * Symbolic links are followed on purpose: the file they point to is
 * replaced, the link stays a link.
 */

/** In every temp name, so clean-up can tell our temps from the user's files (see isTempFileOf). */
export const TEMP_MARKER = 'factdesk-tmp';

/** `story.factdesk` -> `story.factdesk.<16 hex>.factdesk-tmp`: random, so two writers never share one. */
export function tempPathFor(target: string): string {
  return `${target}.${randomBytes(8).toString('hex')}.${TEMP_MARKER}`;
}

/** The calls that write bytes, in one object so a test can make them write short or fail (as a full disk does). */
export const byteWriter = {
  write: (
    handle: fs.FileHandle,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }> => handle.write(data, offset, length, position),
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number, position: number): number =>
    writeSync(fd, data, offset, length, position),
};

/** A write that ended early: the disk had no room for the rest. */
export function diskFullError(written: number, wanted: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`only ${written} of ${wanted} bytes could be written`), { code: 'ENOSPC' });
}

/** A file whose permissions say nobody may write it: replacing it would ignore what its owner set. */
export function readOnlyError(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path.basename(target)} is read-only`), { code: 'EREADONLY', path: target });
}

export interface AtomicWriteOptions {
  /** Runs once the new bytes are safely in the temp file, just before it replaces the target (e.g. keep a .bak). */
  beforeReplace?: (target: string) => Promise<void>;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

const isReadOnly = (stat: Stats) => stat.isFile() && (stat.mode & 0o222) === 0;

/** The file a write to `target` really replaces (through a symlink), and its stat when it exists. */
async function resolveTarget(target: string): Promise<{ real: string; existing: Stats | null }> {
  const real = await fs.realpath(target).catch(() => target);
  const existing = await fs.stat(real).catch(() => null);
  if (existing && isReadOnly(existing)) throw readOnlyError(target);
  return { real, existing };
}

function resolveTargetSync(target: string): { real: string; existing: Stats | null } {
  let real = target;
  try {
    real = realpathSync(target);
  } catch {
    // Not there yet: written under its own name.
  }
  let existing: Stats | null;
  try {
    existing = statSync(real);
  } catch {
    existing = null;
  }
  if (existing && isReadOnly(existing)) throw readOnlyError(target);
  return { real, existing };
}

async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await byteWriter.write(handle, bytes, offset, bytes.length - offset, offset);
    if (bytesWritten <= 0) throw diskFullError(offset, bytes.length);
    offset += bytesWritten;
  }
}

function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) {
    const written = byteWriter.writeSync(fd, bytes, offset, bytes.length - offset, offset);
    if (written <= 0) throw diskFullError(offset, bytes.length);
    offset += written;
  }
}

/** What is on disk must be what we meant, before it may replace anything. */
function checkSize(size: number, wanted: number): void {
  if (size !== wanted) throw diskFullError(size, wanted);
}

export async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Write `bytes` to a new temp file beside `target`: every byte counted,
 * fsynced, its size checked. Returns the temp's path; on failure the temp is gone.
 */
async function writeTempBeside(target: string, bytes: Uint8Array, mode: number | null): Promise<string> {
  const temp = tempPathFor(target);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o666);
    // The replaced file keeps its permissions (the open above is subject to the umask).
    if (mode !== null) await handle.chmod(mode);
    await writeAll(handle, bytes);
    await handle.sync();
    checkSize((await handle.stat()).size, bytes.length);
    await handle.close();
    return temp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Replace `target` with `data`, all or nothing (see above). Rejects with the file system's error (ENOSPC for a short write). */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { real, existing } = await resolveTarget(target);
  const temp = await writeTempBeside(real, bytesOf(data), existing ? existing.mode & 0o7777 : null);
  try {
    await options.beforeReplace?.(real);
    await fs.rename(temp, real);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(path.dirname(real));
}

/** Where hard links are refused (FAT, exFAT, some network drives). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Create `target` holding all of `data`, unless it exists (then false).
 * The bytes are written to a temp and hard-linked into place, so nobody ever
 * reads a half-written file; where links are refused, an exclusive create
 * written in place.
 */
export async function createFileExclusive(target: string, data: string | Uint8Array): Promise<boolean> {
  const bytes = bytesOf(data);
  const temp = await writeTempBeside(target, bytes, null);
  try {
    await fs.link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
    return createInPlace(target, bytes);
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

async function createInPlace(target: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await fs.writeFile(target, bytes, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The same, for the few callers that must write synchronously (settings stores). */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const bytes = bytesOf(data);
  const { real, existing } = resolveTargetSync(target);
  const temp = tempPathFor(real);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o666);
    if (existing) fchmodSync(fd, existing.mode & 0o7777);
    writeAllSync(fd, bytes);
    fsyncSync(fd);
    checkSize(fstatSync(fd).size, bytes.length);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, real);
  } catch (error) {
    removeTempSync(fd, temp);
    throw error;
  }
  fsyncFolderSync(path.dirname(real));
}

function removeTempSync(fd: number | undefined, temp: string): void {
  try {
    if (fd !== undefined) closeSync(fd);
  } catch {
    // Closing failed: the unlink below still removes the name.
  }
  try {
    unlinkSync(temp);
  } catch {
    // Never created, or already gone.
  }
}

function fsyncFolderSync(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // As fsyncFolder.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
