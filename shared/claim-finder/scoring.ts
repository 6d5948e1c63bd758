import type { Feature } from './features';

/**
 * The check-worthiness score, in one place so a checker can see why a
 * sentence was suggested.
 *
 *   score = 1 / (1 + e^-(BIAS + Σ weight of each feature present))
 *
 * A score of 0.5 (the default threshold) means the present features just
 * outweigh the bias. Positive weights are evidence of a verifiable statement
 * (a figure, a date, a record, a named source); negative ones mark opinion,
 * promises, questions and headlines. Weights were set by hand on the tuning
 * articles in test/fixtures/claim-finder/tuning (see bench/README.md) — never on
 * the held-out set.
 */

export const BIAS = -1.6;

export const WEIGHTS: Record<Feature, number> = {
  /** A number or quantity other than a year: "14 percent", "31 votes", "nine in ten". */
  quantity: 1.8,
  /** A percentage or a sum of money on top of the number. */
  percentOrMoney: 0.6,
  /** A date, a year, a month or a weekday. */
  date: 0.8,
  /** A named person, organisation or place inside the claim. */
  namedEntity: 0.5,
  /** Quoted or reported speech ("said", "according to", a quotation). */
  reportedSpeech: 0.8,
  /** ... whose speaker could be named. */
  namedSpeaker: 0.6,
  /** A speech act that is news in itself: "X warned Y that ...", "the court ruled ...". */
  speechAct: 0.6,
  /** A past or perfect verb form: something happened. */
  pastEvent: 0.5,
  /** Comparison or superlative: "more than", "the lowest since", "a record". */
  comparison: 1.0,
  /** A change: "rose", "fell", "doubled", "cut". */
  change: 0.7,
  /** A causal statement: "because", "due to", "led to", "blamed". */
  causal: 0.7,
  /** First person ("I", "we"): usually feeling or intent, not fact. */
  firstPerson: -1.0,
  /** Opinion words: "think", "hope", "should". */
  opinion: -1.2,
  /** Promises and forecasts: "will", "next year", "plans to". */
  future: -0.8,
  /** A question asks, it does not claim. */
  question: -2.5,
  /** Fewer than six words. */
  short: -1.0,
  /** A headline or subheading (no closing punctuation). */
  headline: -4.0,
};

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

export function scoreOf(
  features: ReadonlySet<Feature>,
  weights: Record<Feature, number> = WEIGHTS,
  bias = BIAS,
): number {
  let sum = bias;
  for (const feature of features) sum += weights[feature];
  return 1 / (1 + Math.exp(-sum));
}

export function reasonsFor(features: ReadonlySet<Feature>): string[] {
  return (Object.keys(REASONS) as Feature[])
    .filter((feature) => features.has(feature))
    .map((feature) => REASONS[feature]!);
}
