import { describe, expect, it } from 'vitest';
import { speakerRefOf } from '../../../../shared/claim-finder/speaker-phrase';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Bodies' names and short names (issue 21), found on the lead's own probe copy; each test failed before its fix. The
 * copy is invented.
 */

describe("a body's name and what points back to it", () => {
  it('keeps "Statistics" in "the Office for National Statistics" (a body, not figures)', () => {
    expect(speakerRefOf('the Office for National Statistics')).toMatchObject({
      text: 'Office for National Statistics',
    });
    expect(speakerRefOf('the Bureau of Labor Statistics')).toMatchObject({ text: 'Bureau of Labor Statistics' });
    expect(speakerRefOf('commission figures')).toMatchObject({ text: 'commission', pointsBackOnly: true });
  });

  it('never reads "Eastby Council" as "Eastby Trades Council", named before it', () => {
    const text = article(
      'Factory closes',
      'Kate Moreno, who heads the Eastby Trades Council, said the town had lost 2,000 jobs in a decade.',
      'According to Eastby Council, unemployment in the town stands at 6.1%.',
      'Eastby Trades said 14 of its member unions would march on Saturday.',
    );
    expect(speakerOf(text, '6.1%').speaker).toBe('Eastby Council');
  });

  it('never reads "the union" as a department named just before it', () => {
    const text = article(
      'Factory closes',
      'In a statement, the Department for Business said it would fund a retraining scheme worth £3m.',
      'The union said in a statement on Tuesday that 900 members would be balloted.',
    );
    expect(speakerOf(text, '900 members').speaker).not.toBe('Department for Business');
  });
});
