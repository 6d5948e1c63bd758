import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { byteWriter } from '../../../../../main/services/disk/atomic-write';
import { hashBytes } from '../../../../../main/services/project-file/file-fingerprint';
import {
  acquireLock,
  CLAIM_ABANDONED_MS,
  LOCK_STALE_MS,
  lockPathOf,
  thisProcessOwner,
} from '../../../../../main/services/project-file/file-lock';

const clock = () => new Date();

function projectFile() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-lock-'));
  const file = path.join(dir, 'story.factdesk');
  writeFileSync(file, '{}');
  return file;
}

/** The pid of a process that has already exited: what a killed app leaves in its lock. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the project lock file', () => {
  it('lets one window in and tells the second who holds it', async () => {
    const file = projectFile();
    const first = await acquireLock(file, thisProcessOwner('window-1'), clock);
    expect(first.ok).toBe(true);
    const second = await acquireLock(file, thisProcessOwner('window-2'), clock);
    expect(second).toEqual({
      ok: false,
      heldBy: expect.objectContaining({ instanceId: 'window-1', pid: process.pid, hostname: os.hostname() }),
    });
    if (first.ok) await first.lock.release();
    expect(existsSync(lockPathOf(file))).toBe(false);
    expect((await acquireLock(file, thisProcessOwner('window-2'), clock)).ok).toBe(true);
  });

  it('clears by itself when the app that held it was killed', async () => {
    const file = projectFile();
    const killed = { ...thisProcessOwner('killed'), pid: deadPid(), refreshedAt: new Date().toISOString() };
    writeFileSync(lockPathOf(file), JSON.stringify(killed));
    const attempt = await acquireLock(file, thisProcessOwner('next'), clock);
    expect(attempt.ok).toBe(true);
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8')).instanceId).toBe('next');
  });

  it('clears when its holder (e.g. on another machine) stopped refreshing it', async () => {
    const file = projectFile();
    const old = new Date(Date.now() - LOCK_STALE_MS - 1000).toISOString();
    writeFileSync(
      lockPathOf(file),
      JSON.stringify({ instanceId: 'far', pid: 1, hostname: 'other-desk', user: 'kim', refreshedAt: old }),
    );
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
    const fresh = new Date().toISOString();
    writeFileSync(
      lockPathOf(file),
      JSON.stringify({ instanceId: 'far', pid: 1, hostname: 'other-desk', user: 'kim', refreshedAt: fresh }),
    );
    expect((await acquireLock(file, thisProcessOwner('me-again'), clock)).ok).toBe(false);
  });

  it('treats a half-written lock as stale once it is a few seconds old (a young one may still be being written)', async () => {
    const file = projectFile();
    writeFileSync(lockPathOf(file), '{"instanceId": "x", "pi');
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(file), old, old);
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
  });

  it('does not hold for ever when another machine dated it in the future', async () => {
    const file = projectFile();
    const future = {
      instanceId: 'far',
      pid: 1,
      hostname: 'other-desk',
      user: 'kim',
      refreshedAt: '2099-01-01T00:00:00.000Z',
    };
    writeFileSync(lockPathOf(file), JSON.stringify(future));
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
    // A clock a few seconds ahead is still a live holder.
    const slightlyAhead = { ...future, refreshedAt: new Date(Date.now() + 5_000).toISOString() };
    writeFileSync(lockPathOf(file), JSON.stringify(slightlyAhead));
    expect((await acquireLock(file, thisProcessOwner('me-again'), clock)).ok).toBe(false);
  });

  it('a takeover left half-done by a killed process blocks the stale lock only for a few seconds', async () => {
    const file = projectFile();
    const lock = JSON.stringify({
      instanceId: 'far',
      pid: 1,
      hostname: 'other-desk',
      user: 'kim',
      refreshedAt: '2020-01-01T00:00:00.000Z',
    });
    writeFileSync(lockPathOf(file), lock);
    const claim = `${lockPathOf(file)}.takeover-${hashBytes(lock).slice(0, 16)}`;
    writeFileSync(claim, 'left by a killed process');
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(false);
    const old = new Date(Date.now() - CLAIM_ABANDONED_MS - 1000);
    utimesSync(claim, old, old);
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
    expect(existsSync(claim)).toBe(false);
  });

  it('is refreshed with an atomic write: a refresh on a full disk leaves the lock whole', async () => {
    const file = projectFile();
    const attempt = await acquireLock(file, thisProcessOwner('me'), clock);
    if (!attempt.ok) throw new Error('not locked');
    const before = readFileSync(lockPathOf(file), 'utf8');
    vi.spyOn(byteWriter, 'write').mockImplementation(async (handle, data, offset, _length, position) => {
      await handle.write(data, offset, 5, position);
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    try {
      await expect(attempt.lock.refresh()).rejects.toMatchObject({ code: 'ENOSPC' });
    } finally {
      vi.restoreAllMocks();
    }
    expect(readFileSync(lockPathOf(file), 'utf8')).toBe(before);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['story.factdesk', 'story.factdesk.lock']);
    await attempt.lock.refresh();
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8')).instanceId).toBe('me');
  });
});
