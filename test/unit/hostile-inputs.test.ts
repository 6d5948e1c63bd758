import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHostileChildren, runCapped, type Caps, type CappedRun } from './helpers/hostile-run';

/**
 * Hostile inputs, each run in a child process under a time cap and a memory
 * cap (both asserted): devices and FIFOs behind project, article and source
 * paths. Each must be refused with a message, quickly, in little memory.
 */

const CAPS: Caps = { timeMs: 15_000, memoryMb: 400 };
let build: string;
let files: string;

beforeAll(async () => {
  build = mkdtempSync(path.join(os.tmpdir(), 'factdesk-hostile-build-'));
  files = mkdtempSync(path.join(os.tmpdir(), 'factdesk-hostile-'));
  await buildHostileChildren(build);
}, 60_000);

function expectWithinCaps(run: CappedRun): void {
  expect(run.killedFor, `killed for ${run.killedFor} after ${run.elapsedMs} ms at ${run.peakRssMb} MB; stderr: ${run.stderr.slice(0, 300)}`).toBeNull();
  expect(run.elapsedMs).toBeLessThan(CAPS.timeMs);
  expect(run.peakRssMb).toBeLessThan(CAPS.memoryMb);
}

const reader = (verb: string, file: string) => runCapped(build, 'hostile-child.cjs', [verb, file], CAPS);
const cli = (...args: string[]) => runCapped(build, 'factdesk.cjs', args, CAPS);

/** Paths named like the files each reader expects, that are not regular files. */
let made = 0;
function devicePaths(extension: string): Record<string, string> {
  made += 1;
  const fifo = path.join(files, `pipe-${made}.${extension}`);
  const link = path.join(files, `zero-${made}.${extension}`);
  execFileSync('mkfifo', [fifo]);
  symlinkSync('/dev/zero', link);
  // Article and source readers go by the extension first: /dev/zero itself is refused for its name.
  return { ...(extension === 'factdesk' ? { '/dev/zero': '/dev/zero' } : {}), 'a FIFO': fifo, 'a symlink to /dev/zero': link };
}

describe.skipIf(process.platform === 'win32')('devices and FIFOs are refused, not read', () => {
  const cases: { what: string; extension: string; run: (file: string) => Promise<CappedRun>; refusal: RegExp }[] = [
    { what: 'open a project', extension: 'factdesk', run: (file) => reader('open', file), refusal: /could not be opened: it is not a regular file/ },
    { what: 'import an article', extension: 'txt', run: (file) => reader('import-article', file), refusal: /could not be imported: it is not a regular file/ },
    { what: 'import a source', extension: 'pdf', run: (file) => reader('import-source', file), refusal: /it is not a regular file/ },
    { what: 'factdesk validate', extension: 'factdesk', run: (file) => cli('validate', file), refusal: /could not be opened: it is not a regular file/ },
    { what: 'factdesk export', extension: 'factdesk', run: (file) => cli('export', file, '--format', 'md'), refusal: /could not be opened: it is not a regular file/ },
    { what: 'factdesk suggest claims', extension: 'md', run: (file) => cli('suggest', 'claims', file), refusal: /could not be read: it is not a regular file/ },
    { what: 'factdesk suggest evidence', extension: 'html', run: (file) => cli('suggest', 'evidence', '--claim', 'bills rose', file), refusal: /it is not a regular file/ },
  ];
  for (const { what, extension, run, refusal } of cases) {
    it(`${what}: /dev/zero, a FIFO and a symlink to /dev/zero`, async () => {
      for (const [name, file] of Object.entries(devicePaths(extension))) {
        const result = await run(file);
        expectWithinCaps(result);
        expect(`${result.stdout}${result.stderr}`, name).toMatch(refusal);
      }
    }, 3 * CAPS.timeMs + 5_000);
  }
});
