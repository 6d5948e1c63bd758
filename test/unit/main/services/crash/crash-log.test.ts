import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrashLog, CRASH_LOG_NAME } from '../../../../../main/services/crash/crash-log';
import { childProcessGone, reloadDetail, windowProcessGone } from '../../../../../main/services/crash/process-crash';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'factdesk-crash-'));
const at = (iso: string) => () => new Date(iso);

describe('CrashLog (user-data folder, plain text)', () => {
  it('appends an entry per crash, newest last, with the time, version and details', async () => {
    const dir = folder();
    const log = new CrashLog(dir, at('2026-12-02T09:15:00.000Z'), '0.1.0');
    await log.append('The window’s page stopped', { reason: 'oom', exitCode: 9, ignored: undefined });
    await log.append('An error blanked the window', {
      message: 'boom',
      stack: 'Error: boom\n    at Card (card.tsx:3)',
    });
    expect(readFileSync(path.join(dir, CRASH_LOG_NAME), 'utf8')).toBe(
      'Factdesk crash log: what went wrong, newest last. It stays on this computer.\n\n' +
        '=== 2026-12-02T09:15:00.000Z · Factdesk 0.1.0 · The window’s page stopped\nreason: oom\nexitCode: 9\n\n' +
        '=== 2026-12-02T09:15:00.000Z · Factdesk 0.1.0 · An error blanked the window\nmessage: boom\nstack: Error: boom\n      at Card (card.tsx:3)\n\n',
    );
  });

  it('exists (empty but for its header) before the first crash, so it can always be opened', async () => {
    const dir = folder();
    await new CrashLog(dir, at('2026-12-02T09:15:00.000Z'), '0.1.0').ensureExists();
    expect(readFileSync(path.join(dir, CRASH_LOG_NAME), 'utf8')).toContain('Factdesk crash log');
  });

  it('keeps an existing log and adds to it', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, CRASH_LOG_NAME), 'Factdesk crash log: earlier\n\n=== old entry\n\n');
    await new CrashLog(dir, at('2026-12-02T09:15:00.000Z'), '0.1.0').append('Later', { reason: 'crashed' });
    const text = readFileSync(path.join(dir, CRASH_LOG_NAME), 'utf8');
    expect(text.startsWith('Factdesk crash log: earlier\n\n=== old entry')).toBe(true);
    expect(text).toContain('· Later\nreason: crashed');
  });

  it('stays under its size limit by dropping the oldest entries', async () => {
    const dir = folder();
    const log = new CrashLog(dir, at('2026-12-02T09:15:00.000Z'), '0.1.0', 2_000);
    for (let n = 1; n <= 40; n++) await log.append(`Crash ${n}`, { reason: 'crashed', note: 'x'.repeat(40) });
    const text = readFileSync(path.join(dir, CRASH_LOG_NAME), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2_000);
    expect(text.startsWith('Factdesk crash log')).toBe(true);
    expect(text).toContain('· Crash 40\n');
    expect(text).not.toContain('· Crash 1\n');
    expect(text.match(/^=== /gm)!.length).toBeGreaterThan(3);
  });
});

describe('when a process goes away', () => {
  it('offers to reload when the window’s page stops, naming why', () => {
    expect(windowProcessGone({ reason: 'oom', exitCode: 9 })).toEqual({
      logTitle: 'The window’s page stopped',
      offerReload: true,
      message: 'Factdesk’s window stopped working: it ran out of memory.',
    });
    expect(windowProcessGone({ reason: 'crashed', exitCode: 139 }).message).toBe(
      'Factdesk’s window stopped working: it crashed.',
    );
    expect(windowProcessGone({ reason: 'something-new', exitCode: 1 }).message).toBe(
      'Factdesk’s window stopped working: it stopped (something-new).',
    );
    expect(windowProcessGone({ reason: 'clean-exit', exitCode: 0 })).toMatchObject({
      logTitle: null,
      offerReload: false,
    });
  });

  it('offers to reload when the GPU process stops; logs other helpers without interrupting', () => {
    expect(childProcessGone({ type: 'GPU', reason: 'crashed', exitCode: 1 })).toMatchObject({
      logTitle: 'A GPU process stopped',
      offerReload: true,
    });
    expect(
      childProcessGone({
        type: 'Utility',
        serviceName: 'network.mojom.NetworkService',
        reason: 'crashed',
        exitCode: 1,
      }),
    ).toEqual({ logTitle: 'A network.mojom.NetworkService process stopped', offerReload: false, message: '' });
    expect(childProcessGone({ type: 'Utility', reason: 'clean-exit', exitCode: 0 }).logTitle).toBeNull();
  });

  it('says whether the crash backup can bring back unsaved work', () => {
    expect(reloadDetail(true)).toContain('Factdesk offers that backup after the reload');
    expect(reloadDetail(false)).toContain('Crash backups are off (Preferences)');
  });
});
