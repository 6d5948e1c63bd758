import { promises as fs } from 'node:fs';
import os from 'node:os';

/**
 * NAME.factdesk.lock beside an open project: tells a second window or a
 * second Factdesk (on this machine or another, over a shared drive) that the
 * file is being edited. The holder refreshes it; a lock whose holder is gone
 * (its process no longer runs, or it has not been refreshed for a while) is
 * stale and taken over, so a kill never leaves a file locked for good.
 */

export const LOCK_STALE_MS = 60_000;
export const LOCK_REFRESH_MS = 20_000;

export interface LockOwner {
  instanceId: string;
  pid: number;
  hostname: string;
  user: string;
}

export interface LockInfo extends LockOwner {
  refreshedAt: string;
}

export type LockAttempt = { ok: true; lock: HeldLock } | { ok: false; heldBy: LockInfo };

export function lockPathOf(filePath: string): string {
  return `${filePath}.lock`;
}

export function thisProcessOwner(instanceId: string): LockOwner {
  return { instanceId, pid: process.pid, hostname: os.hostname(), user: os.userInfo().username };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function isStale(lock: LockInfo, now: Date, isAlive = isProcessAlive): boolean {
  const age = now.getTime() - Date.parse(lock.refreshedAt);
  if (!(age < LOCK_STALE_MS)) return true;
  return lock.hostname === os.hostname() && !isAlive(lock.pid);
}

async function readLock(lockPath: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockInfo;
    return typeof info.instanceId === 'string' && typeof info.pid === 'number' && typeof info.refreshedAt === 'string' ? info : null;
  } catch {
    return null;
  }
}

export class HeldLock {
  constructor(
    readonly lockPath: string,
    private readonly owner: LockOwner,
    private readonly clock: () => Date,
  ) {}

  async refresh(): Promise<void> {
    const current = await readLock(this.lockPath);
    if (current && current.instanceId !== this.owner.instanceId) return;
    await fs.writeFile(this.lockPath, JSON.stringify({ ...this.owner, refreshedAt: this.clock().toISOString() }));
  }

  /** Remove the lock, unless someone has taken it over since. */
  async release(): Promise<void> {
    const current = await readLock(this.lockPath);
    if (current?.instanceId === this.owner.instanceId) await fs.rm(this.lockPath, { force: true });
  }
}

export async function acquireLock(filePath: string, owner: LockOwner, clock: () => Date, isAlive = isProcessAlive): Promise<LockAttempt> {
  const lockPath = lockPathOf(filePath);
  const body = () => JSON.stringify({ ...owner, refreshedAt: clock().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await fs.writeFile(lockPath, body(), { flag: 'wx' });
      return { ok: true, lock: new HeldLock(lockPath, owner, clock) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await readLock(lockPath);
    if (existing && existing.instanceId === owner.instanceId) return { ok: true, lock: new HeldLock(lockPath, owner, clock) };
    // An unreadable lock is a half-written one from a killed process: treat it as stale.
    if (existing && !isStale(existing, clock(), isAlive)) return { ok: false, heldBy: existing };
    await fs.rm(lockPath, { force: true });
  }
  const holder = await readLock(lockPath);
  return holder ? { ok: false, heldBy: holder } : { ok: false, heldBy: { ...owner, instanceId: 'unknown', refreshedAt: clock().toISOString() } };
}
