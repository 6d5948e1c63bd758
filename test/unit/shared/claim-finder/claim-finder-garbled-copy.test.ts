import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';

/**
 * Copy arrives garbled: a sentence cut short by a bad paste, a stray article before the full stop. One broken
 * sentence must cost at most its own suggestion, never the whole article's ("Finding claims failed").
 */

const GARBLED = [
  'The council said on Monday that bus fares would rise by 12 percent from April.',
  '"The plan will cost £4 million," said the mayor, a.',
  'In a statement, a said the depot would close in 2026.',
  'Transport chief Lena Duarte said 3,000 passengers a night would use the new service.',
].join('\n');

/** Every third sentence cut at a word and ended with a stray ", a." (deterministic: the same cuts every run). */
function garble(text: string): string {
  let count = 0;
  return text.replace(/[^.!?\n]+[.!?]/g, (sentence) => {
    count += 1;
    if (count % 3 !== 0) return sentence;
    const words = sentence.split(' ');
    return `${words.slice(0, Math.max(1, words.length - 2)).join(' ')}, a.`;
  });
}

describe('garbled copy', () => {
  it('still suggests the sound sentences around a broken one, with their speakers', () => {
    const claims = findClaims(GARBLED);
    const said = (words: string) => claims.find((claim) => GARBLED.slice(claim.start, claim.end).includes(words));
    expect(said('bus fares would rise by 12 percent')?.speaker).toBe('council');
    expect(said('3,000 passengers a night')?.speaker).toBe('Lena Duarte');
  });

  it('never throws on real-copy articles with sentences cut short', () => {
    const dev = path.resolve('test/fixtures/real-copy/dev');
    for (const name of [
      'wire-mine-collapse',
      'tabloid-dog-attack',
      'broadcaster-airline-collapse',
      'online-donor-memo',
    ]) {
      const text = garble(readFileSync(path.join(dev, `${name}.txt`), 'utf8'));
      expect(() => findClaims(text), name).not.toThrow();
    }
  });
});
