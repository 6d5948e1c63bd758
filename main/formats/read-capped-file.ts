import { constants, promises as fs } from 'node:fs';
import { megabytes, SIZE_LIMITS, type FileKind } from './size-limits';

/**
 * The one way main reads a file the user named (a project, an article, a
 * source): regular files only, and never more than the limit for its kind
 * (size-limits.ts).
 * A device (/dev/zero), a FIFO or a socket is refused before any byte is
 * read, judged on the opened handle (fstat), so a file swapped for one after
 * a path check is still caught; the limit is counted while reading, so a file
 * that grows, or lies about its size (/proc), stops at the limit.
 */

/** A file refused for what it is; the message finishes "The file ‘x’ could not be …: ". */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: 'folder' | 'not-regular' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export class FileTooLarge extends UnreadableFile {
  /** "30 MB; the limit is 25 MB" */
  readonly sizes: string;

  /** sizeBytes: the file's size as it says; null when it ran past the limit while being read (a growing file, /proc). */
  constructor(sizeBytes: number | null, limitBytes: number) {
    const sizes = `${sizeBytes === null ? `more than ${megabytes(limitBytes)}` : megabytes(sizeBytes)}; the limit is ${megabytes(limitBytes)}`;
    super('too-large', `it is too large (${sizes})`);
    this.sizes = sizes;
  }
}

/**
 * O_NONBLOCK: opening a FIFO with no writer returns at once instead of
 * blocking a thread forever; fstat then refuses it. (It changes nothing for
 * regular files. Windows has neither flag.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const FIRST_CHUNK = 64 * 1024;

function refuseUnlessRegular(stat: { isFile(): boolean; isDirectory(): boolean }): void {
  if (stat.isDirectory()) throw new UnreadableFile('folder', 'it is a folder, not a file');
  if (!stat.isFile())
    throw new UnreadableFile('not-regular', 'it is not a regular file (it is a device, a pipe or a socket)');
}

/**
 * Reads a regular file of at most `limitBytes`. Throws UnreadableFile for
 * anything else, and the fs error (with its code) when the file cannot be opened.
 */
export async function readFileWithin(
  filePath: string,
  limitBytes: number,
): Promise<{ bytes: Buffer; mtimeMs: number }> {
  // A cheap first look by path, so devices are not even opened (opening some has effects)…
  refuseUnlessRegular(await fs.stat(filePath));
  const handle = await fs.open(filePath, OPEN_FLAGS);
  try {
    // …and the answer that counts, on what was actually opened.
    const stat = await handle.stat();
    refuseUnlessRegular(stat);
    if (stat.size > limitBytes) throw new FileTooLarge(stat.size, limitBytes);
    // One byte over the size seen: a file that grew is noticed without a second pass.
    let buffer = Buffer.allocUnsafe(Math.max(FIRST_CHUNK, Math.min(stat.size, limitBytes) + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limitBytes) throw new FileTooLarge(null, limitBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limitBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, Math.min(buffer.length, limitBytes + 1) - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limitBytes) throw new FileTooLarge(null, limitBytes);
    return { bytes: buffer.subarray(0, length), mtimeMs: stat.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** readFileWithin with the limit for this kind of file (size-limits.ts). */
export function readCappedFile(filePath: string, kind: FileKind): Promise<{ bytes: Buffer; mtimeMs: number }> {
  return readFileWithin(filePath, SIZE_LIMITS[kind]);
}
