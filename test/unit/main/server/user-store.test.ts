import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { USERS_FILE, UserNameTaken, UserStore } from '../../../../main/server/user-store';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-users-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('UserStore', () => {
  it('keeps only the SHA-256 of a token on disk, never the token', () => {
    const dir = dataDir();
    const store = UserStore.open(dir);
    const token = store.add('Ana Ortiz', 'checker');
    store.close(); // checkpoints the write-ahead log into users.sqlite
    const bytes = readFileSync(path.join(dir, USERS_FILE));
    expect(token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(bytes.includes(Buffer.from(token))).toBe(false);
    expect(bytes.includes(Buffer.from(token.slice(4)))).toBe(false);
    expect(bytes.includes(Buffer.from(createHash('sha256').update(token).digest('hex')))).toBe(true);
  });

  it('finds the user by token, refuses a second user of the same name, and tells revoked from unknown', () => {
    const store = UserStore.open(dataDir());
    const token = store.add('Edith Mensah', 'editor', new Date('2026-12-01T09:00:00Z'));
    expect(store.check(token)).toEqual({
      ok: true,
      user: { name: 'Edith Mensah', role: 'editor', createdAt: '2026-12-01T09:00:00.000Z' },
    });
    expect(() => store.add('Edith Mensah', 'reader')).toThrow(UserNameTaken);
    expect(store.check(`${token}x`)).toEqual({ ok: false, reason: 'unknown' });

    expect(store.remove('Edith Mensah', new Date('2026-12-02T10:00:00Z'))).toBe(true);
    expect(store.check(token)).toEqual({ ok: false, reason: 'revoked', revokedAt: '2026-12-02T10:00:00.000Z' });
    expect(store.remove('Edith Mensah')).toBe(false);
    expect(store.list()).toEqual([]);
    const fresh = store.add('Edith Mensah', 'editor'); // the name is free again, with a new token
    expect(store.check(fresh)).toMatchObject({ ok: true });
    expect(store.check(token)).toMatchObject({ ok: false, reason: 'revoked' });
    store.close();
  });
});
