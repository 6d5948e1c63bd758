import { evidenceTerms } from './terms';

/**
 * How closely a passage matches a claim, on one scale from 0 to 1, with the
 * reasons a checker is shown:
 *   coverage  the share of the claim's terms the passage holds, each weighted
 *             by its rarity in the sources (idf), figures counting double;
 *   figures   a claim with numbers or amounts whose figures the passage does
 *             not hold (exactly or within 5%) can be at most half a match
 *             (0.5 x coverage);
 *   amounts   the claim's amounts (not years, not counts under 13) found in
 *             the passage (exactly or within 5%) add up to 0.3 in
 *             proportion, in full when the passage also holds 15% of the
 *             claim's words, less below that;
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
const isYear = (term: string) => /^(19|20)\d\d$/.test(term);
/** Added for the claim's amounts (not years or small counts) found in the passage, in proportion... */
const FIGURE_BONUS = 0.3;
/** ... in full once the passage also holds this share of the claim's words, in proportion below it. */
const TEXT_FOR_BONUS = 0.15;
/** Words in a row, in common, that make a shared quotation. */
const QUOTE_RUN = 8;

export type MatchReason =
  | { kind: 'terms'; words: string[] }
  | { kind: 'figures'; words: string[] }
  | { kind: 'close figures'; words: string[] }
  | { kind: 'names'; words: string[] }
  | { kind: 'quote'; words: number };

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

const NUMBER_WORD =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-\\p{L}+)?';
const CLAIM_WORD = new RegExp(
  `[$£€]?\\d[\\d,.]*(?:%|\\s?(?:per cent|percent|million|billion|trillion|thousand|bn|mn|m|k)\\b)?|\\b${NUMBER_WORD}\\s+(?:thousand|million|billion|trillion)\\b|\\p{L}[\\p{L}'’-]*`,
  'giu',
);

/** The claim's words, each with its term (stop words dropped), in order. */
export function claimWords(claim: string): { word: string; term: string }[] {
  const words: { word: string; term: string }[] = [];
  for (const match of claim.matchAll(CLAIM_WORD)) {
    const terms = evidenceTerms(match[0]);
    const term = terms.find((candidate) => /^\d/.test(candidate)) ?? terms[0];
    if (term && !words.some((known) => known.term === term)) words.push({ word: match[0], term });
  }
  return words;
}

function longestRun(claimTerms: readonly string[], passageTerms: readonly string[]): number {
  let best = 0;
  const positions = new Map<string, number[]>();
  passageTerms.forEach((term, index) => {
    const known = positions.get(term);
    if (known) known.push(index);
    else positions.set(term, [index]);
  });
  for (let start = 0; start < claimTerms.length; start += 1) {
    for (const at of positions.get(claimTerms[start]) ?? []) {
      // A run that goes on from the term before was counted from where it began: walking it again from each of its
      // terms made a repetitive claim and passage ("% % % …") take seconds.
      if (start > 0 && at > 0 && passageTerms[at - 1] === claimTerms[start - 1]) continue;
      let length = 0;
      while (start + length < claimTerms.length && passageTerms[at + length] === claimTerms[start + length])
        length += 1;
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

/** Figures count as the same when within 5% of each other: "£38 million" and "£37.6 million", "almost 3,000" and "2,950". */
const FIGURE_TOLERANCE = 0.05;

function nearFigure(term: string, passageNumbers: readonly number[]): boolean {
  const value = Number(term);
  if (!Number.isFinite(value) || value < 10) return false;
  return passageNumbers.some((other) => Math.abs(other - value) <= FIGURE_TOLERANCE * Math.max(value, other));
}

export function matchScore(
  claim: PreparedClaim,
  passageTerms: readonly string[],
  idf: (term: string) => number,
): MatchScore {
  const { words } = claim;
  const inPassage = new Set(passageTerms);
  const passageNumbers = passageTerms.filter((term) => /^\d/.test(term)).map(Number);
  const near = new Set<string>();
  for (const { term } of words)
    if (!inPassage.has(term) && /^\d/.test(term) && nearFigure(term, passageNumbers)) near.add(term);
  for (const term of near) inPassage.add(term);
  const weight = (term: string) => idf(term) * (isFigure(term) ? 2 : 1);
  const total = words.reduce((sum, { term }) => sum + weight(term), 0) || 1;
  const shared = words.filter(({ term }) => inPassage.has(term));
  const coverage = shared.reduce((sum, { term }) => sum + weight(term), 0) / total;
  const figures = words.filter(({ term }) => isFigure(term) && !FIGURE_WORDS.has(term));
  const sharedFigures = figures.filter(({ term }) => inPassage.has(term));
  // Amounts, not counts: "two years" or "Eleven schools" say little on their own; years are dates.
  const amounts = figures.filter(({ term }) => !isYear(term) && Number(term) >= 13);
  const amountCredit = amounts.filter(({ term }) => inPassage.has(term)).length;
  const textWords = words.filter(({ term }) => !isFigure(term));
  const textTotal = textWords.reduce((sum, { term }) => sum + weight(term), 0) || 1;
  const textCoverage =
    textWords.filter(({ term }) => inPassage.has(term)).reduce((sum, { term }) => sum + weight(term), 0) / textTotal;
  const run = longestRun(claim.terms, passageTerms);
  let score = figures.length > 0 && sharedFigures.length === 0 ? coverage * 0.5 : coverage;
  // The same amounts are the strongest sign that a passage speaks to the claim, even in other words (or to contradict it).
  if (amounts.length > 0)
    score += FIGURE_BONUS * (amountCredit / amounts.length) * Math.min(1, textCoverage / TEXT_FOR_BONUS);
  if (run >= QUOTE_RUN) score = Math.max(score, 0.9);
  const names = shared.filter(({ word, term }) => /^\p{Lu}/u.test(word) && !isFigure(term));
  const others = shared
    .filter(({ term, word }) => !isFigure(term) && !/^\p{Lu}/u.test(word))
    .sort((a, b) => idf(b.term) - idf(a.term));
  const reasons: MatchReason[] = [];
  if (run >= QUOTE_RUN) reasons.push({ kind: 'quote', words: run });
  const exact = sharedFigures.filter(({ term }) => !near.has(term));
  const close = sharedFigures.filter(({ term }) => near.has(term));
  if (exact.length > 0) reasons.push({ kind: 'figures', words: exact.map(({ word }) => word) });
  if (close.length > 0) reasons.push({ kind: 'close figures', words: close.map(({ word }) => word) });
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
      case 'close figures':
        return `figures within 5%: ${reason.words.join(', ')}`;
      case 'names':
        return `same names: ${reason.words.join(', ')}`;
      case 'terms':
        return `shared key terms: ${reason.words.join(', ')}`;
    }
  });
}
