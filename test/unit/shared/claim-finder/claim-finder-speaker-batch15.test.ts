import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: what the blind fifteenth dev batch (local news; features and explainers)
 * showed the finder getting wrong, where the fix is general. Each test failed on the finder before its fix. The copy
 * is invented for the tests and differs from the corpus articles.
 */

describe('when, before who', () => {
  it('reads the speaker after "On Monday", "In March", "Last month" and "Earlier this week", with or without a comma', () => {
    const text = article(
      'Port budget',
      'Ines Veyra was elected mayor of Port Calden in 2022.',
      'On Monday she said that the harbour budget would rise by 4%.',
      'In March Veyra said that 212 jobs would go at the shipyard.',
      'Last month she announced that the city would borrow 40 million.',
      'Earlier this week the port authority said that 14 berths had been closed.',
      'On Tuesday, she said the port had lost 3 million crowns in a year.',
    );
    expect(speakerOf(text, 'rise by 4%').speaker).toBe('Ines Veyra');
    expect(speakerOf(text, '212 jobs').speaker).toBe('Ines Veyra');
    expect(speakerOf(text, '40 million').speaker).toBe('Ines Veyra');
    expect(speakerOf(text, '14 berths').speaker).toBe('port authority');
    expect(speakerOf(text, '3 million crowns').speaker).toBe('Ines Veyra');
  });

  it('never runs a day or a month into the name after it ("On Monday Whitcombe", "in June Marsh Lane")', () => {
    const text = article(
      'Council row',
      'Councillor Dana Whitcombe chairs the finance committee.',
      'On Monday Whitcombe told the meeting that the overtime budget had been overspent for four years.',
      'Hospital chief Mei Lindqvist said in June Marsh Lane had treated 4,000 patients.',
      '"We had 400 complaints," Whitcombe said on Friday.',
    );
    expect(speakerOf(text, 'overspent').speaker).toBe('Dana Whitcombe');
    expect(speakerOf(text, '400 complaints').speaker).toBe('Dana Whitcombe');
  });
});
