import type { Feature } from './features';
import { modelInputs, modelScore, type ClaimModel } from './claim-model';

/**
 * The check-worthiness score and the reasons shown for it, in one place so a checker can see why a sentence was
 * suggested. The score is the learned model's (claim-model.ts); the reasons are the features present that count for
 * a claim (a figure, a date, a named source, ...), which the model weighs among its inputs.
 */

/** What the checker is told for each positive feature (negative ones are not reasons). */
export const REASONS: Partial<Record<Feature, string>> = {
  quantity: 'number or quantity',
  percentOrMoney: 'percentage or money',
  date: 'date',
  namedEntity: 'named person or organisation',
  reportedSpeech: 'reported speech',
  speechAct: 'statement by a named speaker',
  pastEvent: 'reported event',
  comparison: 'comparison or superlative',
  change: 'change over time',
  causal: 'causal statement',
};

/**
 * Never claims, whatever their words: a question asks and a headline announces. The copy the model learns from holds
 * too few of either (and none labelled a claim) to teach it that, so it is a rule.
 */
const NEVER_CLAIMS: readonly Feature[] = ['question', 'headline'];
export const isNeverAClaim = (features: ReadonlySet<Feature>) => NEVER_CLAIMS.some((feature) => features.has(feature));

/** A claim span's check-worthiness between 0 and 1. */
export function scoreOf(text: string, features: ReadonlySet<Feature>, model?: ClaimModel): number {
  if (isNeverAClaim(features)) return 0;
  return modelScore(modelInputs(text, features), model);
}

export function reasonsFor(features: ReadonlySet<Feature>): string[] {
  return (Object.keys(REASONS) as Feature[])
    .filter((feature) => features.has(feature))
    .map((feature) => REASONS[feature]!);
}
