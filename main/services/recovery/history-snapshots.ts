import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HistorySnapshot } from '../../../shared/api';
import { parseProjectText, serializeProject } from '../../../shared/project/project-file';
import type { Project } from '../../../shared/project/schema';
import { writeFileAtomic } from '../disk/atomic-write';
import { hashBytes } from '../project-file/file-fingerprint';
import { SerialQueue } from '../disk/serial-queue';

/**
 * Rolling snapshots of each project in <userData>/history/<project>/,
 * at least five minutes apart, kept seven days: outside the project folder,
 * so a bad save, a bad merge or a deleted file can be undone.
 */

export const HISTORY_MIN_GAP_MS = 5 * 60_000;
export const HISTORY_KEEP_MS = 7 * 24 * 60 * 60_000;

/** Snapshot names are their time, made filename-safe: 2026-11-22T10-00-00-000Z.factdesk */
const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.factdesk$/;

function nameFor(at: Date): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}.factdesk`;
}

function timeOf(name: string): Date {
  const [date, time] = name.replace('.factdesk', '').split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}

export class HistorySnapshots {
  constructor(private readonly folder: string) {}

  private folderOf(projectId: string): string {
    return path.join(this.folder, hashBytes(projectId).slice(0, 24));
  }

  private async names(projectId: string): Promise<string[]> {
    try {
      return (await fs.readdir(this.folderOf(projectId))).filter((name) => SNAPSHOT_NAME.test(name)).sort();
    } catch {
      return [];
    }
  }

  /** One snapshot at a time per project: a save and a crash backup landing together must not both see "none yet". */
  private readonly perProject = new SerialQueue();

  /** Take a snapshot unless the last one is under five minutes old; drop those past seven days. Returns whether one was taken. */
  maybeTake(project: Project, now: Date): Promise<boolean> {
    return this.perProject.run(project.id, async () => {
      const names = await this.names(project.id);
      const folder = this.folderOf(project.id);
      // Pruned on every attempt, so old snapshots go even for a project saved rarely.
      for (const old of names.filter((name) => now.getTime() - timeOf(name).getTime() > HISTORY_KEEP_MS)) {
        await fs.rm(path.join(folder, old), { force: true });
      }
      const latest = names.at(-1);
      if (latest && now.getTime() - timeOf(latest).getTime() < HISTORY_MIN_GAP_MS) return false;
      await this.write(project, now);
      return true;
    });
  }

  /** Keep this version whatever the gap (used before a backup is thrown away). */
  take(project: Project, now: Date): Promise<void> {
    return this.perProject.run(project.id, () => this.write(project, now));
  }

  private async write(project: Project, now: Date): Promise<void> {
    const folder = this.folderOf(project.id);
    await fs.mkdir(folder, { recursive: true });
    await writeFileAtomic(path.join(folder, nameFor(now)), serializeProject(project));
  }

  async list(projectId: string): Promise<HistorySnapshot[]> {
    const found: HistorySnapshot[] = [];
    for (const name of (await this.names(projectId)).reverse()) {
      const project = await this.read(projectId, name);
      if (project)
        found.push({
          id: name,
          takenAt: timeOf(name).toISOString(),
          claimCount: project.claims.length,
          title: project.article.title,
        });
    }
    return found;
  }

  async read(projectId: string, snapshotId: string): Promise<Project | null> {
    if (!SNAPSHOT_NAME.test(snapshotId)) return null;
    try {
      const parsed = parseProjectText(await fs.readFile(path.join(this.folderOf(projectId), snapshotId), 'utf8'));
      return parsed.ok ? parsed.project : null;
    } catch {
      return null;
    }
  }
}
