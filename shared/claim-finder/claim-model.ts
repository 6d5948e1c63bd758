import type { Feature } from './features';
import TRAINED from './claim-model.json';

/**
 * The check-worthiness model: a logistic regression over the finder's features (features.ts), the claim's length and
 * the words it uses, trained on the labelled copy the finder may learn from (bench/train-claim-model.ts; never on a
 * held-out set). Hand-set weights over the features alone could not tell "We have never missed a payment" (a claim)
 * from "We hope to do better" (none); the words can.
 *
 *   score = 1 / (1 + e^-(bias + Σ weight of each input present))
 */

export interface ClaimModel {
  bias: number;
  /** Input name ("feature:quantity", "length:long", "word:said") to its weight; inputs not listed weigh nothing. */
  weights: Record<string, number>;
}

export const CLAIM_MODEL: ClaimModel = TRAINED;

/** Word counts that split claims into short, mid-length, long and very long. */
const LENGTH_BANDS: readonly [number, string][] = [
  [8, 'short'],
  [16, 'mid'],
  [30, 'long'],
];

/** The words of a claim as the model reads them: lower case, any number as "<num>", quotation marks kept. */
export function claimWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}'’]+|\d+|[%$£€"“”‘]/gu) ?? []).map((word) =>
    /^\d+$/.test(word) ? '<num>' : word.replace(/’/g, "'"),
  );
}

/** Everything the model weighs for one claim span. */
export function modelInputs(text: string, features: ReadonlySet<Feature>): string[] {
  const words = claimWords(text);
  const band = LENGTH_BANDS.find(([limit]) => words.length < limit)?.[1] ?? 'very long';
  return [
    ...[...features].map((feature) => `feature:${feature}`),
    `length:${band}`,
    ...new Set(words.map((word) => `word:${word}`)),
  ];
}

export function modelScore(inputs: readonly string[], model: ClaimModel = CLAIM_MODEL): number {
  let sum = model.bias;
  for (const input of inputs) sum += model.weights[input] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
