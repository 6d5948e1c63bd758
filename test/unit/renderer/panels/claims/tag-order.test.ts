import { describe, expect, it } from 'vitest';
import { PLAIN_ORDER_LANGUAGES, sortTags, tagComparer } from '../../../../../renderer/panels/claims/tag-order';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 -';

/** Deterministic pseudo-random words over the plain-tag alphabet, plus the letter pairs languages tailor. */
function plainWords(count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const words = Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 5) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''),
  );
  const pairs = ['ch', 'll', 'aa', 'ij', 'dd', 'ng', 'th', 'cs', 'sz', 'dz', 'lj', 'nj', 'y', 'w', 'v', 'z', 'i', 'h'];
  return [...words, ...pairs.flatMap((pair) => [pair, `${pair}a`, `${pair[0]}z`, `${pair[0]}h`])];
}

describe('tag order', () => {
  const words = plainWords(3000);

  it('gives exactly ICU’s order for plain tags in every language it takes the short way for', () => {
    for (const language of PLAIN_ORDER_LANGUAGES) {
      const collator = new Intl.Collator(language);
      expect([...words].sort(tagComparer(language)), language).toEqual(
        [...words].sort((a, b) => collator.compare(a, b)),
      );
    }
  });

  it('asks ICU in languages that reorder plain letters: Czech puts "ch" after "h", Danish "aa" last', () => {
    expect(['chata', 'hrad', 'cesta'].sort(tagComparer('cs-CZ'))).toEqual(['cesta', 'hrad', 'chata']);
    expect(['aarhus', 'zebra', 'bus'].sort(tagComparer('da'))).toEqual(['bus', 'zebra', 'aarhus']);
  });

  it('asks ICU for capitals and accents, so "Économie" sits with the e’s and "EU" beside "eu"', () => {
    expect(['zoning', 'Économie', 'budget', 'EU', 'eu', 'health'].sort(tagComparer('en'))).toEqual([
      'budget',
      'Économie',
      'eu',
      'EU',
      'health',
      'zoning',
    ]);
  });

  it('sorts in the interface language', () => {
    expect(sortTags(new Set(['transport', 'budget 2027', 'budget', 'budget-cuts']))).toEqual([
      'budget',
      'budget 2027',
      'budget-cuts',
      'transport',
    ]);
  });
});
