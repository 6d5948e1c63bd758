import { describe, expect, it } from 'vitest';
import { findAll, segmentText } from '../../../../../renderer/panels/sources/text-segments';

describe('source viewer text runs', () => {
  it('cuts the text where marks begin and end, keeping every offset', () => {
    const segments = segmentText(20, [
      { start: 2, end: 8, className: 'find-match' },
      { start: 5, end: 12, className: 'revealed' },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, classNames: [], labels: [] },
      { start: 2, end: 5, classNames: ['find-match'], labels: [] },
      { start: 5, end: 8, classNames: ['find-match', 'revealed'], labels: [] },
      { start: 8, end: 12, classNames: ['revealed'], labels: [] },
      { start: 12, end: 20, classNames: [], labels: [] },
    ]);
  });

  it('labels the run where a labelled excerpt begins, and only that run', () => {
    const segments = segmentText(20, [
      { start: 2, end: 8, className: 'evidence-supports', label: 'Claim 4 · Supports' },
      { start: 5, end: 12, className: 'evidence-contradicts evidence-other', label: 'Claim 9 · Contradicts' },
    ]);
    expect(segments.map((segment) => [segment.start, segment.labels])).toEqual([
      [0, []],
      [2, ['Claim 4 · Supports']],
      [5, ['Claim 9 · Contradicts']],
      [8, []],
      [12, []],
    ]);
  });

  it('finds matches case-insensitively, treating the query as plain text', () => {
    expect(findAll('Repairs cost $7m; repairs (again) cost $7m.', 'REPAIRS')).toEqual([
      { start: 0, end: 7 },
      { start: 18, end: 25 },
    ]);
    expect(findAll('cost $7m (est.)', '$7m (est.)')).toEqual([{ start: 5, end: 15 }]);
    expect(findAll('abc', '')).toEqual([]);
  });
});
