import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byteWriter } from '../../../../../main/services/disk/atomic-write';
import { acquireLock, lockPathOf } from '../../../../../main/services/project-file/file-lock';
import { HistorySnapshots } from '../../../../../main/services/recovery/history-snapshots';
import { JsonSettingsStore } from '../../../../../main/services/settings/json-settings-store';
import { saveProjectFile } from '../../../../../main/services/project-file/project-io';
import { RecoveryBackups } from '../../../../../main/services/recovery/recovery-backups';
import { writeReportFile } from '../../../../../main/services/export/report-export';
import { createElectronSettings } from '../../../../../main/shell/settings';
import { serializeProject } from '../../../../../shared/project/project-file';
import { growingProject } from '../../../helpers/growing-project';

/**
 * Every write path with an injected `write` that behaves as on a nearly full
 * disk: it writes less than asked, then fails with ENOSPC (or returns 0).
 * Whatever the path and wherever the fault, the write must fail, the file it
 * would have replaced (and .bak) keeps its bytes, and no temp file is left.
 * Short writes that the disk then completes must still give exact bytes.
 */

vi.mock('electron', () => ({ default: { app: undefined, ipcMain: undefined, shell: {} } }));

const INJECTIONS = 140;

type Fault =
  | { kind: 'short-then-full'; after: number }
  | { kind: 'zero'; after: number }
  | { kind: 'full-at-once' }
  | { kind: 'short-but-completes'; chunk: number };

const faults: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('short-then-full' as const), after: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ kind: fc.constant('zero' as const), after: fc.integer({ min: 0, max: 20_000 }) }),
  fc.constant({ kind: 'full-at-once' as const }),
  fc.record({ kind: fc.constant('short-but-completes' as const), chunk: fc.integer({ min: 1, max: 4096 }) }),
);

const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** How many bytes this call may write, given what the fault allows in all; throws when the disk is "full". */
function allowance(fault: Fault, writtenSoFar: number, asked: number): number {
  switch (fault.kind) {
    case 'full-at-once':
      throw noSpace();
    case 'short-but-completes':
      return Math.min(asked, fault.chunk);
    case 'zero':
      return Math.min(asked, Math.max(0, fault.after - writtenSoFar));
    case 'short-then-full': {
      const left = fault.after - writtenSoFar;
      if (left <= 0) throw noSpace();
      return Math.min(asked, left);
    }
  }
}

/**
 * Make every write of our atomic-write module behave as `fault` says (really
 * writing what it claims). `hit` says whether the disk ran out of room (a
 * small file may fit in what the fault allows).
 */
function inject(fault: Fault): { hit: boolean } {
  const state = { hit: false };
  let written = 0;
  const allow = (asked: number) => {
    try {
      const count = allowance(fault, written, asked);
      if (count === 0) state.hit = true;
      written += count;
      return count;
    } catch (error) {
      state.hit = true;
      throw error;
    }
  };
  vi.spyOn(byteWriter, 'write').mockImplementation(async (handle, data, offset, length, position) => {
    const count = allow(length);
    return count === 0 ? { bytesWritten: 0 } : handle.write(data, offset, count, position);
  });
  vi.spyOn(byteWriter, 'writeSync').mockImplementation((fd, data, offset, length, position) => {
    const count = allow(length);
    return count === 0 ? 0 : writeSync(fd, data, offset, count, position);
  });
  return state;
}

afterEach(() => vi.restoreAllMocks());

function snapshot(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else found[path.relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return found;
}

/** One write path: set up its old state in `dir`, then attempt a write of about `size` bytes. */
interface WritePath {
  prepare(dir: string): Promise<void>;
  attempt(dir: string): Promise<unknown>;
  /** After a write that completed: the new bytes are all there. */
  written(dir: string): void;
}

const T0 = new Date('2026-03-01T10:00:00Z');
const T1 = new Date('2026-03-01T11:00:00Z');
const LOCK_OWNER = { instanceId: 'window-1', pid: process.pid, hostname: os.hostname(), user: 'kim' };
const recent = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    path: `/news/story-${i}.factdesk`,
    name: `story ${i}`,
    openedAt: T0.toISOString(),
  }));

