import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';

/**
 * Marks left stray by a bad paste must cost at most their own sentence, never the whole article ("Finding claims
 * failed"): a bracket glued to a word ("The )Association demanded") becomes part of a description's head word, read
 * as text, never as a pattern; an empty pair of quotation marks ("“”") is a quotation with nothing in it.
 */

const speakerOf = (text: string, words: string) =>
  findClaims(text).find((claim) => text.slice(claim.start, claim.end).includes(words))?.speaker;

describe('stray marks in copy', () => {
  it.each([
    'The )Association demanded',
    'The (Association demanded',
    'The [Association demanded',
    '“” "Neither is acceptable."',
    '"" "Neither option is acceptable," she said.',
    '“”“” “Rates rose 12 percent.”',
  ])('does not throw on %j', (text) => {
    expect(() => findClaims(text)).not.toThrow();
  });

  it('still finds the speakers of the sound sentences around them', () => {
    const bracket =
      'The Velmar Bar )Association demanded an inquiry.\nThe council said on Monday that bus fares would rise by 12 percent from April.';
    expect(speakerOf(bracket, '12 percent')).toBe('council');
    const quotes =
      'The mayor spoke on Monday. “” “Bus fares will rise by 12 percent from April,” said Mayor Lena Duarte.';
    expect(speakerOf(quotes, '12 percent')).toBe('Lena Duarte');
  });
});
