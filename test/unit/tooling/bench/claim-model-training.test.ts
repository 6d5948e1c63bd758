import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFile, trainClaimModel, trainingArticles } from '../../../../bench/claim-model-training';
import { fitLogistic } from '../../../../bench/logistic-regression';

describe('claim model training', () => {
  it('weighs an input that comes with claims up, one that comes with none down, and drops rare ones', () => {
    const examples = [
      ...Array.from({ length: 6 }, () => ({ inputs: ['word:rose', 'feature:quantity'], label: 1 as const })),
      ...Array.from({ length: 6 }, () => ({ inputs: ['word:hope'], label: 0 as const })),
      { inputs: ['word:once'], label: 1 as const },
    ];
    const { weights } = fitLogistic(examples, { l2: 0.1, minExamples: 3, iterations: 300 });
    expect(weights['word:rose']).toBeGreaterThan(1);
    expect(weights['feature:quantity']).toBeGreaterThan(1);
    expect(weights['word:hope']).toBeLessThan(-1);
    expect(weights).not.toHaveProperty('word:once');
  });

  // A change to the finder's features or to the dev copy needs `npm run train:finder`, or the model is stale.
  it('the committed model is what training on dev and the clean tuning set gives', () => {
    const committed = readFileSync('shared/claim-finder/claim-model.json', 'utf8');
    expect(modelFile(trainClaimModel(trainingArticles()))).toBe(committed);
  }, 60_000);
});