const PATHS: Record<string, WritePath> = {
  'project save and .bak': {
    prepare: async (dir) => {
      await saveProjectFile(path.join(dir, 'story.factdesk'), growingProject(0));
      await saveProjectFile(path.join(dir, 'story.factdesk'), growingProject(1));
    },
    attempt: (dir) => saveProjectFile(path.join(dir, 'story.factdesk'), growingProject(30)),
    written: (dir) => {
      expect(readFileSync(path.join(dir, 'story.factdesk'), 'utf8')).toBe(serializeProject(growingProject(30)));
      expect(readFileSync(path.join(dir, 'story.factdesk.bak'), 'utf8')).toBe(serializeProject(growingProject(1)));
    },
  },
  'crash backup': {
    prepare: async (dir) =>
      void (await new RecoveryBackups(dir).write({ path: null, name: 'story', project: growingProject(1) }, T0)),
    attempt: (dir) => new RecoveryBackups(dir).write({ path: null, name: 'story', project: growingProject(30) }, T1),
    written: (dir) => expect(readdirSync(dir)).toHaveLength(1),
  },
  'history snapshot': {
    prepare: (dir) => new HistorySnapshots(dir).take(growingProject(1), T0),
    attempt: (dir) => new HistorySnapshots(dir).take(growingProject(30), T1),
    written: (dir) => expect(Object.keys(snapshot(dir))).toHaveLength(2),
  },
  'report export': {
    prepare: (dir) => writeReportFile(path.join(dir, 'report.html'), '<p>the first report</p>'),
    attempt: (dir) => writeReportFile(path.join(dir, 'report.html'), `<p>${'the new report '.repeat(2000)}</p>`),
    written: (dir) =>
      expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toBe(`<p>${'the new report '.repeat(2000)}</p>`),
  },
  'lock file (created whole, refreshed atomically)': {
    prepare: async (dir) => {
      writeFileSync(path.join(dir, 'story.factdesk'), '{}');
      await acquireLock(path.join(dir, 'story.factdesk'), LOCK_OWNER, () => T0);
    },
    attempt: async (dir) => {
      const attempt = await acquireLock(path.join(dir, 'story.factdesk'), LOCK_OWNER, () => T1);
      if (attempt.ok) await attempt.lock.refresh();
    },
    written: (dir) =>
      expect(JSON.parse(readFileSync(lockPathOf(path.join(dir, 'story.factdesk')), 'utf8')).refreshedAt).toBe(
        T1.toISOString(),
      ),
  },
  'settings (JSON file store: harness and CLI)': {
    prepare: async (dir) => new JsonSettingsStore(path.join(dir, 'settings.json')).set('recentProjects', recent(1)),
    attempt: async (dir) => new JsonSettingsStore(path.join(dir, 'settings.json')).set('recentProjects', recent(200)),
    written: (dir) =>
      expect(new JsonSettingsStore(path.join(dir, 'settings.json')).get('recentProjects')).toEqual(recent(200)),
  },
  'settings and layouts (electron-store, the app)': {
    prepare: async (dir) => createElectronSettings(dir, () => T0).settings.set('recentProjects', recent(1)),
    attempt: async (dir) =>
      createElectronSettings(dir, () => T0).settings.set(
        'projectLayouts',
        recent(200).map(({ path: p }) => ({ path: p, window: { x: 1, y: 2, width: 800, height: 600 }, panels: null })),
      ),
    written: (dir) => expect(createElectronSettings(dir, () => T0).settings.get('projectLayouts')).toHaveLength(200),
  },
};

const DISK_FULL = /^Nothing was saved: the disk is full \(\d+(\.\d)? MB free\)/;

