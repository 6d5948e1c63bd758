/**
 * The performance bench (issues 8 and 18): `npm run bench`.
 * Generates the large and typical workloads and measures the app in Debian
 * Chromium twice in one run — the editor bound to the project's Yjs document
 * ("on") and not ("off", today's app) — next to a bare Lexical editor, and
 * save/parse in Node next to bare JSON. Prints the off/on table with issue
 * 18's targets and the figures table, and puts the rows into
 * bench/results.json (rows of other benches kept).
 *   npm run bench -- --typical-only     the typical project only (quick check; writes nothing)
 */
import { evidenceFigures, exportFigures } from './measure/report-and-evidence';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProjectFile } from '../main/services/project-file/project-io';
import { HeldProjects } from '../main/project/held-project';
import { serializeProject } from '../shared/project/project-file';
import type { Page } from 'playwright-core';
import type { Project } from '../shared/project/schema';
import { sharedBrowser } from '../test/e2e/browser';
import { REPO_ROOT } from '../test/e2e/harness';
import {
  armResult,
  BINDING_ARMS,
  compareArms,
  formatArmTable,
  mergeResults,
  targetFor,
  type ArmFigure,
  type ArmRow,
  type BindingArm,
  type WorkloadSize,
} from './measure/binding-arms';
import {
  filterClaims,
  markAndUnmark,
  rateActiveClaim,
  saveBlockMs,
  switchActiveClaim,
  type SaveTasks,
} from './measure/claim-interactions';
import { parseFigures, saveFigures } from './measure/file-bench';
import { openApp, openBaseline, type OpenedPage } from './measure/pages';
import { cpuDuring, jsHeapBytes, mainThreadCpu } from './measure/probe';
import { formatTable, median, percentile, result, type BenchResult } from './measure/stats';
import { typingLatencies } from './measure/typing';
import { savedWorkloadText, writeWorkloadFiles } from './measure/workload-file';
import { generateWorkload, LARGE, TYPICAL, type Workload } from './workload';

const typicalOnly = process.argv.includes('--typical-only');
const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-'));
const log = (message: string) => console.error(`· ${message}`);
const p95 = (values: number[]) => percentile(values, 0.95);

/** The workload as the app saved it (with its Yjs state), one copy per arm; and the readable JSON's size alone. */
function writeWorkload(workload: Workload): { files: Record<BindingArm, string>; preYjsBytes: number } {
  const text = savedWorkloadText(workload.project);
  const name = workload.spec.name;
  const [off, on] = writeWorkloadFiles(text, folder, [`bench-${name}-off`, `bench-${name}-on`]);
  const preYjsBytes = Buffer.byteLength(serializeProject(workload.project));
  log(
    `${name}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB (readable part alone ${(preYjsBytes / 1e6).toFixed(1)} MB), ${workload.project.claims.length} claims (${workload.overlappingClaims} overlapping), ${workload.project.sources.length} sources`,
  );
  return { files: { off, on }, preYjsBytes };
}

/** The paragraph nearest the middle that satisfies `test`. */
function middleParagraph(project: Project, test: (children: { type?: string }[]) => boolean): number {
  const blocks = project.article.body.root.children as { children?: { type?: string }[] }[];
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i += 1) if (test(blocks[i].children ?? [])) return i;
  throw new Error('bench: no suitable paragraph');
}

/** The app writes a crash backup a second after typing stops: let it finish before the other page types. */
const APP_SETTLE_MS = 2_500;

/** Typing on each page in turn, in `rounds` blocks, so that a slow minute on this shared machine falls on every side of a ratio. */
async function typeInTurn(
  pages: Page[],
  paragraph: number,
  count: number,
  rounds = 5,
): Promise<{ latencies: number[][]; cpuPerKey: number[] }> {
  const latencies: number[][] = pages.map(() => []);
  const cpu = pages.map(() => 0);
  const meters = await Promise.all(pages.map((page) => mainThreadCpu(page)));
  for (let round = 0; round < rounds; round += 1) {
    for (const [j, page] of pages.entries()) {
      const typed = await cpuDuring(meters[j], () => typingLatencies(page, paragraph, 'text', count / rounds));
      latencies[j].push(...typed.value);
      cpu[j] += typed.cpu;
      await page.waitForTimeout(APP_SETTLE_MS);
    }
  }
  return { latencies, cpuPerKey: cpu.map((ms) => ms / count) };
}

