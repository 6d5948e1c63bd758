import { describe, expect, it } from 'vitest';
import { withRecent } from '../../../../../main/services/settings/recent-projects';

describe('recent projects', () => {
  it('moves a reopened project to the front without duplicating it, keeping ten', () => {
    const entry = (n: number) => ({ path: `/p/${n}.factdesk`, name: `${n}`, openedAt: '' });
    const list = Array.from({ length: 10 }, (_, i) => entry(i));
    expect(withRecent(list, entry(5)).map((e) => e.name)).toEqual(['5', '0', '1', '2', '3', '4', '6', '7', '8', '9']);
    expect(withRecent(list, entry(42))).toHaveLength(10);
  });
});
