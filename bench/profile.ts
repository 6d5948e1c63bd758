/**
 * CPU profile of one interaction in the app with the large workload (or the
 * typical one with --typical):
 *   npm run bench:profile -- open|typing|claim-typing|switch|flash|filter|rate|mark|save|heap|heap-snapshot [--typical] [--trace] [--baseline] [--binding on|off] [--dump FILE]
 * (heap: the renderer's JS heap after open, as in the bench, for a quick check;
 * heap-snapshot: a snapshot written next to the project file, summarised;
 * --baseline: open, heap and heap-snapshot on the bare Lexical page)
 * Prints the functions with the most self time. Build the renderer unminified
 * first for readable names: npx vite build --config renderer/vite.config.ts --minify false
 * With --trace, a Chromium trace instead: wall and CPU time per timeline event
 * on the page's main thread (style, layout, paint, scripts...; nested events
 * are counted in each; RunTask is the total). `--dump FILE` also writes the
 * profile (or the trace events) as JSON, for a closer look.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { sharedBrowser } from '../test/e2e/browser';
import {
  filterClaims,
  markAndUnmark,
  rateActiveClaim,
  saveBlockMs,
  switchActiveClaim,
} from './measure/claim-interactions';
import type { BindingArm } from './measure/binding-arms';
import { openApp, openBaseline } from './measure/pages';
import { savedWorkloadText } from './measure/workload-file';
import { writeHeapSnapshot } from './measure/heap-snapshot';
import { jsHeapBytes } from './measure/probe';
import { typingLatencies } from './measure/typing';
import { generateWorkload, LARGE, TYPICAL } from './workload';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function printSelfTimes(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { name?: string };
}

/** Per timeline event: wall time and the main thread's CPU time (not stretched when other jobs hold the CPU). */
function printEventTimes(events: readonly TraceEvent[]): void {
  const mainThread = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )?.tid;
  const totals = new Map<string, { wall: number; cpu: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || !event.dur || event.tid !== mainThread) continue;
    const total = totals.get(event.name) ?? { wall: 0, cpu: 0 };
    total.wall += event.dur / 1000;
    total.cpu += (event.tdur ?? 0) / 1000;
    totals.set(event.name, total);
  }
  console.log('   wall      cpu  event (renderer main thread)');
  for (const [name, { wall, cpu }] of [...totals].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 25))
    console.log(`${wall.toFixed(0).padStart(7)}  ${cpu.toFixed(0).padStart(7)}  ${name}`);
}

/** `--dump FILE`: the profile (it opens in Chromium's DevTools) or the trace events, as JSON. */
function dump(data: unknown): void {
  const at = process.argv.indexOf('--dump');
  if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], JSON.stringify(data));
}

/** Starts a CPU profile (or a trace) on the page; the returned function stops it and prints the result. */
async function startRecording(page: Page, tracing: boolean): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  if (tracing) {
    const traceEvents: TraceEvent[] = [];
    const traceDone = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
    cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
    return async () => {
      await cdp.send('Tracing.end');
      await traceDone;
      printEventTimes(traceEvents);
      dump(traceEvents);
    };
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    printSelfTimes(profile);
    dump(profile);
  };
}

/** `--binding on|off`: the editor bound to the project's Yjs document or not; without it, the app's default. */
function bindingArm(): BindingArm | undefined {
  const at = process.argv.indexOf('--binding');
  if (at < 0) return undefined;
  const arm = process.argv[at + 1];
  if (arm !== 'on' && arm !== 'off') throw new Error('bench:profile: --binding takes on or off');
  return arm;
}

async function main(): Promise<void> {
  const what = process.argv[2] ?? 'typing';
  const spec = process.argv.includes('--typical') ? TYPICAL : LARGE;
  const tracing = process.argv.includes('--trace');
  const workload = generateWorkload(spec);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-profile-')), `${spec.name}.factdesk`);
  writeFileSync(file, savedWorkloadText(workload.project));
  // open: recorded from the click on the recent project to the editor painted, as timed in the bench.
  let stopRecording: (() => Promise<void>) | null = null;
  const recordOpen =
    what === 'open' ? async (page: Page) => void (stopRecording = await startRecording(page, tracing)) : undefined;
  const app = process.argv.includes('--baseline')
    ? await openBaseline(workload.project, recordOpen)
    : await openApp(workload.project, file, { beforeOpen: recordOpen, binding: bindingArm() });
  // Marking opens the new claim's card: let the first card pay for the one-off evidence index before profiling.
  // and a first edit for the one-off walk of the article's text Lexical does after an open (as typing does in the bench).
  if (what === 'mark') {
    await switchActiveClaim(app.page, 1).then(() => app.page.waitForTimeout(3000));
    await markAndUnmark(app.page, workload.unmarkedParagraphs[0], workload.project.claims.length).then(() =>
      app.page.waitForTimeout(2000),
    );
  }
  stopRecording ??= await startRecording(app.page, tracing);
  const middle = Math.floor(spec.paragraphs / 2) + 1;
  const runs: Record<string, () => Promise<unknown>> = {
    typing: () => typingLatencies(app.page, middle, 'text', 50),
    'claim-typing': () => typingLatencies(app.page, middle, 'claim', 50),
    switch: () => switchActiveClaim(app.page, 10),
    // As in `npm run bench`: the switches start right after typing, while a crash backup is due.
    'switch-after-typing': async () => {
      await typingLatencies(app.page, middle, 'text', 20);
      return switchActiveClaim(app.page, 10);
    },
    filter: () => filterClaims(app.page, workload.project, 'marlow'),
    // Ten verdict changes on the card of the claim a first Alt+↓ makes active.
    rate: () => switchActiveClaim(app.page, 1).then(() => rateActiveClaim(app.page, 10)),
    // One switch and the frames of its highlight flash that follow.
    flash: async () => {
      const switched = await switchActiveClaim(app.page, 1);
      await app.page.waitForTimeout(1500);
      return switched;
    },
    // How long the open took (the bench's open_* figure, one run): for a quick before/after.
    open: async () => ({
      openMs: app.openMs,
      clickToPaintMs: app.clickToPaintMs,
      documentTransitMs: app.documentTransitMs,
    }),
    heap: async () => `${((await jsHeapBytes(app.page)) / 1e6).toFixed(1)} MB`,
    save: () => saveBlockMs(app.page, middle),
    'heap-snapshot': () => writeHeapSnapshot(app.page, file.replace(/\.factdesk$/, '.heapsnapshot')),
    mark: () =>
      markAndUnmark(
        app.page,
        workload.unmarkedParagraphs[Math.min(300, workload.unmarkedParagraphs.length - 1)],
        workload.project.claims.length,
      ),
  };
  if (!runs[what])
    throw new Error(`bench:profile: unknown interaction ${what}; one of ${Object.keys(runs).join(', ')}`);
  const timings = await runs[what]();
  console.log(
    `${what}: ${JSON.stringify(timings, (_key, value) => (typeof value === 'number' ? Math.round(value) : value))}`,
  );
  await stopRecording();
  await app.close();
  await (await sharedBrowser()).close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
