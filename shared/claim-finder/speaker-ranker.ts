import type { SpeakerChoice } from './speaker-choices';

/**
 * A linear ranker over a sentence's speaker candidates (speaker-choices.ts): each candidate scores the
 * sum of its features' weights, the best one wins. The weights are learnt from the labelled dev corpus
 * by bench/train-speaker-ranker.ts (an averaged perceptron) and shipped as JSON.
 */

export interface RankerWeights {
  /** How far the best candidate must score above the rules' own pick to replace it (0: always the best). */
  margin: number;
  weights: Record<string, number>;
}

export function choiceScore(choice: SpeakerChoice, weights: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const feature of choice.features) total += weights[feature] ?? 0;
  return total;
}

/** The index of the highest-scoring choice; ties go to the earlier one. */
export function bestChoice(choices: readonly SpeakerChoice[], weights: Readonly<Record<string, number>>): number {
  let best = 0;
  let bestScore = -Infinity;
  choices.forEach((choice, index) => {
    const score = choiceScore(choice, weights);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** The rules' pick: the candidate carrying the "rule" feature, else "no speaker" (always first). */
export const ruleChoice = (choices: readonly SpeakerChoice[]) =>
  Math.max(
    0,
    choices.findIndex((choice) => choice.features.includes('rule')),
  );

/** The model's pick, kept only when it beats the rules' pick by the model's margin. */
export function rankedChoice(choices: readonly SpeakerChoice[], model: RankerWeights): SpeakerChoice {
  const rule = ruleChoice(choices);
  const best = bestChoice(choices, model.weights);
  const gain = choiceScore(choices[best], model.weights) - choiceScore(choices[rule], model.weights);
  return choices[gain > model.margin ? best : rule];
}
