import { promises as fs } from 'node:fs';
import os from 'node:os';
import { createFileExclusive, writeFileAtomic } from '../disk/atomic-write';
import { hashBytes } from './file-fingerprint';

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

/**
 * Stale: its holder's process is gone (same machine), or it has not been
 * refreshed for a while. A lock dated far in the future (another machine's
 * clock, or a hand-made file) is stale too: otherwise it would hold until
 * that date. Machines whose clocks differ by more than LOCK_STALE_MS see each
 * other's locks as stale, as they already did for past dates.
 */
export function isStale(lock: LockInfo, now: Date, isAlive = isProcessAlive): boolean {
  const age = now.getTime() - Date.parse(lock.refreshedAt);
  if (!(Math.abs(age) < LOCK_STALE_MS)) return true;
  return lock.hostname === os.hostname() && !isAlive(lock.pid);
}

/** An unreadable lock younger than this may be one being written in place (no hard links): not yet stale. */
const UNREADABLE_GRACE_MS = 5_000;
/** A takeover claim is held for milliseconds; one this old was left by a process killed while taking over. */
export const CLAIM_ABANDONED_MS = 10_000;

interface LockOnDisk {
  bytes: Buffer;
  info: LockInfo | null;
  mtimeMs: number;
}

function parseLock(bytes: Buffer): LockInfo | null {
  try {
    const info = JSON.parse(bytes.toString('utf8')) as LockInfo;
    return typeof info.instanceId === 'string' && typeof info.pid === 'number' && typeof info.refreshedAt === 'string'
      ? info
      : null;
  } catch {
    return null;
  }
}

/** The lock as it is now, or null when there is none. */
async function readLock(lockPath: string): Promise<LockOnDisk | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(lockPath, 'r');
    const [bytes, stat] = await Promise.all([handle.readFile(), handle.stat()]);
    return { bytes, info: parseLock(bytes), mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function isStaleOnDisk(lock: LockOnDisk, now: Date, isAlive: (pid: number) => boolean): boolean {
  return lock.info ? isStale(lock.info, now, isAlive) : now.getTime() - lock.mtimeMs > UNREADABLE_GRACE_MS;
}

export class HeldLock {
  constructor(
    readonly lockPath: string,
    private readonly owner: LockOwner,
    private readonly clock: () => Date,
  ) {}

  /** Rewritten atomically (never seen half-written), and only while it is still ours. */
  async refresh(): Promise<void> {
    const current = await readLock(this.lockPath);
    if (current?.info?.instanceId !== this.owner.instanceId) return;
    await writeFileAtomic(this.lockPath, lockBody(this.owner, this.clock));
  }

  /** Remove the lock, unless someone has taken it over since. */
  async release(): Promise<void> {
    const current = await readLock(this.lockPath);
    if (current?.info?.instanceId === this.owner.instanceId) await fs.rm(this.lockPath, { force: true });
  }
}

function lockBody(owner: LockOwner, clock: () => Date): string {
  return JSON.stringify({ ...owner, refreshedAt: clock().toISOString() });
}

/**
 * Replace the stale lock we read (`seen`) with ours, so that of several
 * processes taking over the same stale lock at once exactly one wins. Each
 * first creates, exclusively, a claim named after the very bytes it judged
 * stale: one of them can. The winner then checks that the lock still holds
 * those bytes (it may have been taken over, refreshed or released meanwhile)
 * and only then renames its own lock over it. The claim is removed at once:
 * a latecomer that judged the same bytes gets the claim but finds the lock
 * changed, and gives up.
 */
async function takeOver(lockPath: string, seen: Buffer, mine: string, now: Date): Promise<boolean> {
  const claim = `${lockPath}.takeover-${hashBytes(seen).slice(0, 16)}`;
  if (!(await createFileExclusive(claim, mine))) {
    await removeAbandonedClaim(claim, now);
    return false;
  }
  try {
    const current = await readLock(lockPath);
    if (!current?.bytes.equals(seen)) return false;
    await writeFileAtomic(lockPath, mine);
    return true;
  } finally {
    await fs.rm(claim, { force: true });
  }
}

/**
 * A claim left by a process killed while taking over would keep that stale
 * lock from ever being taken over: past CLAIM_ABANDONED_MS it is removed.
 * (Two processes could then both judge it abandoned; one may remove a claim
 * the other just made. That needs a kill inside a takeover's few
 * milliseconds first, and two openers at once ten seconds later.)
 */
async function removeAbandonedClaim(claim: string, now: Date): Promise<void> {
  const stat = await fs.stat(claim).catch(() => null);
  if (stat && now.getTime() - stat.mtimeMs > CLAIM_ABANDONED_MS) await fs.rm(claim, { force: true });
}

const ATTEMPTS = 8;
const pause = () => new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 10));

export async function acquireLock(
  filePath: string,
  owner: LockOwner,
  clock: () => Date,
  isAlive = isProcessAlive,
): Promise<LockAttempt> {
  const lockPath = lockPathOf(filePath);
  const held = (): LockAttempt => ({ ok: true, lock: new HeldLock(lockPath, owner, clock) });
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await createFileExclusive(lockPath, lockBody(owner, clock))) return held();
    const current = await readLock(lockPath);
    // Released between our two looks: try to create it again.
    if (!current) continue;
    if (current.info?.instanceId === owner.instanceId) return held();
    if (current.info && !isStaleOnDisk(current, clock(), isAlive)) return { ok: false, heldBy: current.info };
    if (!current.info && !isStaleOnDisk(current, clock(), isAlive)) break;
    if (await takeOver(lockPath, current.bytes, lockBody(owner, clock), clock())) return held();
    // Someone else is taking it over, or has: look again once they are done.
    await pause();
  }
  const holder = (await readLock(lockPath))?.info;
  return { ok: false, heldBy: holder ?? { ...owner, instanceId: 'unknown', refreshedAt: clock().toISOString() } };
}
