import search from 'approx-string-match';
import type { Anchor } from '../project/schema';

/**
 * Re-anchoring: find where a claim (or excerpt) now sits in a text from its
 * selectors, when its highlight is missing — a file edited outside the app,
 * a migrated project. Tried in order: the exact position, the exact quote
 * (several hits are told apart by context), then an approximate match of the
 * quote scored with its prefix/suffix context and distance from the old
 * position. Below MIN_SCORE the claim is orphaned rather than attached to a
 * look-alike passage.
 */

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: how sure the match is. */
  score: number;
}

export const MIN_SCORE = 0.75;
/** An approximate quote may differ in at most this share of its characters. */
const MAX_ERROR_RATE = 0.25;

const WEIGHTS = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 } as const;

/** How well `context` matches the text just before (or after) a candidate: 1 = identical. */
function contextSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function candidateScore(text: string, anchor: Anchor, start: number, end: number, errors: number): number {
  const { exact, prefix, suffix } = anchor.quote;
  const quote = exact.length === 0 ? 1 : 1 - errors / exact.length;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const distance = Math.abs(start - anchor.position.start) / Math.max(text.length, 1);
  return (
    WEIGHTS.quote * quote +
    WEIGHTS.prefix * contextSimilarity(prefix, before) +
    WEIGHTS.suffix * contextSimilarity(suffix, after) +
    WEIGHTS.position * (1 - Math.min(distance, 1))
  );
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function best(candidates: AnchorMatch[]): AnchorMatch | null {
  let top: AnchorMatch | null = null;
  for (const candidate of candidates) if (!top || candidate.score > top.score) top = candidate;
  return top;
}

export function reanchor(text: string, anchor: Anchor): AnchorMatch | null {
  const { exact } = anchor.quote;
  if (exact.length === 0) return null;
  const { start, end } = anchor.position;
  if (text.slice(start, end) === exact) return { start, end, method: 'position', score: 1 };

  const exactHits = exactOccurrences(text, exact).map((at) => ({
    start: at,
    end: at + exact.length,
    method: 'quote' as const,
    score: candidateScore(text, anchor, at, at + exact.length, 0),
  }));
  const exactMatch = best(exactHits);
  if (exactMatch) return exactMatch;

  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  const fuzzy = best(
    search(text, exact, maxErrors).map((match) => ({
      start: match.start,
      end: match.end,
      method: 'fuzzy' as const,
      score: candidateScore(text, anchor, match.start, match.end, match.errors),
    })),
  );
  return fuzzy && fuzzy.score >= MIN_SCORE ? fuzzy : null;
}