/** Reading, parsing and validating the file, checking its document state, and taking the source texts and the activity log out, as main does before sending it. */
async function mainLoadMs(file: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    const loaded = await loadProjectFile(file);
    if (!loaded.ok) throw new Error('bench: the workload does not load');
    new HeldProjects().begin(loaded.project);
    times.push(performance.now() - start);
  }
  return median(times);
}

type PerArm<T> = Record<BindingArm, T>;
const perArm = <T>(make: (arm: BindingArm) => T): PerArm<T> => ({ off: make('off'), on: make('on') });

/** Runs `step` on each arm in turn (off, then on), `times` times over: a busy minute falls on both. */
async function inTurn<T>(times: number, step: (arm: BindingArm, i: number) => Promise<T>): Promise<PerArm<T[]>> {
  const out = perArm<T[]>(() => []);
  for (let i = 0; i < times; i += 1) for (const arm of BINDING_ARMS) out[arm].push(await step(arm, i));
  return out;
}

interface WindowFigures {
  open: number;
  openRenderer: number;
  openHarness: number;
  openStateTransit: number;
  heap: number;
  typing: number[];
  typingInClaim: number[];
  switches: number[];
  ratings: number[];
  filters: number[];
  marks: number[];
  unmarks: number[];
  save: SaveTasks;
  fileBytes: number;
  /** The page's main-thread CPU ms (not stretched by load): per open, per keystroke, per interaction. */
  cpu: {
    open: number;
    typingPerKey: number;
    claimTypingPerKey: number;
    switch: number;
    rate: number;
    filterPerKey: number;
    markAndUnmark: number;
  };
}

