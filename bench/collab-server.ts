import { readFileSync } from 'node:fs';
import os from 'node:os';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket, { type RawData } from 'ws';
import * as Y from 'yjs';
import { rootsTouchedBy } from '../main/server/update-roots';
import { startServe, stopAll, tempDir } from '../test/collab/helpers/processes';
import { addUsers } from '../test/collab/helpers/users';
import { waitFor } from '../test/collab/helpers/wait';
import { seededRandom, type Random } from './generate/prng';
import { sentence } from './generate/newsroom-text';
import { sharedBrowser } from '../test/e2e/browser';
import { keystrokeToFrame } from './measure/collab-frames';
import { describeCalls } from './measure/collab-open';
import { sharedOpenRow, writeSharedOpenRows, type SharedOpenRow } from './measure/collab-open-rows';
import { median, percentile } from './measure/stats';
import { LARGE, TYPICAL } from './workload';

/**
 * `npm run bench:collab [-- --seconds 60 --clients 25]`: headless clients
 * typing into one large shared document through a real `factdesk serve`
 * (SQLite, one instance). Prints the server's CPU and memory, bytes on the
 * wire per edit, how long an edit takes to reach the other clients, and
 * whether every copy converged.
 *
 * The document has the shape of a large project bound by @lexical/yjs: a root
 * XmlText holding one XmlText per paragraph (1,000 paragraphs, about 100,000
 * words) and a map of 2,000 claim records. Each client types one character
 * (or, one time in seven, deletes one) every 200 ms into a random paragraph.
 *
 * `npm run build && npm run bench:collab -- --windows [--typical-only | --large-only]`:
 * instead, keystroke in app window A to the next frame in window B
 * (bench/measure/collab-frames.ts), for the typical and the large project.
 */

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const SECONDS = option('seconds', 60);
const CLIENTS = option('clients', 25);
const EXTRA_DOCUMENTS = 4;
const PARAGRAPHS = 1_000;
const CLAIMS = 2_000;
const EDIT_EVERY_MS = 200;

/** Payload bytes through every client's socket (WebSocket framing not counted). */
const wire = { sent: 0, received: 0 };

class CountingWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    this.on('message', (data: RawData) => {
      wire.received += Array.isArray(data)
        ? data.reduce((sum, part) => sum + part.length, 0)
        : (data as Buffer).byteLength;
    });
  }

  override send(data: Parameters<WebSocket['send']>[0], ...rest: unknown[]): void {
    wire.sent += (data as Uint8Array).byteLength ?? 0;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
}

function join(url: string, name: string, token: string, doc = new Y.Doc()): BenchClient {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CountingWebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc });
  provider.attach();
  return { doc, provider, socket };
}

function leave(client: BenchClient): void {
  client.provider.destroy();
  client.socket.destroy();
}

function largeDocument(random: Random): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const root = doc.get('root', Y.XmlText) as Y.XmlText;
    for (let index = 0; index < PARAGRAPHS; index += 1) {
      const paragraph = new Y.XmlText();
      root.insertEmbed(index, paragraph);
      let text = '';
      while (text.split(' ').length < 100) text += `${sentence(random)} `;
      paragraph.insert(0, text);
    }
    const claims = doc.getMap('claims');
    for (let index = 0; index < CLAIMS; index += 1) {
      claims.set(`clm_${index}`, { verdict: 'unrated', note: '', tags: { free: [] }, status: 'open' });
    }
  });
  return doc;
}

function paragraphs(doc: Y.Doc): Y.XmlText[] {
  const root = doc.get('root', Y.XmlText) as Y.XmlText;
  return root.toDelta().map((op: { insert: unknown }) => op.insert as Y.XmlText);
}

/** One keystroke: a character typed, or one time in seven a character deleted. */
function keystroke(doc: Y.Doc, random: Random): void {
  const target = random.pick(paragraphs(doc));
  if (target.length > 20 && random.chance(1 / 7)) target.delete(random.int(0, target.length - 1), 1);
  else target.insert(random.int(0, target.length), random.pick(['a', 'e', 'o', ' ', 't', 'n']));
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

/** Latency from an edit to its arrival at each other client, keyed by the writer's client id and clock. */
class Arrivals {
  private readonly sentAt = new Map<string, number>();
  readonly samples: number[] = [];

  watch(client: BenchClient): void {
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const { from, to } = Y.parseUpdateMeta(update);
      const now = performance.now();
      for (const [writer, end] of to) {
        const start = from.get(writer) ?? 0;
        if (end - start > 64) continue; // a document being opened, not keystrokes
        for (let clock = start; clock < end; clock += 1) {
          const key = `${writer}:${clock}`;
          if (origin !== client.provider) this.sentAt.set(key, now);
          else if (this.sentAt.has(key)) this.samples.push(now - (this.sentAt.get(key) as number));
        }
      }
    });
  }
}

