import { describe, expect, it } from 'vitest';
import { article, speakerOf } from '../../helpers/finder-speakers';

/**
 * A spokesperson for a named body speaks for the body (the corpus guide's "a spokesperson for X" and
 * "a Dunmore Police spokesperson" rules), and the "he" or "she" that follows is still the body. Each test
 * failed on the finder before this change.
 */

const organisation = (speaker: string) => ({ speaker, speakerKind: 'organization' });

describe('a spokesperson for a named body', () => {
  it('credits the body named before the word, even in capitals ("A BRTA spokesman", "a Department of Transport spokesperson")', () => {
    const text = article(
      'Bus lanes',
      'Borland Regional Transit Authority (BRTA) said on Monday that 14 routes would change in March.',
      'A BRTA spokesman said the changes would save 3,000 hours a year.',
      'A Department of Transport spokesperson said the grant of £12m had been paid in full.',
    );
    expect(speakerOf(text, '3,000 hours')).toEqual(organisation('Borland Regional Transit Authority'));
    expect(speakerOf(text, '£12m')).toEqual(organisation('Department of Transport'));
  });

  it('keeps a spokesperson with no body named as written ("a council spokeswoman")', () => {
    const text = article('Bins', 'A council spokeswoman said 40 bins had been replaced since January.');
    expect(speakerOf(text, '40 bins')).toEqual({ speaker: 'council spokeswoman', speakerKind: 'person' });
  });

  it('reads a later "he said" or "she said" as the body the spokesperson speaks for', () => {
    const text = article(
      'Port fees',
      'Harbour operator Selby Docks raised its fees by 9% in April.',
      'A spokesman for the company rejected the criticism. "Our fees are still the lowest on the coast," he said.',
      'A Ministry of Shipping spokeswoman said the rise had been approved in 2024. "No complaint has reached us," she added.',
    );
    expect(speakerOf(text, 'lowest on the coast')).toEqual(organisation('Selby Docks'));
    expect(speakerOf(text, 'No complaint')).toEqual(organisation('Ministry of Shipping'));
  });

  it('still reads "he" as a named person who speaks after the spokesperson', () => {
    const text = article(
      'Port fees',
      'A spokesman for Selby Docks said fees rose 9% in April.',
      'Captain Ivo Brandt, who has sailed from the port for 20 years, disagreed. "I pay 30% more than in 2022," he said.',
    );
    expect(speakerOf(text, '30% more')).toEqual({ speaker: 'Ivo Brandt', speakerKind: 'person' });
  });
});
