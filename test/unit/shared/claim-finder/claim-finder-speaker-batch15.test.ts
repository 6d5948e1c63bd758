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

describe('court and tabloid openings', () => {
  it('reads "admitted causing death by dangerous driving" as a plea, "admitted that …" as speech', () => {
    const text = article(
      'Driver jailed',
      'Connor Tate, 27, of Harrowby Road, admitted causing death by dangerous driving at Selby Crown Court.',
      'Ryan Hollis, 31, admitted manslaughter in March 2025.',
      'Tate admitted that he had been using his phone for 11 minutes before the crash.',
    );
    expect(speakerOf(text, 'causing death').speaker).toBeNull();
    expect(speakerOf(text, 'manslaughter').speaker).toBeNull();
    expect(speakerOf(text, '11 minutes').speaker).toBe('Connor Tate');
  });

  it('reads "A PENSIONER says" as the person named next, and "the Glow Up singer" as the singer spoken of', () => {
    const text = article(
      'HEDGE HELL',
      'A PENSIONER says she has been left in darkness by a 30ft hedge for three years.',
      'Maureen Pike, 81, has lived in Coldwell Road for 40 years.',
      'Singer Lana Rourke has said she was once paid just £200 for a gig.',
      '"I had two hundred quid and a bus ticket," the Glow Up singer said.',
      'The NSPCC said 1,200 calls had been made to its helpline.',
    );
    expect(speakerOf(text, '30ft hedge')).toEqual({ speaker: 'Maureen Pike', speakerKind: 'person' });
    expect(speakerOf(text, 'two hundred quid').speaker).toBe('Lana Rourke');
    expect(speakerOf(text, '1,200 calls').speaker).toBe('NSPCC');
  });
});