function converged(clients: BenchClient[]): boolean {
  const first = Y.encodeStateVector(clients[0].doc).toString();
  return clients.every(
    (client) => Y.encodeStateVector(client.doc).toString() === first && !client.provider.hasUnsyncedChanges,
  );
}

/** The server's extra work per keystroke: which top-level types an incoming update touches (µs, applying alone and with the check). */
function inspectionMicros(seedState: Uint8Array, random: Random): { apply: number; checkAndApply: number } {
  const writer = new Y.Doc();
  Y.applyUpdate(writer, seedState);
  const updates: Uint8Array[] = [];
  writer.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < 2_000; index += 1) keystroke(writer, random);
  const time = (check: boolean) => {
    const server = new Y.Doc();
    Y.applyUpdate(server, seedState);
    const started = performance.now();
    for (const update of updates) {
      if (check && !rootsTouchedBy(server, update).resolved) throw new Error('a plain keystroke was not resolved');
      Y.applyUpdate(server, update);
    }
    return ((performance.now() - started) * 1000) / updates.length;
  };
  time(true); // warm up
  return { apply: time(false), checkAndApply: time(true) };
}

async function main(): Promise<void> {
  const random = seededRandom(19);
  const dataDir = tempDir('bench-collab');
  const names = Array.from({ length: CLIENTS }, (_, index) => `Checker ${index + 1}`);
  const tokens = addUsers(dataDir, Object.fromEntries(names.map((name) => [name, 'checker' as const])));
  const server = await startServe(dataDir);
  const idle = processStats(server.pid);

  const seed = largeDocument(random);
  const seedState = Y.encodeStateAsUpdate(seed);
  const seeder = join(server.url, 'large-story', tokens[names[0]], seed);
  await waitFor(
    'the seed to reach the server',
    () => seeder.provider.isSynced && !seeder.provider.hasUnsyncedChanges,
    60_000,
  );
  leave(seeder);

  const openTimes: number[] = [];
  const clients = await Promise.all(
    names.map(async (name) => {
      const started = performance.now();
      const client = join(server.url, 'large-story', tokens[name]);
      await waitFor(`${name} to open the large document`, () => client.provider.isSynced, 120_000);
      openTimes.push(performance.now() - started);
      return client;
    }),
  );
  const arrivals = new Arrivals();
  for (const client of clients) arrivals.watch(client);
  const loaded = processStats(server.pid);
  wire.sent = 0;
  wire.received = 0;

  let edits = 0;
  const timers = clients.map((client) =>
    setInterval(() => {
      keystroke(client.doc, random);
      edits += 1;
    }, EDIT_EVERY_MS),
  );
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  for (const timer of timers) clearInterval(timer);
  const afterEditing = processStats(server.pid);
  const settleStarted = performance.now();
  await waitFor('every copy to converge', () => converged(clients), 120_000);
  const settleMs = performance.now() - settleStarted;
  const editingWire = { ...wire };
  const texts = new Set(clients.map((client) => (client.doc.get('root', Y.XmlText) as Y.XmlText).toString()));

  const late = join(server.url, 'large-story', tokens[names[0]]);
  await waitFor('a late joiner to open the document', () => late.provider.isSynced, 120_000);
  const lateMatches = (late.doc.get('root', Y.XmlText) as Y.XmlText).toString() === [...texts][0];
  leave(late);

  const extra = await Promise.all(
    Array.from({ length: EXTRA_DOCUMENTS }, async (_, index) => {
      const copy = join(
        server.url,
        `large-story-copy-${index}`,
        tokens[names[0]],
        largeDocument(seededRandom(100 + index)),
      );
      await waitFor(
        'a copy to reach the server',
        () => copy.provider.isSynced && !copy.provider.hasUnsyncedChanges,
        120_000,
      );
      return copy;
    }),
  );
  const withExtra = processStats(server.pid);
  const inspection = inspectionMicros(seedState, seededRandom(7));

  const serverCpu = afterEditing.cpuSeconds - loaded.cpuSeconds;
  const rows: Array<[string, string]> = [
    ['clients × duration', `${CLIENTS} × ${SECONDS} s, one keystroke each every ${EDIT_EVERY_MS} ms`],
    [
      'document',
      `${PARAGRAPHS} paragraphs (~100k words), ${CLAIMS} claim records; Yjs state ${(seedState.byteLength / 1024).toFixed(0)} KB`,
    ],
    ['edits', `${edits} (${(edits / SECONDS).toFixed(0)}/s)`],
    [
      'server CPU while editing',
      `${((serverCpu / SECONDS) * 100).toFixed(1)}% of one core (${((serverCpu * 1e6) / edits).toFixed(0)} µs per edit, fan-out to ${CLIENTS - 1} included)`,
    ],
    [
      'server memory',
      `idle ${idle.rssMb.toFixed(0)} MB; with the document and ${CLIENTS} clients ${loaded.rssMb.toFixed(0)} MB; after editing ${afterEditing.rssMb.toFixed(0)} MB`,
    ],
    [
      'memory per extra large document',
      `${((withExtra.rssMb - afterEditing.rssMb) / EXTRA_DOCUMENTS).toFixed(1)} MB (${EXTRA_DOCUMENTS} more copies opened, one client each)`,
    ],
    ['bytes per edit, client → server', `${(editingWire.sent / edits).toFixed(0)} B`],
    [
      'bytes per edit, server → clients',
      `${(editingWire.received / edits).toFixed(0)} B in all (${(editingWire.received / edits / (CLIENTS - 1)).toFixed(0)} B to each other client, acknowledgements included)`,
    ],
    [
      'edit reaches another client',
      `p50 ${median(arrivals.samples).toFixed(1)} ms, p95 ${percentile(arrivals.samples, 0.95).toFixed(1)} ms (${arrivals.samples.length} arrivals)`,
    ],
    [
      'opening the large document',
      `p50 ${median(openTimes).toFixed(0)} ms, slowest ${Math.max(...openTimes).toFixed(0)} ms (${CLIENTS} clients at once)`,
    ],
    [
      'converged',
      `${texts.size === 1 && lateMatches ? 'yes' : 'NO'}: ${CLIENTS} copies and a late joiner identical, ${settleMs.toFixed(0)} ms after the last edit`,
    ],
    [
      'protected-types check, in-process',
      `${(inspection.checkAndApply - inspection.apply).toFixed(0)} µs per keystroke update (applying it: ${inspection.apply.toFixed(0)} µs)`,
    ],
    [
      'machine',
      `${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} (shared with other jobs), Node ${process.version}`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);

  for (const client of [...clients, ...extra]) leave(client);
  await server.stop();
  await stopAll();
  if (texts.size !== 1 || !lateMatches) process.exitCode = 1;
}

/** Two app windows on one shared project: keystroke in A to the next frame in B. */
async function windows(): Promise<void> {
  const dataDir = tempDir('bench-collab-windows');
  const tokens = addUsers(dataDir, { 'Window A': 'checker', 'Window B': 'checker' });
  const server = await startServe(dataDir);
  const specs = process.argv.includes('--typical-only')
    ? [TYPICAL]
    : process.argv.includes('--large-only')
      ? [LARGE]
      : [TYPICAL, LARGE];
  const rows: SharedOpenRow[] = [];
  for (const spec of specs) {
    const { latencies, openShared, openFileMs } = await keystrokeToFrame(spec, server.url, {
      a: tokens['Window A'],
      b: tokens['Window B'],
    });
    const sharedMs = openShared.map((open) => open.clickToPaintMs);
    const row = sharedOpenRow(spec.name, median(sharedMs), median(openFileMs));
    rows.push(row);
    console.log(
      `${spec.name}: keystroke in A to the next frame in B, ${latencies.length} keystrokes: p50 ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
    );
    console.log(
      `${spec.name}: opened from the server in ${row.value} ms, from its file in ${row.baseline} ms (medians of ${sharedMs.length}, in turn: ${sharedMs.map(Math.round).join(' / ')} vs ${openFileMs.map(Math.round).join(' / ')} ms) → ratio ${row.ratio}×`,
    );
    for (const open of openShared)
      console.log(
        `${spec.name}: calls to main while opening (${Math.round(open.clickToPaintMs)} ms): ${describeCalls(open.calls)}`,
      );
  }
  writeSharedOpenRows(rows);
  console.log(
    `machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  await server.stop();
  await stopAll();
  await (await sharedBrowser()).close();
}

(process.argv.includes('--windows') ? windows() : main()).catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exitCode = 1;
});
