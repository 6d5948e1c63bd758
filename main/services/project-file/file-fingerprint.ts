import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { readCappedFile } from '../../formats/read-capped-file';

/** What a file looked like when we last read or wrote it: enough to notice someone else's save. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fingerprintOf(bytes: Uint8Array, stat: { size: number; mtimeMs: number }): FileFingerprint {
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: hashBytes(bytes) };
}

/** The file's fingerprint now, or null when it no longer exists. */
export async function readFingerprint(filePath: string): Promise<FileFingerprint | null> {
  try {
    const { bytes, mtimeMs } = await readCappedFile(filePath, 'project');
    return fingerprintOf(bytes, { size: bytes.length, mtimeMs });
  } catch {
    return null;
  }
}

/** Same size and modification time as recorded: taken as unchanged without reading (as editors commonly do). */
export function sameStat(stat: { size: number; mtimeMs: number } | null, recorded: FileFingerprint): boolean {
  return stat !== null && stat.size === recorded.size && stat.mtimeMs === recorded.mtimeMs;
}

/** Does the file still hold what we recorded? Reads and hashes it only when its stat differs. */
export async function stillHolds(filePath: string, recorded: FileFingerprint): Promise<boolean> {
  const stat = await fs.stat(filePath).catch(() => null);
  return sameStat(stat, recorded) || sameContent(recorded, await readFingerprint(filePath));
}

/**
 * Same content as recorded? Size and mtime answer quickly; the hash decides,
 * so a touch (or a copy that keeps the bytes) is not taken for a change.
 */
export function sameContent(recorded: FileFingerprint, now: FileFingerprint | null): boolean {
  return now !== null && now.size === recorded.size && now.sha256 === recorded.sha256;
}
