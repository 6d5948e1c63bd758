import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { buildExtractionWorker } from './build-extraction-worker';

/**
 * Runs the app's readers and the CLI in a child process under a time cap and
 * a memory cap: the child is killed as soon as either is passed (so a bug
 * costs the shared machine seconds and a few hundred MB, not a hang or 10 GB),
 * and the caller asserts on what was measured.
 */

export interface CappedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  peakRssMb: number;
  /** Why the child was killed, if it was. */
  killedFor: 'time' | 'memory' | null;
}

export interface Caps {
  timeMs: number;
  memoryMb: number;
}

const ROOT = path.resolve(__dirname, '../../..');
const PEAK_MARK = 'factdesk-peak-rss-kb=';

/** Bundles the hostile child and the CLI (with whatever they need beside them) into `dir`. */
export async function buildHostileChildren(dir: string): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    external: ['playwright-core'],
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(__dirname, 'hostile-child.ts')],
      outfile: path.join(dir, 'hostile-child.cjs'),
    }),
    build({ ...common, entryPoints: [path.join(ROOT, 'main', 'cli.ts')], outfile: path.join(dir, 'factdesk.cjs') }),
    // Both bundles look for the worker beside themselves, as the app and the CLI do.
    buildExtractionWorker(dir),
  ]);
  // Preloaded into every child: reports its peak memory as it exits.
  writeFileSync(
    path.join(dir, 'report-peak.cjs'),
    `process.on('exit', () => process.stderr.write('\\n${PEAK_MARK}' + process.resourceUsage().maxRSS + '\\n'));\n`,
  );
}

function rssMbOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runCapped(
  dir: string,
  script: 'hostile-child.cjs' | 'factdesk.cjs',
  args: string[],
  caps: Caps,
): Promise<CappedRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--require', path.join(dir, 'report-peak.cjs'), path.join(dir, script), ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killedFor: CappedRun['killedFor'] = null;
    const kill = (reason: 'time' | 'memory') => {
      killedFor ??= reason;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => kill('time'), caps.timeMs);
    const watch = setInterval(() => {
      peak = Math.max(peak, rssMbOf(child.pid!));
      if (peak > caps.memoryMb) kill('memory');
    }, 25);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      clearInterval(watch);
      const reported = new RegExp(`${PEAK_MARK}(\\d+)`).exec(stderr);
      if (reported) peak = Math.max(peak, Number(reported[1]) / 1024);
      resolve({
        status,
        stdout,
        stderr: stderr.replace(new RegExp(`\\n?${PEAK_MARK}\\d+\\n`), ''),
        elapsedMs: Date.now() - started,
        peakRssMb: Math.round(peak),
        killedFor,
      });
    });
  });
}
