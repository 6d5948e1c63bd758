import { describe, expect, it } from 'vitest';
import { findAll, segmentText } from '../../renderer/panels/sources/text-segments';

describe('source viewer text runs', () => {
  it('cuts the text where marks begin and end, keeping every offset', () => {
    const segments = segmentText(20, [
      { start: 2, end: 8, className: 'find-match' },
      { start: 5, end: 12, className: 'revealed' },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, classNames: [] },
      { start: 2, end: 5, classNames: ['find-match'] },
      { start: 5, end: 8, classNames: ['find-match', 'revealed'] },
      { start: 8, end: 12, classNames: ['revealed'] },
      { start: 12, end: 20, classNames: [] },
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
