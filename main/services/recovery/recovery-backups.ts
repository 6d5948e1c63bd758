import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RecoverableBackup } from '../../../shared/api';
import { parseProjectDocument } from '../../../shared/project/project-file';
import type { Project } from '../../../shared/project/schema';
import { writeFileAtomic } from '../disk/atomic-write';
import { hashBytes } from '../project-file/file-fingerprint';
import { SerialQueue } from '../disk/serial-queue';

/**
 * Crash-recovery snapshots of unsaved work, one per project, in
 * <userData>/backups/. Written about a second after edits stop; removed
 * after a successful save or when the user discards them.
 */

export interface BackupEntry {
  path: string | null;
  name: string;
  project: Project;
}

interface BackupFile extends BackupEntry {
  writtenAt: string;
}

const KEY_PATTERN = /^[0-9a-f]{24}$/;

export function backupKeyOf(filePath: string | null, projectId: string): string {
  return hashBytes(filePath ? `file:${path.resolve(filePath)}` : `unsaved:${projectId}`).slice(0, 24);
}

async function mtimeOf(filePath: string): Promise<Date | null> {
  try {
    return (await fs.stat(filePath)).mtime;
  } catch {
    return null;
  }
}

export class RecoveryBackups {
  /** Writes and removals of one backup run in the order asked: a removal after a save is never overtaken by an earlier write. */
  private queue = new SerialQueue();

  constructor(readonly folder: string) {}

  private fileOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error('Not a backup key');
    return path.join(this.folder, `${key}.json`);
  }

  async write(entry: BackupEntry, now: Date): Promise<string> {
    const key = backupKeyOf(entry.path, entry.project.id);
    await fs.mkdir(this.folder, { recursive: true });
    const record: BackupFile = { ...entry, writtenAt: now.toISOString() };
    await this.queue.run(key, () => writeFileAtomic(this.fileOf(key), JSON.stringify(record)));
    return key;
  }

  async remove(key: string): Promise<void> {
    await this.queue.run(key, () => fs.rm(this.fileOf(key), { force: true }));
  }

  async read(key: string): Promise<(BackupEntry & { writtenAt: string }) | null> {
    try {
      const raw = JSON.parse(await fs.readFile(this.fileOf(key), 'utf8')) as Partial<BackupFile>;
      const parsed = parseProjectDocument(raw.project);
      if (!parsed.ok || typeof raw.writtenAt !== 'string' || typeof raw.name !== 'string') return null;
      return {
        path: typeof raw.path === 'string' ? raw.path : null,
        name: raw.name,
        project: parsed.project,
        writtenAt: raw.writtenAt,
      };
    } catch {
      return null;
    }
  }

  /** Backups worth offering: newer than their file (or the file is gone, or was never saved). */
  async listRecoverable(): Promise<RecoverableBackup[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch {
      return [];
    }
    const found: RecoverableBackup[] = [];
    for (const key of names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter((k) => KEY_PATTERN.test(k))) {
      const backup = await this.read(key);
      if (!backup) continue;
      const fileSavedAt = backup.path ? await mtimeOf(backup.path) : null;
      if (fileSavedAt && fileSavedAt.getTime() >= Date.parse(backup.writtenAt)) continue;
      found.push({
        key,
        path: backup.path,
        name: backup.name,
        writtenAt: backup.writtenAt,
        fileSavedAt: fileSavedAt?.toISOString() ?? null,
        claimCount: backup.project.claims.length,
      });
    }
    return found.sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : -1));
  }
}
