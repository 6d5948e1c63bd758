/**
 * Re-ranking of BM25 hits. BM25 sums per-term weights, so a short sentence
 * sharing one rare word with the claim can beat the sentence that states the
 * whole claim in other words. A checker wants the passage that covers the
 * claim's facts, and the figures are the most checkable part of a claim. So
 * each hit's BM25 score is scaled by the share of the claim's terms it
 * contains, with figures (numbers, currencies, "percent") counting double.
 */

export interface Candidate {
  key: number;
  bm25: number;
  /** The claim's terms this passage contains. */
  matched: readonly string[];
}

const isFigure = (term: string) => /^\d/.test(term) || term === 'percent' || term === 'usd' || term === 'gbp' || term === 'eur';
const weightOf = (term: string) => (isFigure(term) ? 2 : 1);

export function rerank(candidates: readonly Candidate[], claimTerms: readonly string[]): { key: number; score: number }[] {
  const total = claimTerms.reduce((sum, term) => sum + weightOf(term), 0);
  return candidates
    .map((candidate) => {
      const covered = [...new Set(candidate.matched)].reduce((sum, term) => sum + weightOf(term), 0);
      return { key: candidate.key, score: candidate.bm25 * (0.25 + covered / total) };
    })
    .sort((a, b) => b.score - a.score);
}
