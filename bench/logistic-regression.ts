/**
 * A logistic regression over sparse yes/no inputs, fitted by full-batch gradient descent with an L2 penalty: small
 * enough to read, deterministic (no random start), and all the claim model needs (bench/train-claim-model.ts).
 */

export interface Example {
  inputs: readonly string[];
  /** 1 for a labelled claim, 0 for none. */
  label: 0 | 1;
}

export interface FitOptions {
  /** How hard weights are pulled towards 0, against the summed loss. */
  l2: number;
  /** Inputs seen in fewer examples than this get no weight ("feature:" and "length:" inputs always do). */
  minExamples: number;
  iterations: number;
}

export interface Fitted {
  bias: number;
  weights: Record<string, number>;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));
const ALWAYS_KEPT = /^(?:feature|length):/;

/** The inputs worth a weight: the finder's features, and words seen often enough to say something. */
function keptInputs(examples: readonly Example[], minExamples: number): Set<string> {
  const seen = new Map<string, number>();
  for (const example of examples) for (const input of example.inputs) seen.set(input, (seen.get(input) ?? 0) + 1);
  return new Set([...seen].filter(([input, count]) => ALWAYS_KEPT.test(input) || count >= minExamples).map(([i]) => i));
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): Fitted {
  const kept = keptInputs(examples, options.minExamples);
  const rows = examples.map((example) => ({ inputs: example.inputs.filter((i) => kept.has(i)), label: example.label }));
  const weights = new Map<string, number>([...kept].map((input) => [input, 0]));
  let bias = 0;
  const rate = 4 / Math.max(rows.length, 1);
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    const gradient = new Map<string, number>();
    let biasGradient = 0;
    for (const row of rows) {
      const error = sigmoid(row.inputs.reduce((sum, input) => sum + weights.get(input)!, bias)) - row.label;
      biasGradient += error;
      for (const input of row.inputs) gradient.set(input, (gradient.get(input) ?? 0) + error);
    }
    bias -= rate * biasGradient;
    for (const [input, weight] of weights)
      weights.set(input, weight - rate * ((gradient.get(input) ?? 0) + options.l2 * weight));
  }
  return { bias, weights: Object.fromEntries(weights) };
}
