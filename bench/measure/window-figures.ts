/**
 * The window's measured figures turned into rows: today's app (binding off) against the bare Lexical page
 * under the names the bench has always used, and binding on against off with issue 18's targets.
 */
import { targetFor, type ArmFigure, type BindingArm, type WorkloadSize } from './binding-arms';
import type { SaveTasks } from './claim-interactions';
import { median, percentile, result, type BenchResult } from './stats';

const p95 = (values: number[]) => percentile(values, 0.95);

export interface WindowFigures {
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

const mb = (bytes: number) => bytes / 1048576;

/** Today's app (binding off) against the bare Lexical page, under the names the bench has always used. */
export function appResults(
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
export function armFigures(
  name: WorkloadSize,
  app: Record<BindingArm, WindowFigures>,
  preYjsBytes: number,
): ArmFigure[] {
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
