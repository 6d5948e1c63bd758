import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { waitFor } from './wait';

/**
 * Servers the collaboration tests start as child processes: `factdesk serve`
 * from the built CLI and Debian's redis-server, on 127.0.0.1 only, each
 * stopped by its process id (and killed if it does not stop in time).
 */
/** The checkout's root, found upward from here (this file also runs bundled into dist/bench). */
function checkoutRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'main', 'cli.ts'))) return dir;
  }
  throw new Error(`no Factdesk checkout above ${__dirname}`);
}

export const CLI = path.join(checkoutRoot(), 'dist', 'cli', 'factdesk.js');
export const REDIS_SERVER = '/usr/bin/redis-server';

export interface Running {
  pid: number;
  output(): string;
  /** Sends the signal and waits for the exit; resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface RunningServe extends Running {
  url: string;
  port: number;
}

const started = new Set<Running>();
const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `factdesk-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

function track(child: ChildProcess): Running {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (child.pid === undefined) throw new Error('the process did not start');
  const pid = child.pid;
  const running: Running = {
    pid,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
      const timer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      started.delete(running);
      return code;
    },
  };
  started.add(running);
  return running;
}

export async function startServe(dataDir: string, ...extra: string[]): Promise<RunningServe> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const running = track(child);
  const listening = () => /listening on (wss?:\/\/127\.0\.0\.1:(\d+))/.exec(running.output());
  try {
    await waitFor('factdesk serve to listen', () => listening() !== null || child.exitCode !== null, 20_000);
  } catch (error) {
    await running.stop('SIGKILL');
    throw error;
  }
  const match = listening();
  if (!match) throw new Error(`factdesk serve did not start:\n${running.output()}`);
  return { ...running, url: match[1], port: Number(match[2]) };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startRedis(): Promise<Running & { url: string }> {
  if (!existsSync(REDIS_SERVER))
    throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (.ci/run does)`);
  const port = await freePort();
  const dir = tempDir('redis');
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const running = track(child);
  await waitFor(
    'redis-server to accept connections',
    () => running.output().includes('Ready to accept connections') || child.exitCode !== null,
    15_000,
  );
  if (child.exitCode !== null) throw new Error(`redis-server did not start:\n${running.output()}`);
  return { ...running, url: `redis://127.0.0.1:${port}` };
}

/** For afterAll: stops whatever a failed test left running and removes the temporary folders. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((running) => running.stop('SIGKILL')));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
