/**
 * The performance bench (issue 8): `npm run bench`.
 * Generates the large and typical workloads, measures the app in Debian
 * Chromium next to a bare Lexical editor, and save/parse in Node next to bare
 * JSON, prints a table and writes bench/results.json.
 *   npm run bench -- --typical-only     the typical project only (quick check)
 */
import { evidenceFigures, exportFigures } from './measure/report-and-evidence';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProjectFile } from '../main/services/project-file/project-io';
import { HeldProjects } from '../main/project/held-project';
import { parseProjectText, serializeProject } from '../shared/project/project-file';
import type { Page } from 'playwright-core';
import type { Project } from '../shared/project/schema';
import { sharedBrowser } from '../test/e2e/browser';
import { REPO_ROOT } from '../test/e2e/harness';
import { filterClaims, markAndUnmark, saveBlockMs, switchActiveClaim } from './measure/claim-interactions';
import { parseFigures, saveFigures } from './measure/file-bench';
import { openApp, openBaseline, type OpenedPage } from './measure/pages';
import { jsHeapBytes } from './measure/probe';
import { formatTable, median, percentile, result, type BenchResult } from './measure/stats';
import { typingLatencies } from './measure/typing';
import { generateWorkload, LARGE, TYPICAL, type Workload } from './workload';

const typicalOnly = process.argv.includes('--typical-only');
const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-'));
const log = (message: string) => console.error(`· ${message}`);
const p95 = (values: number[]) => percentile(values, 0.95);

function writeWorkload(workload: Workload): string {
  const text = serializeProject(workload.project);
  const parsed = parseProjectText(text);
  if (!parsed.ok)
    throw new Error(`bench: the ${workload.spec.name} workload is not a valid project: ${parsed.problem}`);
  const file = path.join(folder, `bench-${workload.spec.name}.factdesk`);
  writeFileSync(file, text);
  log(
    `${workload.spec.name}: ${(text.length / 1e6).toFixed(1)} MB, ${workload.project.claims.length} claims (${workload.overlappingClaims} overlapping), ${workload.project.sources.length} sources`,
  );
  return file;
}

/** The paragraph nearest the middle that satisfies `test`. */
function middleParagraph(project: Project, test: (children: { type?: string }[]) => boolean): number {
  const blocks = project.article.body.root.children as { children?: { type?: string }[] }[];
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i += 1) if (test(blocks[i].children ?? [])) return i;
  throw new Error('bench: no suitable paragraph');
}

interface Opened {
  times: number[];
  harness: number[];
}

/** Opens a page `times` times in a row, one at a time: nothing else is open in the browser while an open is timed. */
async function openRepeatedly(open: () => Promise<OpenedPage>, times: number): Promise<Opened> {
  const opened: Opened = { times: [], harness: [] };
  for (let i = 0; i < times; i += 1) {
    const page = await open();
    opened.times.push(page.openMs);
    opened.harness.push(page.clickToPaintMs ?? NaN);
    await page.close();
  }
  return opened;
}

/** The app writes a crash backup a second after typing stops: let it finish before the other page types. */
const APP_SETTLE_MS = 2_500;

/** Typing on each page in turn, in `rounds` blocks, so that a slow minute on this shared machine falls on both sides of the ratio. */
async function typeInTurn(pages: Page[], paragraph: number, count: number, rounds = 5): Promise<number[][]> {
  const latencies: number[][] = pages.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [j, page] of pages.entries()) {
      latencies[j].push(...(await typingLatencies(page, paragraph, 'text', count / rounds)));
      await page.waitForTimeout(APP_SETTLE_MS);
    }
  }
  return latencies;
}

/** Reading, parsing and validating the file, and taking the source texts and the activity log out, as main does before sending it. */
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

