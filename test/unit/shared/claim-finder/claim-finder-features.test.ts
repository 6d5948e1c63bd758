import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../shared/claim-finder';
import { REASONS, reasonsFor, scoreOf } from '../../../../shared/claim-finder/scoring';
import { CLAIM_MODEL, modelInputs, modelScore } from '../../../../shared/claim-finder/claim-model';

function only(sentence: string) {
  const found = findClaims(sentence, { minScore: 0 });
  expect(found).toHaveLength(1);
  return found[0];
}

describe('claim-finder features', () => {
  it('names each kind of evidence as a reason', () => {
    expect(only('Water use fell by 14 percent in 2025, the lowest since records began.').reasons).toEqual([
      'number or quantity',
      'percentage or money',
      'date',
      'reported event',
      'comparison or superlative',
      'change over time',
    ]);
    expect(only('The Harlow Vale council closed the Rask centre because of the drought.').reasons).toEqual([
      'named person or organisation',
      'reported event',
      'causal statement',
    ]);
    expect(only('Tessel was the fastest junior in the world.').reasons).toContain('comparison or superlative');
    expect(only('Nine in ten households reported noise at night.').reasons).toContain('number or quantity');
  });

  it('scores a figure-laden statement above an opinion, a question and a headline', () => {
    const fact = only('Rents in the capital have risen by 38 percent in five years.').score;
    expect(fact).toBeGreaterThan(0.7);
    expect(only('I think we should all be proud of this team and what it did.').score).toBeLessThan(0.2);
    expect(only('Did rents in the capital rise by 38 percent in five years?').score).toBeLessThan(fact - 0.3);
    expect(only('Rents rise 38 percent in five years').score).toBeLessThan(0.2);
    // A headline (the first line, no full stop) is not suggested at all (issue 21: article structure).
    expect(
      findClaims('Rents rise 38 percent in five years\nRents in the capital have risen by 38 percent.', {
        minScore: 0,
      }).map((s) => s.text),
    ).toEqual(['Rents in the capital have risen by 38 percent']);
  });

  it('leaves out suggestions under the minimum score, and the default threshold is 0.5', () => {
    const text = 'Revenue rose 3 percent to 612 million euros.\nWe hope to do better.';
    expect(findClaims(text, { minScore: 0 }).length).toBe(2);
    expect(findClaims(text).map((s) => s.text)).toEqual(['Revenue rose 3 percent to 612 million euros']);
    expect(findClaims(text, { minScore: 0.999 })).toEqual([]);
  });

  it("computes the score from the model's weights and bias, and gives questions and headlines none", () => {
    const text = 'Rents rose 38 percent';
    const features = new Set(['quantity', 'change'] as const);
    const inputs = modelInputs(text, features);
    const sum = inputs.reduce((total, input) => total + (CLAIM_MODEL.weights[input] ?? 0), CLAIM_MODEL.bias);
    expect(scoreOf(text, features)).toBeCloseTo(1 / (1 + Math.exp(-sum)), 10);
    expect(scoreOf(text, new Set([...features, 'question'] as const))).toBe(0);
    expect(scoreOf(text, new Set([...features, 'headline'] as const))).toBe(0);
    expect(modelScore(['word:never-seen'], { bias: 0, weights: {} })).toBe(0.5);
    expect(reasonsFor(new Set(['opinion', 'causal']))).toEqual([REASONS.causal]);
  });
});
