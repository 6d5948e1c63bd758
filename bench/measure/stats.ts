/** Figures and the results table. */

export interface BenchResult {
  name: string;
  value: number | null;
  baseline: number | null;
  ratio: number | null;
  unit: string;
  date: string;
  note?: string;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10);

export function result(
  name: string,
  value: number | null,
  baseline: number | null,
  unit: string,
  note?: string,
): BenchResult {
  const ratio = value !== null && baseline !== null && baseline > 0 ? Math.round((value / baseline) * 100) / 100 : null;
  return {
    name,
    value: value === null ? null : round(value),
    baseline: baseline === null ? null : round(baseline),
    ratio,
    unit,
    date: new Date().toISOString().slice(0, 10),
    ...(note ? { note } : {}),
  };
}

export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    r.value === null ? '—' : String(r.value),
    r.baseline === null ? '—' : String(r.baseline),
    r.ratio === null ? '—' : `${r.ratio}x`,
    r.unit,
  ]);
  const header = ['benchmark', 'value', 'baseline', 'ratio', 'unit'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
