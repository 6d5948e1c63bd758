import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';

/**
 * A bracket or other pattern character glued to a word by a bad paste ("The )Association demanded") becomes part of
 * a description's head word; the finder must read it as text, never as a pattern, and not fail the whole article.
 */

describe('stray brackets in copy', () => {
  it.each([
    'The )Association demanded',
    'The (Association demanded',
    'The [Association demanded',
    'The *Association demanded',
  ])('does not throw on %j', (text) => {
    expect(() => findClaims(text)).not.toThrow();
  });

  it('still suggests the sound sentence after a garbled one', () => {
    const text =
      'The Velmar Bar )Association demanded an inquiry.\nThe council said on Monday that bus fares would rise by 12 percent from April.';
    const claim = findClaims(text).find((c) => text.slice(c.start, c.end).includes('12 percent'));
    expect(claim?.speaker).toBe('council');
  });
});
