import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * Speakers on real news copy, issue 21: what the blind seventeenth dev batch (business, markets and economy; world
 * news and conflict) showed the finder getting wrong, where the fix is general. Each test failed on the finder before
 * its fix. The copy is invented for the tests and differs from the corpus articles.
 */

describe('what a speaker phrase carries that is not the name (batch 17)', () => {
  it('reads "The GMU union, which represents …," as GMU and "the Labour party" as Labour', () => {
    const text = article(
      'Foundry to close',
      'The GMU union, which represents about 260 of the workers, said 40 of them were over 60.',
      'The Labour party said 14 councils had asked for help.',
    );
    expect(speakerOf(text, '40 of them')).toEqual({ speaker: 'GMU', speakerKind: 'organization' });
    expect(speakerOf(text, '14 councils').speaker).toBe('Labour');
  });

  it('drops a manner word before the verb: "Ostrova\'s central bank unexpectedly raised …"', () => {
    const text = article(
      'Rate rise',
      'The National Bank of Ostrova said inflation had reached 9.1% in October.',
      'The central bank unexpectedly said on Wednesday that it would raise its main rate by 0.5 points.',
      'Grace Kelly said 12 branches would close.',
    );
    expect(speakerOf(text, '0.5 points').speaker).toBe('National Bank of Ostrova');
    expect(speakerOf(text, '12 branches').speaker).toBe('Grace Kelly');
  });

  it('keeps the source with the body an appositive names: "A source at the tour operator, SunSeeker Holidays,"', () => {
    const text = article(
      'Gran trapped by curfew',
      'A source at the tour operator, SunSeeker Holidays, told The Flare that 1,200 customers were in the region.',
    );
    expect(speakerOf(text, '1,200 customers')).toEqual({
      speaker: 'source at SunSeeker Holidays',
      speakerKind: 'person',
    });
  });
});
