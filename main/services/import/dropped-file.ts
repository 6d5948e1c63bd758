import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readsAs } from '../../formats/formats';

/** What a file dropped on the window is, by its extension. */
export type DroppedKind = 'project' | 'article' | 'source' | null;

export function kindOfDroppedFile(name: string, projectOpen: boolean): DroppedKind {
  const extension = path.extname(name).slice(1).toLowerCase();
  if (extension === 'factdesk') return 'project';
  // With a project open, documents become sources; otherwise an article starts a new project.
  if (projectOpen && readsAs(extension, 'source')) return 'source';
  if (readsAs(extension, 'article')) return 'article';
  if (readsAs(extension, 'source')) return 'source';
  return null;
}

/**
 * The renderer cannot see paths: a dropped file arrives as bytes. They are
 * written to a private temp folder under the file's own name (the importers
 * read paths and name things after them), read, and removed.
 */
export async function withDroppedFile<T>(
  name: string,
  bytes: Buffer,
  read: (filePath: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'factdesk-drop-'));
  try {
    const filePath = path.join(folder, path.basename(name));
    await writeFile(filePath, bytes, { mode: 0o600 });
    return await read(filePath);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
