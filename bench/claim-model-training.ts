/**
 * Training the claim finder's model (shared/claim-finder/claim-model.json) on the copy it may learn from: the
 * real-copy dev half and the clean tuning set, never a held-out set. Used by bench/train-claim-model.ts (which writes
 * the model) and by the test that the committed model is what training gives.
 */
import { claimCandidates, DEFAULT_MIN_SCORE, type ClaimCandidate } from '../shared/claim-finder/find-claims';
import { modelInputs, type ClaimModel } from '../shared/claim-finder/claim-model';
import { isNeverAClaim, scoreOf } from '../shared/claim-finder/scoring';
import { loadLabelledSet, type LabelledArticle } from './claim-fixtures';
import { addTally, emptyTally, matchClaims, tallyArticle, type Tally } from './claim-metrics';
import { fitLogistic, type Example, type FitOptions } from './logistic-regression';
import { loadRealCopy } from './real-copy';

/** Chosen by leaving each batch out in turn (bench/README.md): heavier or lighter penalties did worse. */
export const FIT_OPTIONS: FitOptions = { l2: 3, minExamples: 3, iterations: 400 };

export interface TrainingArticle {
  /** The batch it came in ("dev batch 14"), what leaving one batch out leaves out. */
  group: string;
  article: LabelledArticle;
  candidates: { candidate: ClaimCandidate; inputs: string[]; label: 0 | 1 }[];
}

const asSuggestion = (candidate: ClaimCandidate) => ({ ...candidate, score: 0, reasons: [] });

function prepare(group: string, article: LabelledArticle): TrainingArticle {
  const candidates = claimCandidates(article.text);
  const claims = new Set(matchClaims(article.claims, candidates.map(asSuggestion)).map((m) => m.suggestion.start));
  return {
    group,
    article,
    candidates: candidates.map((candidate) => ({
      candidate,
      inputs: modelInputs(candidate.text, candidate.features),
      label: claims.has(candidate.start) ? 1 : 0,
    })),
  };
}

/** Every article the model may learn from, with its candidates labelled claim or not. */
export const trainingArticles = (): TrainingArticle[] => [
  ...loadLabelledSet('tuning').map((article) => prepare('clean tuning', article)),
  ...loadRealCopy('dev').map((article) =>
    prepare(article.batch ? `dev batch ${article.batch}` : 'dev, first batches', article),
  ),
];

/** What the model learns from: every candidate but questions and headlines, which a rule keeps out (scoring.ts). */
const examplesOf = (articles: readonly TrainingArticle[]): Example[] =>
  articles.flatMap((article) =>
    article.candidates
      .filter(({ candidate }) => !isNeverAClaim(candidate.features))
      .map(({ inputs, label }) => ({ inputs, label })),
  );

/** The model as committed: weights to three places, none that round to 0, inputs in order. */
export function trainClaimModel(articles: readonly TrainingArticle[]): ClaimModel {
  const fitted = fitLogistic(examplesOf(articles), FIT_OPTIONS);
  return {
    bias: Math.round(fitted.bias * 1000) / 1000,
    weights: Object.fromEntries(
      Object.entries(fitted.weights)
        .map(([input, weight]) => [input, Math.round(weight * 1000) / 1000] as const)
        .filter(([, weight]) => weight !== 0)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

export const modelFile = (model: ClaimModel) => `${JSON.stringify(model, null, 2)}\n`;

/** Claims found in the articles by a model, at the finder's default threshold. */
export function tallyOf(articles: readonly TrainingArticle[], model: ClaimModel): Tally {
  return articles.reduce((total, { article, candidates }) => {
    const suggestions = candidates
      .filter(({ candidate }) => scoreOf(candidate.text, candidate.features, model) >= DEFAULT_MIN_SCORE)
      .map(({ candidate }) => asSuggestion(candidate));
    return addTally(total, tallyArticle(article.claims, suggestions, matchClaims(article.claims, suggestions)));
  }, emptyTally());
}