async function benchEditors(workload: Workload, file: string): Promise<BenchResult[]> {
  const { project, spec } = workload;
  const name = spec.name;
  const textParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'text'));
  const claimParagraph = middleParagraph(project, (children) => children.some((child) => child.type === 'mark'));
  const opens = name === 'large' ? 3 : 5;

  log(`${name}: baseline and app: open ×${opens} each, heap, typing in turn`);
  const base = await openRepeatedly(() => openBaseline(project), opens);
  const app = await openRepeatedly(() => openApp(project, file), opens);
  const loadMs = await mainLoadMs(file);
  const basePage = await openBaseline(project);
  const baseHeap = await jsHeapBytes(basePage.page);
  const appPage = await openApp(project, file);
  const page = appPage.page;
  const appHeap = await jsHeapBytes(page);
  const [baseTyping, appTyping] = await typeInTurn([basePage.page, page], textParagraph, 200);
  await basePage.close();

  log(`${name}: app typing in a claim, claim interactions, save`);
  const appTypingInClaim = await typingLatencies(page, claimParagraph, 'claim', 100);
  // The crash backup due after that typing is let finish first: its own cost is save_block_*.
  await page.waitForTimeout(APP_SETTLE_MS);
  const switches = await switchActiveClaim(page, 10);
  const filters = await filterClaims(page, project, 'marlow');
  const marks: number[] = [];
  const unmarks: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const timed = await markAndUnmark(
      page,
      workload.unmarkedParagraphs[
        (Math.floor(workload.unmarkedParagraphs.length / 2) + i) % workload.unmarkedParagraphs.length
      ],
      project.claims.length,
    );
    marks.push(timed.mark);
    unmarks.push(timed.unmark);
  }
  const saveBlock = await saveBlockMs(page, textParagraph);
  await appPage.close();

  const mb = (bytes: number) => bytes / 1048576;
  return [
    result(
      `open_${name}`,
      loadMs + median(app.times),
      median(base.times),
      'ms',
      `median of ${opens}: file load ${Math.round(loadMs)} ms in Node + renderer ${Math.round(median(app.times))} ms (JSON.parse of the result + mount + paint); through the e2e harness transport ${Math.round(median(app.harness))} ms`,
    ),
    result(`typing_p95_${name}`, p95(appTyping), p95(baseTyping), 'ms', '200 keystrokes in plain text mid-article'),
    result(`typing_median_${name}`, median(appTyping), median(baseTyping), 'ms'),
    result(
      `typing_in_claim_p95_${name}`,
      p95(appTypingInClaim),
      p95(baseTyping),
      'ms',
      '100 keystrokes inside a highlight; baseline: plain typing',
    ),
    result(
      `claims_panel_filter_${name}`,
      p95(filters),
      null,
      'ms',
      'p95 of 12 search keystrokes until the count shows the result',
    ),
    result(
      `switch_claim_${name}`,
      p95(switches),
      null,
      'ms',
      'p95 of 10 Alt+↓ presses until the next card and highlight are active',
    ),
    result(`mark_claim_${name}`, p95(marks), null, 'ms', 'p95 of 5 Ctrl+Shift+M until listed'),
    result(`unmark_claim_${name}`, p95(unmarks), null, 'ms', 'p95 of 5 card deletions until unlisted'),
    result(
      `save_block_${name}`,
      saveBlock.longest,
      null,
      'ms',
      `longest stretch the renderer is busy from Ctrl+S until the save is handed to IPC (structuredClone of the request stands in for IPC); the hand-off took ${Math.round(saveBlock.total)} ms in all`,
    ),
    result(`heap_${name}`, mb(appHeap), mb(baseHeap), 'MB', 'renderer JS heap after open, after GC'),
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

async function main(): Promise<void> {
  const started = performance.now();
  const specs = typicalOnly ? [TYPICAL] : [TYPICAL, LARGE];
  const results: BenchResult[] = [];
  for (const spec of specs) {
    const workload = generateWorkload(spec);
    const file = writeWorkload(workload);
    results.push(...(await benchEditors(workload, file)), ...(await benchFiles(workload)));
    if (spec === LARGE) {
      log('large: HTML report and evidence suggestions in Node');
      results.push(exportFigures(workload.project), ...evidenceFigures(workload.project));
    }
  }
  await (await sharedBrowser()).close();
  console.log(formatTable(results));
  if (!typicalOnly)
    writeFileSync(path.join(REPO_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
