/**
 * Re-ranking of retrieved passages. Retrieval scores (BM25) only see the
 * claim's selective terms and sum per-term weights, so a short sentence
 * sharing one rare word with the claim can beat the sentence that states the
 * whole claim in other words. A checker wants the passage that covers the
 * claim's facts, and the figures are the most checkable part of a claim. So
 * each hit's BM25 score is scaled by the share of the claim it covers: every
 * claim term weighted by its rarity (idf), figures (numbers, currencies,
 * "percent") counting double.
 */

export interface Candidate {
  key: number;
  bm25: number;
  /** All of the passage's terms. */
  terms: readonly string[];
}

const FIGURE_WORDS = new Set(['percent', 'usd', 'gbp', 'eur']);
const isFigure = (term: string) => /^\d/.test(term) || FIGURE_WORDS.has(term);

export function rerank(
  candidates: readonly Candidate[],
  claimTerms: readonly string[],
  idf: (term: string) => number,
): { key: number; score: number }[] {
  const weights = new Map(claimTerms.map((term) => [term, idf(term) * (isFigure(term) ? 2 : 1)]));
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  return candidates
    .map((candidate) => {
      let covered = 0;
      for (const term of new Set(candidate.terms)) covered += weights.get(term) ?? 0;
      return { key: candidate.key, score: candidate.bm25 * (0.25 + covered / total) };
    })
    .sort((a, b) => b.score - a.score);
}
