/**
 * The window measured twice in one run (issue 18, item 6): with the editor
 * bound to the project's Yjs document ("on") and without ("off", today's
 * app, the baseline). Each figure has a target, either a ratio on ÷ off or
 * an absolute ceiling for the "on" figure; this file computes the ratios,
 * decides pass or fail and prints the table. Pure: no browser, no clock.
 */

export type BindingArm = 'off' | 'on';
export const BINDING_ARMS: readonly BindingArm[] = ['off', 'on'];

export type Target = { kind: 'ratio'; max: number } | { kind: 'at-most'; max: number } | null;

export interface ArmFigure {
  /** e.g. `open_large`. */
  metric: string;
  off: number;
  on: number;
  unit: string;
  target: Target;
  note?: string;
}

export interface ArmRow extends ArmFigure {
  /** on ÷ off, two decimals; null when off is 0 or not a number. */
  ratio: number | null;
  /** null: no target for this figure (reported only). */
  pass: boolean | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function compareArms(figure: ArmFigure): ArmRow {
  const ratio = Number.isFinite(figure.off) && figure.off > 0 ? round2(figure.on / figure.off) : null;
  const { target } = figure;
  let pass: boolean | null = null;
  if (target?.kind === 'ratio') pass = ratio !== null && Number.isFinite(figure.on) && ratio <= target.max;
  if (target?.kind === 'at-most') pass = Number.isFinite(figure.on) && figure.on <= target.max;
  return { ...figure, ratio, pass };
}

export function describeTarget(target: Target, unit: string): string {
  if (!target) return '—';
  return target.kind === 'ratio' ? `≤ ${target.max}×` : `≤ ${target.max} ${unit}`;
}

const shown = (value: number) =>
  !Number.isFinite(value) ? '—' : String(Math.abs(value) >= 100 ? Math.round(value) : round2(value));

/** metric | off | on | ratio | target | pass/fail, as aligned text. */
export function formatArmTable(rows: readonly ArmRow[]): string {
  const header = ['metric', 'off', 'on', 'ratio', 'target', 'result'];
  const cells = rows.map((row) => [
    row.metric,
    `${shown(row.off)} ${row.unit}`,
    `${shown(row.on)} ${row.unit}`,
    row.ratio === null ? '—' : `${row.ratio}×`,
    describeTarget(row.target, row.unit),
    row.pass === null ? '—' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])));
  return [line(header), widths.map((w) => '-'.repeat(w)), ...cells.map(line)].map((row) => row.join('  ')).join('\n');
}

/** A row as bench/results.json keeps it: `document_binding_<metric>`, value = on, baseline = off. */
export interface ArmResult {
  name: string;
  value: number | null;
  baseline: number | null;
  ratio: number | null;
  unit: string;
  target: string;
  pass: boolean | null;
  date: string;
  note?: string;
}

export function armResult(row: ArmRow, date: string): ArmResult {
  const finite = (value: number) => (Number.isFinite(value) ? round2(value) : null);
  return {
    name: `document_binding_${row.metric}`,
    value: finite(row.on),
    baseline: finite(row.off),
    ratio: row.ratio,
    unit: row.unit,
    target: describeTarget(row.target, row.unit),
    pass: row.pass,
    date,
    note: `value: editor bound to the Yjs document (factdesk.documentBinding = on); baseline: the same app with it off${row.note ? `; ${row.note}` : ''}`,
  };
}

/**
 * Rows of `next` replace the rows of the same name in `previous`, in place; new names are added at the end;
 * the other rows (bench:document's) stay as they were.
 */
export function mergeResults<T extends { name: string }>(previous: readonly T[], next: readonly T[]): T[] {
  const byName = new Map(next.map((row) => [row.name, row]));
  const kept = previous.map((row) => byName.get(row.name) ?? row);
  const known = new Set(previous.map((row) => row.name));
  return [...kept, ...next.filter((row) => !known.has(row.name))];
}

export type WorkloadSize = 'typical' | 'large';

const ratio = (max: number): Target => ({ kind: 'ratio', max });
const atMost = (max: number): Target => ({ kind: 'at-most', max });

/**
 * Issue 18's targets (item 6). Typical: open, typing and every panel interaction within 1.15× of the app with
 * the binding off. Large: open ≤ 1.5×, typing p95 ≤ 1.25×, JS heap ≤ 40 MB, the longest renderer task during a
 * save ≤ 50 ms, file size ≤ 1.6×. Typing inside a highlight is held to the typing target. Figures not named
 * here are reported without a target.
 */
const TARGETS: Record<WorkloadSize, Record<string, Target>> = {
  typical: {
    open: ratio(1.15),
    open_less_state_transit: ratio(1.15),
    typing_p95: ratio(1.15),
    typing_in_claim_p95: ratio(1.15),
    claims_panel_filter: ratio(1.15),
    switch_claim: ratio(1.15),
    rate_claim: ratio(1.15),
    mark_claim: ratio(1.15),
    unmark_claim: ratio(1.15),
  },
  large: {
    open: ratio(1.5),
    open_less_state_transit: ratio(1.5),
    typing_p95: ratio(1.25),
    typing_in_claim_p95: ratio(1.25),
    heap: atMost(40),
    save_longest_task: atMost(50),
    file_size: ratio(1.6),
    file_size_vs_pre_yjs: ratio(1.6),
  },
};

export function targetFor(metric: string, size: WorkloadSize): Target {
  return TARGETS[size][metric] ?? null;
}
