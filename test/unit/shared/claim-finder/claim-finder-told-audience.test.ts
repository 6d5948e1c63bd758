import { describe, expect, it } from 'vitest';
import { article, suggestionWith } from '../../helpers/finder-speakers';

/**
 * Who was told is no part of the claim (issue 21), found on the lead's own probe copy: "told police she had seen …",
 * "told the Western Herald that …". Each test failed before its fix; the copy is invented.
 */

describe('the audience of "told"', () => {
  it('leaves "police", "detectives" and an outlet with its "that" out of the claim', () => {
    const text = article(
      'Mill fire',
      'Owner Ravi Sethi told the Western Herald that the mill had been insured for £2m.',
      'A neighbour, 72, told police she had seen three teenagers leave the building at 2am.',
      'The driver told detectives he had been travelling at 40mph.',
    );
    expect(suggestionWith(text, '£2m')).toMatchObject({
      text: 'the mill had been insured for £2m',
      speaker: 'Ravi Sethi',
    });
    expect(suggestionWith(text, 'three teenagers').text).toBe('she had seen three teenagers leave the building at 2am');
    expect(suggestionWith(text, '40mph').text).toBe('he had been travelling at 40mph');
  });
});
