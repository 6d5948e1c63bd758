import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_STALE_MS, lockPathOf, thisProcessOwner } from '../../main/services/file-lock';

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
    expect(second).toEqual({ ok: false, heldBy: expect.objectContaining({ instanceId: 'window-1', pid: process.pid, hostname: os.hostname() }) });
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
    writeFileSync(lockPathOf(file), JSON.stringify({ instanceId: 'far', pid: 1, hostname: 'other-desk', user: 'kim', refreshedAt: old }));
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
    const fresh = new Date().toISOString();
    writeFileSync(lockPathOf(file), JSON.stringify({ instanceId: 'far', pid: 1, hostname: 'other-desk', user: 'kim', refreshedAt: fresh }));
    expect((await acquireLock(file, thisProcessOwner('me-again'), clock)).ok).toBe(false);
  });

  it('treats a half-written lock as stale', async () => {
    const file = projectFile();
    writeFileSync(lockPathOf(file), '{"instanceId": "x", "pi');
    expect((await acquireLock(file, thisProcessOwner('me'), clock)).ok).toBe(true);
  });
});