async function benchWindows(
  workload: Workload,
  files: PerArm<string>,
): Promise<{ bare: { open: number; heap: number; typing: number[] }; app: PerArm<WindowFigures> }> {
  const { project, spec } = workload;
  const name = spec.name;
  const textParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'text'));
  const claimParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'mark'));
  const opens = name === 'large' ? 3 : 5;

  log(`${name}: opens ×${opens} in turn (bare Lexical, binding off, binding on)`);
  const bareOpens: number[] = [];
  const appOpens = await inTurn(opens, async (arm) => {
    if (arm === 'off') {
      const bare = await openBaseline(project);
      bareOpens.push(bare.openMs);
      await bare.close();
    }
    const meter = { read: async () => 0, before: 0 };
    const opened = await openApp(project, files[arm], {
      binding: arm,
      beforeOpen: async (page) => {
        meter.read = await mainThreadCpu(page);
        meter.before = await meter.read();
      },
    });
    const cpu = (await meter.read()) - meter.before;
    await opened.close();
    return { ...opened, cpu };
  });
  const loadMs = perArm(() => 0);
  for (const arm of BINDING_ARMS) loadMs[arm] = await mainLoadMs(files[arm]);

  log(`${name}: heap, then typing in turn on the three pages`);
  const basePage = await openBaseline(project);
  const bareHeap = await jsHeapBytes(basePage.page);
  const pages = perArm<OpenedPage | null>(() => null);
  const heap = perArm(() => 0);
  for (const arm of BINDING_ARMS) {
    pages[arm] = await openApp(project, files[arm], { binding: arm });
    heap[arm] = await jsHeapBytes(pages[arm]!.page);
  }
  const page = (arm: BindingArm) => pages[arm]!.page;
  const typed = await typeInTurn([basePage.page, page('off'), page('on')], textParagraph, 200);
  const [bareTyping, offTyping, onTyping] = typed.latencies;
  const meters = perArm<() => Promise<number>>(() => async () => NaN);
  for (const arm of BINDING_ARMS) meters[arm] = await mainThreadCpu(page(arm));
  const measured = <T>(arm: BindingArm, work: () => Promise<T>) => cpuDuring(meters[arm], work);
  await basePage.close();

  log(`${name}: typing in a claim, claim interactions, save — each arm in turn`);
  const typingInClaim = await inTurn(1, (arm) =>
    measured(arm, () => typingLatencies(page(arm), claimParagraph, 'claim', 100)),
  );
  // The crash backup due after that typing is let finish first: its own cost is save_block_*.
  await page('on').waitForTimeout(APP_SETTLE_MS);
  const switches = await inTurn(1, (arm) => measured(arm, () => switchActiveClaim(page(arm), 10)));
  // A verdict change is an edit: the crash backup it brings (a second later) is let finish outside the next figure.
  const ratings = await inTurn(1, async (arm) => {
    const rated = await measured(arm, () => rateActiveClaim(page(arm), 10));
    await page(arm).waitForTimeout(APP_SETTLE_MS);
    return rated;
  });
  const filters = await inTurn(1, (arm) => measured(arm, () => filterClaims(page(arm), project, 'marlow')));
  const marking = await inTurn(5, (arm, i) =>
    measured(arm, () =>
      markAndUnmark(
        page(arm),
        workload.unmarkedParagraphs[
          (Math.floor(workload.unmarkedParagraphs.length / 2) + i) % workload.unmarkedParagraphs.length
        ],
        project.claims.length,
      ),
    ),
  );
  await page('on').waitForTimeout(APP_SETTLE_MS);
  const saves = await inTurn(1, (arm) => saveBlockMs(page(arm), textParagraph));
  for (const arm of BINDING_ARMS) await pages[arm]!.close();

  const app = perArm<WindowFigures>((arm) => ({
    open: loadMs[arm] + median(appOpens[arm].map((o) => o.openMs)),
    openRenderer: median(appOpens[arm].map((o) => o.openMs)),
    openHarness: median(appOpens[arm].map((o) => o.clickToPaintMs ?? NaN)),
    openStateTransit: median(appOpens[arm].map((o) => o.documentTransitMs ?? 0)),
    heap: heap[arm],
    typing: arm === 'off' ? offTyping : onTyping,
    typingInClaim: typingInClaim[arm][0].value,
    switches: switches[arm][0].value,
    ratings: ratings[arm][0].value,
    filters: filters[arm][0].value,
    marks: marking[arm].map((m) => m.value.mark),
    unmarks: marking[arm].map((m) => m.value.unmark),
    cpu: {
      open: median(appOpens[arm].map((o) => o.cpu)),
      typingPerKey: typed.cpuPerKey[arm === 'off' ? 1 : 2],
      claimTypingPerKey: typingInClaim[arm][0].cpu / typingInClaim[arm][0].value.length,
      switch: switches[arm][0].cpu / switches[arm][0].value.length,
      rate: ratings[arm][0].cpu / ratings[arm][0].value.length,
      filterPerKey: filters[arm][0].cpu / filters[arm][0].value.length,
      markAndUnmark: median(marking[arm].map((m) => m.cpu)),
    },
    save: saves[arm][0],
    fileBytes: statSync(files[arm]).size,
  }));
  return { bare: { open: median(bareOpens), heap: bareHeap, typing: bareTyping }, app };
}

const mb = (bytes: number) => bytes / 1048576;

