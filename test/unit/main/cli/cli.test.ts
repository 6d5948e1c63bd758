import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist', 'cli', 'factdesk.js');
const DEMO = path.join(ROOT, 'demo', 'city-water-demo.factdesk');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('factdesk validate (the built CLI)', () => {
  it('prints a one-line summary and exits 0 for a valid project', () => {
    const result = run('validate', DEMO);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `${DEMO}: valid Factdesk project — “Water bills to rise 14% as Eastmere reservoir repairs run over budget”: 5 claims, 3 sources, 0 evidence links; 5 claims: 5 not reviewed (2 unrated); claim numbers 1–5 (next 6)\n`,
    );
  });

  it('exits 1 naming the file and the problem for a broken project', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-cli-'));
    const file = path.join(dir, 'broken.factdesk');
    writeFileSync(file, '{"format": "factdesk-project", "version": 1');
    const result = run('validate', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^The file ‘broken\.factdesk’ could not be opened: it is not valid JSON \(line 1, column 44: the file ends too early/,
    );
    expect(result.stdout).toBe('');
  });

  it('explains its usage', () => {
    expect(run().status).toBe(2);
    expect(run('frobnicate').stderr).toContain('unknown command “frobnicate”');
    expect(execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' })).toContain('validate FILE');
  });
});
