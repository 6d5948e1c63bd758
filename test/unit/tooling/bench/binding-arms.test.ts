import { describe, expect, it } from 'vitest';
import {
  armResult,
  compareArms,
  formatArmTable,
  mergeResults,
  targetFor,
  type ArmFigure,
} from '../../../../bench/measure/binding-arms';

/** The off/on table of `npm run bench` (issue 18, item 6): ratios, targets, pass or fail, and the rows it keeps. */

const figure = (over: Partial<ArmFigure>): ArmFigure => ({
  metric: 'open_large',
  off: 400,
  on: 500,
  unit: 'ms',
  target: { kind: 'ratio', max: 1.5 },
  ...over,
});

describe('compareArms', () => {
  it('passes a ratio target when on ÷ off is at most the target, and fails it above', () => {
    expect(compareArms(figure({ on: 600 }))).toMatchObject({ ratio: 1.5, pass: true });
    expect(compareArms(figure({ on: 604 }))).toMatchObject({ ratio: 1.51, pass: false });
  });

  it('holds an absolute target against the "on" figure alone, whatever the ratio', () => {
    const heap = { metric: 'heap_large', unit: 'MB', target: { kind: 'at-most', max: 40 } } as const;
    expect(compareArms(figure({ ...heap, off: 5, on: 39.9 }))).toMatchObject({ ratio: 7.98, pass: true });
    expect(compareArms(figure({ ...heap, off: 50, on: 41 }))).toMatchObject({ ratio: 0.82, pass: false });
  });

  it('reports a figure without a target as neither pass nor fail', () => {
    expect(compareArms(figure({ target: null }))).toMatchObject({ ratio: 1.25, pass: null });
  });

  it('fails rather than passes when a figure is missing, and gives no ratio against a zero', () => {
    expect(compareArms(figure({ on: NaN }))).toMatchObject({ pass: false });
    expect(compareArms(figure({ off: 0, on: 0, target: null }))).toMatchObject({ ratio: null, pass: null });
    expect(compareArms(figure({ off: 0 }))).toMatchObject({ ratio: null, pass: false });
  });
});

describe('targetFor', () => {
  it("holds issue 18's targets for each size", () => {
    expect(targetFor('open', 'typical')).toEqual({ kind: 'ratio', max: 1.15 });
    expect(targetFor('unmark_claim', 'typical')).toEqual({ kind: 'ratio', max: 1.15 });
    expect(targetFor('open', 'large')).toEqual({ kind: 'ratio', max: 1.5 });
    expect(targetFor('typing_p95', 'large')).toEqual({ kind: 'ratio', max: 1.25 });
    expect(targetFor('heap', 'large')).toEqual({ kind: 'at-most', max: 40 });
    expect(targetFor('save_longest_task', 'large')).toEqual({ kind: 'at-most', max: 50 });
    expect(targetFor('file_size', 'large')).toEqual({ kind: 'ratio', max: 1.6 });
    expect(targetFor('switch_claim', 'large')).toBeNull();
  });
});

describe('formatArmTable', () => {
  it('prints metric, off, on, ratio, target and the result, FAIL in capitals', () => {
    const table = formatArmTable([
      compareArms(figure({ on: 800 })),
      compareArms(
        figure({ metric: 'heap_large', off: 5.123, on: 6, unit: 'MB', target: { kind: 'at-most', max: 40 } }),
      ),
    ]).split('\n');
    expect(table[0].split(/\s+/)).toEqual(['metric', 'off', 'on', 'ratio', 'target', 'result']);
    expect(table[2].split(/\s{2,}/)).toEqual(['open_large', '400 ms', '800 ms', '2×', '≤ 1.5×', 'FAIL']);
    expect(table[3].split(/\s{2,}/)).toEqual(['heap_large', '5.12 MB', '6 MB', '1.17×', '≤ 40 MB', 'pass']);
  });
});

describe('results.json rows', () => {
  it('keeps the on figure as the value and the off figure as the baseline, under a name of its own', () => {
    expect(armResult(compareArms(figure({})), '2026-12-02')).toMatchObject({
      name: 'document_binding_open_large',
      value: 500,
      baseline: 400,
      ratio: 1.25,
      target: '≤ 1.5×',
      pass: true,
      date: '2026-12-02',
    });
  });

  it("replaces rows of the same name in place and keeps the other benches' rows", () => {
    const previous = [
      { name: 'open_large', value: 1 },
      { name: 'merge_large', value: 2 },
      { name: 'heap_large', value: 3 },
    ];
    const merged = mergeResults(previous, [
      { name: 'heap_large', value: 30 },
      { name: 'open_large', value: 10 },
      { name: 'document_binding_open_large', value: 4 },
    ]);
    expect(merged).toEqual([
      { name: 'open_large', value: 10 },
      { name: 'merge_large', value: 2 },
      { name: 'heap_large', value: 30 },
      { name: 'document_binding_open_large', value: 4 },
    ]);
  });
});
