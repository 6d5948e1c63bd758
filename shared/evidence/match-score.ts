import { evidenceTerms } from './terms';

/**
 * How closely a passage matches a claim, on one scale from 0 to 1, with the
 * reasons a checker is shown:
 *   coverage  the share of the claim's terms the passage holds, each weighted
 *             by its rarity in the sources (idf), figures counting double;
 *   figures   a claim with numbers or amounts whose figures the passage does
 *             not hold can be at most half a match (0.5 x coverage);
 *   quote     eight or more words in a row in common (a quotation, or copy)
 *             make a close match whatever else differs.
 * A score below CLOSE_MATCH is "No close match in the sources": the passage
 * shares words with the claim but does not state it. The threshold was set
 * on the evidence bench (bench/evidence-suggest.ts): restated claims score
 * above it, claims about things no source mentions below it.
 */

export const CLOSE_MATCH = 0.45;

const FIGURE_WORDS = new Set(['percent', 'usd', 'gbp', 'eur']);
export const isFigure = (term: string) => /^\d/.test(term) || FIGURE_WORDS.has(term);
/** Words in a row, in common, that make a shared quotation. */
const QUOTE_RUN = 8;

export type MatchReason =
  | { kind: 'terms'; words: string[] }
  | { kind: 'figures'; words: string[] }
  | { kind: 'names'; words: string[] }
  | { kind: 'quote'; words: number };

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/** The claim's words, each with its term (stop words dropped), in order. */
export function claimWords(claim: string): { word: string; term: string }[] {
  const words: { word: string; term: string }[] = [];
  for (const match of claim.matchAll(/[$£€]?\d[\d,.]*(?:%|\s?(?:per cent|percent|million|billion|trillion|thousand|bn|mn|m|k)\b)?|\p{L}[\p{L}'’-]*/gu)) {
    const [term] = evidenceTerms(match[0]);
    if (term && !words.some((known) => known.term === term)) words.push({ word: match[0], term });
  }
  return words;
}

function longestRun(claimTerms: readonly string[], passageTerms: readonly string[]): number {
  let best = 0;
  const positions = new Map<string, number[]>();
  passageTerms.forEach((term, index) => positions.set(term, [...(positions.get(term) ?? []), index]));
  for (let start = 0; start < claimTerms.length; start += 1) {
    for (const at of positions.get(claimTerms[start]) ?? []) {
      let length = 0;
      while (start + length < claimTerms.length && passageTerms[at + length] === claimTerms[start + length]) length += 1;
      best = Math.max(best, length);
    }
  }
  return best;
}

export interface PreparedClaim {
  words: { word: string; term: string }[];
  terms: string[];
}

export function prepareClaim(claim: string): PreparedClaim {
  return { words: claimWords(claim), terms: evidenceTerms(claim) };
}

export function matchScore(claim: PreparedClaim, passageTerms: readonly string[], idf: (term: string) => number): MatchScore {
  const { words } = claim;
  const inPassage = new Set(passageTerms);
  const weight = (term: string) => idf(term) * (isFigure(term) ? 2 : 1);
  const total = words.reduce((sum, { term }) => sum + weight(term), 0) || 1;
  const shared = words.filter(({ term }) => inPassage.has(term));
  const coverage = shared.reduce((sum, { term }) => sum + weight(term), 0) / total;
  const figures = words.filter(({ term }) => isFigure(term) && !FIGURE_WORDS.has(term));
  const sharedFigures = figures.filter(({ term }) => inPassage.has(term));
  const run = longestRun(claim.terms, passageTerms);
  let score = figures.length > 0 && sharedFigures.length === 0 ? coverage * 0.5 : coverage;
  if (run >= QUOTE_RUN) score = Math.max(score, 0.9);
  const names = shared.filter(({ word, term }) => /^\p{Lu}/u.test(word) && !isFigure(term));
  const others = shared.filter(({ term, word }) => !isFigure(term) && !/^\p{Lu}/u.test(word)).sort((a, b) => idf(b.term) - idf(a.term));
  const reasons: MatchReason[] = [];
  if (run >= QUOTE_RUN) reasons.push({ kind: 'quote', words: run });
  if (sharedFigures.length > 0) reasons.push({ kind: 'figures', words: sharedFigures.map(({ word }) => word) });
  if (names.length > 0) reasons.push({ kind: 'names', words: names.map(({ word }) => word) });
  if (others.length > 0) reasons.push({ kind: 'terms', words: others.slice(0, 5).map(({ word }) => word) });
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
}

/** "same figures: 14%; same names: Harlow; shared key terms: reservoir, repairs" */
export function describeReasons(reasons: readonly MatchReason[]): string[] {
  return reasons.map((reason) => {
    switch (reason.kind) {
      case 'quote':
        return `same wording (${reason.words} words in a row)`;
      case 'figures':
        return `same figures: ${reason.words.join(', ')}`;
      case 'names':
        return `same names: ${reason.words.join(', ')}`;
      case 'terms':
        return `shared key terms: ${reason.words.join(', ')}`;
    }
  });
}
