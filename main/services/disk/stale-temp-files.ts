import { promises as fs } from 'node:fs';
import path from 'node:path';
import { escapeRegExp } from '../../../shared/util/escape-regexp';
import { TEMP_MARKER } from './atomic-write';

/** A temp file younger than this may belong to a save still running in another process. */
export const STALE_TEMP_AGE_MS = 10_000;

/**
 * The temp names a killed save can leave next to NAME.factdesk (see
 * atomic-write.ts's tempPathFor): `NAME.factdesk.<16 hex>.factdesk-tmp`, and
 * the same for its .bak and .lock; and a lock takeover's claim
 * `NAME.factdesk.lock.takeover-<16 hex>` (file-lock.ts). Nothing else: a
 * user's `NAME.factdesk.2` is theirs.
 */
export function isTempFileOf(projectFile: string, candidate: string): boolean {
  const base = escapeRegExp(path.basename(projectFile));
  return new RegExp(
    `^${base}((\\.bak|\\.lock)?\\.[0-9a-f]{16}\\.${TEMP_MARKER}|\\.lock\\.takeover-[0-9a-f]{16})$`,
  ).test(candidate);
}

/** Remove leftovers of killed saves of this file; returns the names removed. Never touches anything else. */
export async function removeStaleTempFiles(projectFile: string, now = Date.now()): Promise<string[]> {
  const folder = path.dirname(projectFile);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((candidate) => isTempFileOf(projectFile, candidate))) {
    const full = path.join(folder, name);
    try {
      const stat = await fs.lstat(full);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await fs.unlink(full);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
