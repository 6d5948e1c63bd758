import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../../../../main/services/disk/stale-temp-files';
import { serializeProject } from '../../../../../shared/project/project-file';
import { growingProject } from '../../../helpers/growing-project';

/**
 * Kill-during-save: a child process saves a growing project in a loop and is
 * killed with SIGKILL at a random moment, 200 times. After every kill the
 * file must be exactly the last version announced as being saved, or the one
 * before it — never a mixture, never empty, never unparseable.
 */

const ROUNDS = 200;
let dir: string;
let childScript: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-kill-'));
  childScript = path.join(dir, 'save-loop-child.cjs');
  await build({
    entryPoints: [path.join(__dirname, '../../../helpers', 'save-loop-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
});

/** Start the saver, kill it after `delayMs` of saving, and return the last version it announced. */
function saveThenKill(file: string, start: number, delayMs: number): Promise<{ saving: number; saved: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, file, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Count the delay from the first save, not from process start-up.
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the saver stopped by itself (${signal}): ${output}`));
      const last = (word: string) => {
        const found = [...output.matchAll(new RegExp(`^${word} (\\d+)$`, 'gm'))].map((m) => Number(m[1]));
        return found.length > 0 ? found[found.length - 1] : null;
      };
      resolve({ saving: last('saving')!, saved: last('saved') });
    });
  });
}

/** One file, `rounds` kills in a row; checks the file after each. */
async function killRepeatedly(file: string, rounds: number): Promise<{ caughtMidSave: number; onDisk: number }> {
  writeFileSync(file, serializeProject(growingProject(0)));
  let onDisk = 0;
  let caughtMidSave = 0;
  for (let round = 0; round < rounds; round += 1) {
    const { saving, saved } = await saveThenKill(file, onDisk + 1, Math.random() * 25);
    const text = readFileSync(file, 'utf8');
    const version = Number(/"updatedAt": "version (\d+)"/.exec(text)?.[1]);
    const allowed = saved === saving ? [saving] : [saving - 1, saving];
    expect(allowed, `${path.basename(file)} round ${round}: file holds version ${version}`).toContain(version);
    expect(text).toBe(serializeProject(growingProject(version)));
    if (version !== saving) caughtMidSave += 1;
    onDisk = version;
    expectWholeBackup(file, round);
  }
  return { caughtMidSave, onDisk };
}

/** .bak, once there, must hold one whole earlier version after every kill: a kill once left it empty. */
function expectWholeBackup(file: string, round: number): void {
  if (!existsSync(`${file}.bak`)) return;
  const backup = readFileSync(`${file}.bak`, 'utf8');
  const backupVersion = Number(/"updatedAt": "version (\d+)"/.exec(backup)?.[1]);
  expect(backup, `${path.basename(file)}.bak after round ${round}`).toBe(
    serializeProject(growingProject(backupVersion)),
  );
}

describe('a save killed with SIGKILL at a random moment', () => {
  // Two files killed side by side, 100 times each: the same 200 kills in about half the time (child start-up dominates).
  it(`leaves the previous or the new version, exactly (${ROUNDS} kills)`, async () => {
    const files = ['first.factdesk', 'second.factdesk'].map((name) => path.join(dir, name));
    const lanes = await Promise.all(files.map((file) => killRepeatedly(file, ROUNDS / files.length)));
    const caughtMidSave = lanes.reduce((sum, lane) => sum + lane.caughtMidSave, 0);
    // The test only proves something if some kills landed in the middle of a save.
    expect(caughtMidSave).toBeGreaterThan(0);
    console.info(
      `${ROUNDS} kills, ${caughtMidSave} in the middle of a save; the files ended at versions ${lanes.map((l) => l.onDisk).join(' and ')}`,
    );

    for (const file of files) await removeStaleTempFiles(file, Date.now() + 60_000);
    expect(
      readdirSync(dir)
        .filter((name) => name.includes('.factdesk'))
        .sort(),
    ).toEqual(['first.factdesk', 'first.factdesk.bak', 'second.factdesk', 'second.factdesk.bak']);
  }, 300_000);
});