async function runCase(name: string, fault: Fault): Promise<'written whole' | 'failed cleanly'> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-short-'));
  const writePath = PATHS[name];
  await writePath.prepare(dir);
  const before = snapshot(dir);
  const disk = inject(fault);
  let outcome: { ok: true } | { ok: false; error: unknown };
  try {
    await writePath.attempt(dir);
    outcome = { ok: true };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    vi.restoreAllMocks();
  }
  if (!disk.hit) {
    expect(outcome, `${name}: short writes the disk completed`).toEqual({ ok: true });
    writePath.written(dir);
    expect(Object.keys(snapshot(dir)).filter((file) => file.includes('factdesk-tmp'))).toEqual([]);
    return 'written whole';
  }
  expect(outcome.ok, `${name}: ${JSON.stringify(fault)} must fail`).toBe(false);
  const error = (outcome as { error: NodeJS.ErrnoException }).error;
  expect(error.code).toBe('ENOSPC');
  if (!(error instanceof Error && DISK_FULL.test(error.message)))
    expect(error.message).toMatch(/ENOSPC|bytes could be written/);
  expect(snapshot(dir), `${name}: ${JSON.stringify(fault)} changed the files`).toEqual(before);
  return 'failed cleanly';
}

describe('every write path on a disk that fills up part-way (injected short writes and ENOSPC)', () => {
  it(`fails cleanly or writes every byte, and never damages what was there (${INJECTIONS} injections)`, async () => {
    const counts: Record<string, Record<string, number>> = {};
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(PATHS)), faults, async (name, fault) => {
        const outcome = await runCase(name, fault);
        counts[name] ??= {};
        counts[name][outcome] = (counts[name][outcome] ?? 0) + 1;
      }),
      { numRuns: INJECTIONS },
    );
    console.info(`short-write/ENOSPC injections per write path: ${JSON.stringify(counts)}`);
    expect(Object.keys(counts).sort()).toEqual(Object.keys(PATHS).sort());
  }, 60_000);

  for (const name of Object.keys(PATHS)) {
    it(`${name}: a write cut short by a full disk changes nothing`, async () => {
      await runCase(name, { kind: 'short-then-full', after: 100 });
      await runCase(name, { kind: 'zero', after: 0 });
    });
  }

  it('the settings stores say what happened, in the user’s words', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-short-'));
    const json = new JsonSettingsStore(path.join(dir, 'settings.json'));
    mkdirSync(path.join(dir, 'app'));
    const electron = createElectronSettings(path.join(dir, 'app'), () => T0).settings;
    inject({ kind: 'short-then-full', after: 10 });
    expect(() => json.set('recentProjects', recent(3))).toThrow(DISK_FULL);
    expect(() => electron.set('recentProjects', recent(3))).toThrow(DISK_FULL);
  });

  it('the app still starts when its first settings file does not fit, and says so', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-short-'));
    inject({ kind: 'full-at-once' });
    const { settings, notice } = createElectronSettings(dir, () => T0);
    vi.restoreAllMocks();
    expect(notice).toMatch(
      /^Factdesk could not write its preferences file: the disk is full \(\d+(\.\d)? MB free\)\. Changes to your preferences last only until Factdesk closes\.$/,
    );
    settings.set('recentProjects', recent(2));
    expect(settings.get('recentProjects')).toEqual(recent(2));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a .bak copied (where links are refused) must be whole before the save goes on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-short-'));
    const file = path.join(dir, 'story.factdesk');
    await saveProjectFile(file, growingProject(0));
    await saveProjectFile(file, growingProject(1));
    const before = snapshot(dir);
    vi.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('links not supported'), { code: 'EPERM' }));
    // A copy the disk cut short: half the bytes, no error (as a careless copy would leave it).
    vi.spyOn(fs, 'copyFile').mockImplementation(async (from, to) =>
      writeFileSync(to as string, readFileSync(from as string).subarray(0, 1000)),
    );
    await expect(saveProjectFile(file, growingProject(2))).rejects.toMatchObject({ code: 'ENOSPC' });
    vi.restoreAllMocks();
    expect(snapshot(dir)).toEqual(before);
  });
});