/** Today's app (binding off) against the bare Lexical page, under the names the bench has always used. */
function appResults(
  name: string,
  bare: { open: number; heap: number; typing: number[] },
  app: WindowFigures,
): BenchResult[] {
  const off = ' (document binding off)';
  return [
    result(
      `open_${name}`,
      app.open,
      bare.open,
      'ms',
      `median: file load ${Math.round(app.open - app.openRenderer)} ms in Node + renderer ${Math.round(app.openRenderer)} ms (JSON.parse of the result + mount + paint); through the e2e harness transport ${Math.round(app.openHarness)} ms${off}`,
    ),
    result(
      `typing_p95_${name}`,
      p95(app.typing),
      p95(bare.typing),
      'ms',
      `200 keystrokes in plain text mid-article${off}`,
    ),
    result(`typing_median_${name}`, median(app.typing), median(bare.typing), 'ms'),
    result(
      `typing_in_claim_p95_${name}`,
      p95(app.typingInClaim),
      p95(bare.typing),
      'ms',
      `100 keystrokes inside a highlight; baseline: plain typing${off}`,
    ),
    result(
      `claims_panel_filter_${name}`,
      p95(app.filters),
      null,
      'ms',
      `p95 of 12 search keystrokes until the count shows the result${off}`,
    ),
    result(
      `switch_claim_${name}`,
      p95(app.switches),
      null,
      'ms',
      `p95 of 10 Alt+↓ presses until the next card and highlight are active${off}`,
    ),
    result(
      `rate_claim_${name}`,
      p95(app.ratings),
      null,
      'ms',
      `p95 of 10 verdict changes on the active card until its row and highlight show it${off}`,
    ),
    result(`mark_claim_${name}`, p95(app.marks), null, 'ms', `p95 of 5 Ctrl+Shift+M until listed${off}`),
    result(`unmark_claim_${name}`, p95(app.unmarks), null, 'ms', `p95 of 5 card deletions until unlisted${off}`),
    result(
      `save_block_${name}`,
      app.save.handOff,
      null,
      'ms',
      `longest stretch the renderer is busy from Ctrl+S until the save is handed to IPC (structuredClone of the request stands in for IPC); the hand-off took ${Math.round(app.save.total)} ms in all${off}`,
    ),
    result(`heap_${name}`, mb(app.heap), mb(bare.heap), 'MB', `renderer JS heap after open, after GC${off}`),
  ];
}

/** Binding on against off, with issue 18's targets. */
function armFigures(name: WorkloadSize, app: PerArm<WindowFigures>, preYjsBytes: number): ArmFigure[] {
  const figure = (metric: string, of: (f: WindowFigures) => number, unit: string, note?: string): ArmFigure => ({
    metric: `${metric}_${name}`,
    off: of(app.off),
    on: of(app.on),
    unit,
    target: targetFor(metric, name),
    ...(note ? { note } : {}),
  });
  const kb = (bytes: number) => bytes / 1024;
  return [
    figure('open', (f) => f.open, 'ms', 'median; file load in Node + renderer to paint'),
    figure(
      'open_less_state_transit',
      (f) => f.open - f.openStateTransit,
      'ms',
      "open less the wait for main's answer to readDocumentState (the Yjs state), which the e2e harness carries as a JSON string far slower than Electron's IPC",
    ),
    figure('typing_p95', (f) => p95(f.typing), 'ms', '200 keystrokes in plain text mid-article'),
    figure('typing_median', (f) => median(f.typing), 'ms'),
    figure('typing_in_claim_p95', (f) => p95(f.typingInClaim), 'ms', '100 keystrokes inside a highlight'),
    figure('claims_panel_filter', (f) => p95(f.filters), 'ms', 'p95 of 12 search keystrokes'),
    figure('switch_claim', (f) => p95(f.switches), 'ms', 'p95 of 10 Alt+↓'),
    figure('rate_claim', (f) => p95(f.ratings), 'ms', 'p95 of 10 verdict changes on the card'),
    figure('mark_claim', (f) => p95(f.marks), 'ms', 'p95 of 5 Ctrl+Shift+M'),
    figure('unmark_claim', (f) => p95(f.unmarks), 'ms', 'p95 of 5 card deletions'),
    figure('heap', (f) => mb(f.heap), 'MB', 'renderer JS heap after open, after GC'),
    figure(
      'cpu_open',
      (f) => f.cpu.open,
      'ms',
      "renderer main-thread CPU from the click to paint (Chromium's ThreadTime)",
    ),
    figure('cpu_per_keystroke', (f) => f.cpu.typingPerKey, 'ms', 'renderer main-thread CPU per keystroke, plain text'),
    figure('cpu_per_keystroke_in_claim', (f) => f.cpu.claimTypingPerKey, 'ms', 'per keystroke inside a highlight'),
    figure('cpu_switch_claim', (f) => f.cpu.switch, 'ms', 'per Alt+↓'),
    figure('cpu_rate_claim', (f) => f.cpu.rate, 'ms', 'per verdict change'),
    figure('cpu_filter_keystroke', (f) => f.cpu.filterPerKey, 'ms', 'per search keystroke'),
    figure('cpu_mark_and_unmark', (f) => f.cpu.markAndUnmark, 'ms', 'per mark + delete, median of 5'),
    figure(
      'save_longest_task',
      (f) => f.save.longest,
      'ms',
      'longest stretch the renderer is busy from Ctrl+S until the save shows done (IPC hand-off as structuredClone)',
    ),
    figure(
      'save_longest_long_task',
      (f) => f.save.longestLongTask,
      'ms',
      "Chromium's longest 'longtask' entry in a save (0: none ≥ 50 ms); the harness's JSON.stringify of the request included",
    ),
    figure('save_done', (f) => f.save.saved, 'ms', 'Ctrl+S until the title loses its ●'),
    figure('file_size', (f) => kb(f.fileBytes), 'KB', 'the file as each arm saved it'),
    {
      metric: `file_size_vs_pre_yjs_${name}`,
      off: kb(preYjsBytes),
      on: kb(app.on.fileBytes),
      unit: 'KB',
      target: targetFor('file_size_vs_pre_yjs', name),
      note: "off here: the readable JSON alone, a file as saved before issue 18 (no Yjs state); on: the file the 'on' arm saved",
    },
  ];
}

