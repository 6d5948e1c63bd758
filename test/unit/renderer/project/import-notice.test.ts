import { describe, expect, it } from 'vitest';
import { recognisedSummary } from '../../../../renderer/project/import-notice';
import type { RecognisedItem } from '../../../../shared/article/structure/structured-import';

const leftOut = (count: number): RecognisedItem[] =>
  Array.from({ length: count }, (_, index) => ({ what: 'left out' as const, text: `Caption ${index + 1}` }));

describe('the import notice', () => {
  it('lists every line left out when there are few', () => {
    expect(recognisedSummary('a.txt', leftOut(3))).toBe(
      'Imported a.txt. Recognised 3 lines left out of the text (captions, credits, bylines, links): “Caption 1”, “Caption 2”, “Caption 3”.',
    );
  });

  it('lists the first four of many and counts the rest, so the notice stays short over the text', () => {
    const summary = recognisedSummary('page.txt', leftOut(16));
    expect(summary).toContain('16 lines left out of the text');
    expect(summary).toContain('“Caption 4” and 12 more');
    expect(summary).not.toContain('Caption 5');
  });
});
