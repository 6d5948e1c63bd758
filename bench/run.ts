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
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeProject } from '../shared/project/project-file';
import { sharedBrowser } from '../test/e2e/browser';
import { REPO_ROOT } from '../test/e2e/harness';
import {
  armResult,
  compareArms,
  formatArmTable,
  mergeResults,
  type ArmRow,
  type BindingArm,
  type WorkloadSize,
} from './measure/binding-arms';
import { parseFigures, saveFigures } from './measure/file-bench';
import { formatTable, result, type BenchResult } from './measure/stats';
import { savedWorkloadText, writeWorkloadFiles } from './measure/workload-file';
import { benchWindows, log } from './measure/window-bench';
import { appResults, armFigures } from './measure/window-figures';
import { generateWorkload, LARGE, TYPICAL, type Workload } from './workload';

const typicalOnly = process.argv.includes('--typical-only');
const folder = mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-'));

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
