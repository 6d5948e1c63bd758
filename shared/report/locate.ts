import type { Anchor } from '../project/schema';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where an anchor's quote sits in `text`: at its recorded position when the
 * text there still matches, else the occurrence of the exact quote whose
 * prefix and suffix agree best (nearest the old position on a tie); null when
 * the quote is nowhere in the text.
 */
export function locateAnchor(text: string, anchor: Anchor): TextRange | null {
  const { start, end } = anchor.position;
  const { exact, prefix, suffix } = anchor.quote;
  if (exact === '') return null;
  if (end > start && text.slice(start, end) === exact) return { start, end };
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, exact.length, prefix, suffix) * text.length - Math.abs(at - start);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? { start: best.at, end: best.at + exact.length } : null;
}

function contextScore(text: string, at: number, length: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, at - prefix.length), at);
  const after = text.slice(at + length, at + length + suffix.length);
  return (prefix !== '' && before === prefix ? 1 : 0) + (suffix !== '' && after === suffix ? 1 : 0);
}
