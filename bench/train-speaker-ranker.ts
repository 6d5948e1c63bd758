import { claimCandidates, type ClaimSuggestion } from '../shared/claim-finder/find-claims';
import type { SpeakerChoice } from '../shared/claim-finder/speaker-choices';
import { bestChoice, choiceScore, type RankerWeights } from '../shared/claim-finder/speaker-ranker';
import type { LabelledArticle } from './claim-fixtures';
import { matchClaims, sameSpeaker } from './claim-metrics';

/**
 * Trains the speaker ranker (shared/claim-finder/speaker-ranker.ts) on labelled articles: every claim
 * the finder found that matches a label gives one example, the candidates the rules generated for it
 * and which of them the label names ("no speaker" for an unattributed claim). An averaged perceptron,
 * examples in a fixed order shuffled by a fixed seed: the same corpus gives the same weights.
 */

export interface SpeakerExample {
  article: string;
  choices: SpeakerChoice[];
  /** The index of the right choice; -1 when the rules found no candidate naming the labelled speaker. */
  gold: number;
}

/** `candidatesOf`: the finder whose candidates are read (another version of it, for an experiment). */
export function speakerExamples(
  articles: readonly LabelledArticle[],
  candidatesOf: typeof claimCandidates = claimCandidates,
): SpeakerExample[] {
  return articles.flatMap((article) => {
    const candidates = candidatesOf(article.text, { withChoices: true });
    const matches = matchClaims(article.claims, candidates as unknown as ClaimSuggestion[]);
    return matches.map((match) => {
      const choices = (match.suggestion as unknown as { speakerChoices: SpeakerChoice[] }).speakerChoices;
      const wanted = match.label.speaker;
      const gold =
        wanted === null
          ? 0
          : choices.findIndex((choice) => choice.speaker !== null && sameSpeaker(wanted, choice.speaker.name));
      return { article: article.name, choices, gold };
    });
  });
}

/** The same examples without the features that say which candidate the rules picked (the ranker on its own). */
export const withoutRuleFeatures = (examples: readonly SpeakerExample[]): SpeakerExample[] =>
  examples.map((example) => ({
    ...example,
    choices: example.choices.map((choice) => ({
      ...choice,
      features: choice.features.filter((feature) => !feature.startsWith('rule')),
    })),
  }));

export const EPOCHS = 10;
const SEED = 21;

/** A fixed pseudo-random order (a linear congruential generator; no Math.random). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let index = out.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other], out[index]];
  }
  return out;
}

/** Averaged perceptron over candidate rankings; weights rounded so that the JSON is stable. */
export function trainRanker(examples: readonly SpeakerExample[], margin = 0, epochs = EPOCHS): RankerWeights {
  const weights: Record<string, number> = {};
  const summed: Record<string, number> = {};
  const trainable = examples.filter((example) => example.gold >= 0);
  let clock = 1;
  const update = (features: readonly string[], step: number) => {
    for (const feature of features) {
      weights[feature] = (weights[feature] ?? 0) + step;
      summed[feature] = (summed[feature] ?? 0) + step * clock;
    }
  };
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const example of shuffled(trainable, SEED + epoch)) {
      const predicted = bestChoice(example.choices, weights);
      if (predicted !== example.gold) {
        update(example.choices[example.gold].features, 1);
        update(example.choices[predicted].features, -1);
      }
      clock += 1;
    }
  }
  const averaged: Record<string, number> = {};
  for (const feature of Object.keys(weights).sort()) {
    const value = Math.round((weights[feature] - summed[feature] / clock) * 1e4) / 1e4;
    if (value !== 0) averaged[feature] = value;
  }
  return { margin, weights: averaged };
}

export const LOGIT_EPOCHS = 20;
const LEARNING_RATE = 0.1;
const L2 = 1e-3;

/** Conditional logit (softmax over each claim's candidates) by stochastic gradient descent with L2, fixed order. */
export function trainLogit(examples: readonly SpeakerExample[], margin = 0, epochs = LOGIT_EPOCHS): RankerWeights {
  const weights: Record<string, number> = {};
  const trainable = examples.filter((example) => example.gold >= 0);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const example of shuffled(trainable, SEED + epoch)) {
      const scores = example.choices.map((choice) => choiceScore(choice, weights));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      example.choices.forEach((choice, index) => {
        const gradient = (index === example.gold ? 1 : 0) - exps[index] / sum;
        for (const feature of choice.features) {
          const value = weights[feature] ?? 0;
          weights[feature] = value + rate * (gradient - L2 * value);
        }
      });
    }
  }
  const rounded: Record<string, number> = {};
  for (const feature of Object.keys(weights).sort()) {
    const value = Math.round(weights[feature] * 1e4) / 1e4;
    if (value !== 0) rounded[feature] = value;
  }
  return { margin, weights: rounded };
}