async function benchFiles(workload: Workload): Promise<BenchResult[]> {
  log(`${workload.spec.name}: save and parse in Node`);
  const save = await saveFigures(workload.project, folder);
  const parse = await parseFigures(workload.project);
  return [
    result(
      `save_${workload.spec.name}`,
      save.value,
      save.baseline,
      'ms',
      'validate + refresh anchors + serialise + .bak + atomic write; baseline JSON.stringify + fs.writeFile',
    ),
    result(
      `parse_${workload.spec.name}`,
      parse.value,
      parse.baseline,
      'ms',
      'parse + validate + migrate; baseline JSON.parse',
    ),
  ];
}

/** bench:document's rows (Node): printed with the window's, so one run shows every issue-18 figure. */
const DOCUMENT_ROWS = ['merge_large', 'yjs_update_per_keystroke_large', 'yjs_update_per_keystroke_typical'];

async function main(): Promise<void> {
  const started = performance.now();
  const specs = typicalOnly ? [TYPICAL] : [TYPICAL, LARGE];
  const results: BenchResult[] = [];
  const arms: ArmRow[] = [];
  for (const spec of specs) {
    const workload = generateWorkload(spec);
    const { files, preYjsBytes } = writeWorkload(workload);
    const { bare, app } = await benchWindows(workload, files);
    results.push(...appResults(spec.name, bare, app.off), ...(await benchFiles(workload)));
    arms.push(...armFigures(spec.name as WorkloadSize, app, preYjsBytes).map(compareArms));
    if (spec === LARGE) {
      log('large: HTML report and evidence suggestions in Node');
      results.push(exportFigures(workload.project), ...evidenceFigures(workload.project));
    }
  }
  await (await sharedBrowser()).close();
  console.log("\nThe window with the document binding off (today's app) and on, same run (issue 18, item 6):\n");
  console.log(formatArmTable(arms));
  const resultsFile = path.join(REPO_ROOT, 'bench', 'results.json');
  const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    name: string;
    value: unknown;
    unit: string;
    date: string;
  }[];
  const fromDocumentBench = previous.filter((row) => DOCUMENT_ROWS.includes(row.name));
  console.log(
    `\nFrom bench:document (Node; run it for fresh figures): ${
      fromDocumentBench.map((row) => `${row.name} ${String(row.value)} ${row.unit} (${row.date})`).join('; ') ||
      'none in results.json'
    }`,
  );
  console.log('\nEvery figure (app: binding off; baseline: bare Lexical / bare JSON):\n');
  console.log(formatTable(results));
  if (!typicalOnly) {
    const date = new Date().toISOString().slice(0, 10);
    const rows = [...results, ...arms.map((row) => armResult(row, date))];
    writeFileSync(resultsFile, `${JSON.stringify(mergeResults<{ name: string }>(previous, rows), null, 2)}\n`);
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
