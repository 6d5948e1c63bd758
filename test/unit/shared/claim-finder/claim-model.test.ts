import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';
import { CLAIM_MODEL, claimWords, modelInputs } from '../../../../shared/claim-finder/claim-model';
import { FEATURES } from '../../../../shared/claim-finder/features';

const scoreOfQuote = (text: string, quote: string) =>
  findClaims(text, { minScore: 0 }).find((suggestion) => suggestion.text === quote)?.score ?? null;

describe('claim model', () => {
  it('reads a claim as its features, its length and its words, numbers as one word', () => {
    expect(claimWords('Sales rose 14% to £2.3m, the firm’s best “ever”')).toEqual([
      'sales',
      'rose',
      '<num>',
      '%',
      'to',
      '£',
      '<num>',
      '<num>',
      'm',
      'the',
      "firm's",
      'best',
      '“',
      'ever',
      '”',
    ]);
    expect(modelInputs('Sales rose 14% in a year', new Set(['quantity']))).toEqual([
      'feature:quantity',
      'length:short',
      ...['sales', 'rose', '<num>', '%', 'in', 'a', 'year'].map((word) => `word:${word}`),
    ]);
  });

  it('holds a weight for every feature and length, and only words it saw often enough', () => {
    const inputs = Object.keys(CLAIM_MODEL.weights);
    for (const feature of FEATURES.filter((f) => f !== 'question' && f !== 'headline'))
      expect(inputs).toContain(`feature:${feature}`);
    for (const band of ['short', 'mid', 'long', 'very long']) expect(inputs).toContain(`length:${band}`);
    expect(inputs.every((input) => /^(?:feature|length|word):/.test(input))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('word:')).length).toBeGreaterThan(500);
  });

  // First-person quotations of fact scored 0.33 under the hand-set weights ("first person" counted as opinion).
  it('suggests a first-person statement of fact and leaves out a first-person hope', () => {
    const text = [
      'Harbour Freight said on Monday it would close its depot in Marlow.',
      '"We have never missed a single payment to our suppliers," said Dana Whitlow, its finance director.',
      '"We hope to do better next year and we are proud of our staff," she added.',
      '"I paid £45 on the first of May and the doors were already locked," said Kerrin Abbot, a member.',
    ].join('\n');
    expect(scoreOfQuote(text, 'We have never missed a single payment to our suppliers')).toBeGreaterThan(0.5);
    expect(scoreOfQuote(text, 'I paid £45 on the first of May and the doors were already locked')).toBeGreaterThan(0.5);
    expect(scoreOfQuote(text, 'We hope to do better next year and we are proud of our staff')).toBeLessThan(0.2);
  });
});
