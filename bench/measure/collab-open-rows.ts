import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test/e2e/harness';
import { mergeResults } from './binding-arms';

/** A `shared_open_<project>` row of bench/results.json: value = opened from the server, baseline = from its file. */
export interface SharedOpenRow {
  name: string;
  value: number;
  baseline: number;
  ratio: number;
  unit: 'ms';
  date: string;
  note: string;
}

export function sharedOpenRow(project: string, sharedMs: number, fileMs: number): SharedOpenRow {
  return {
    name: `shared_open_${project}`,
    value: Math.round(sharedMs),
    baseline: Math.round(fileMs),
    ratio: Math.round((sharedMs / fileMs) * 100) / 100,
    unit: 'ms',
    date: new Date().toISOString().slice(0, 10),
    note: 'medians of 3 opens each, in turn; click to painted (claims listed, highlights decorated) through the e2e harness, editor bound; value: Open Shared Project… from a real factdesk serve on loopback (until Connected); baseline: the same project from its file (recent list)',
  };
}

export function writeSharedOpenRows(rows: readonly SharedOpenRow[]): void {
  const file = path.join(REPO_ROOT, 'bench', 'results.json');
  const previous = JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string }>;
  writeFileSync(file, `${JSON.stringify(mergeResults<{ name: string }>(previous, rows), null, 2)}\n`);
}
