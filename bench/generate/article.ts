import { bodyOf, markNode, paragraphNode, textNode } from '../../shared/article/lexical-json';
import type { ArticleBody } from '../../shared/project/schema';
import { shuffled, type Random } from './prng';
import { words } from './newsroom-text';

/**
 * The article body: paragraphs of exactly `wordsPerParagraph` words, with
 * claims highlighted over word spans. Each paragraph has two halves, each
 * holding at most one claim plus (for overlapping claims) a second one that
 * overlaps it — partly or nested — as marking in the editor would produce:
 * runs of text carrying the set of claim ids that cover them.
 */

export interface ArticleSpec {
  paragraphs: number;
  wordsPerParagraph: number;
  claims: number;
  overlapShare: number;
}

interface Span {
  id: string;
  start: number;
  end: number; // word index, exclusive
}

export interface GeneratedArticle {
  body: ArticleBody;
  /** Claim ids in document order. */
  claimIds: string[];
  /** Ids of the claims that overlap an earlier one. */
  overlapping: Set<string>;
  /** Paragraph indexes with no claim, for marking a new claim in the bench. */
  unmarkedParagraphs: number[];
}

const claimId = (n: number) => `clm_${String(n).padStart(5, '0')}`;

function spansForHalf(
  half: number,
  halfLength: number,
  overlap: boolean,
  random: Random,
  nextId: () => string,
): Span[] {
  const from = half * halfLength;
  const start = from + random.int(0, 3);
  const length = random.int(6, Math.max(6, halfLength - 10));
  const first: Span = { id: nextId(), start, end: start + length };
  if (!overlap) return [first];
  const nested = random.chance(0.5);
  const second: Span = nested
    ? { id: nextId(), start: start + 1, end: first.end - 1 }
    : {
        id: nextId(),
        start: start + Math.floor(length / 2),
        end: Math.min(from + halfLength, first.end + random.int(2, 5)),
      };
  return [first, second];
}

/** Tokens (words and the spaces between them) grouped into runs with the same covering ids. */
function runsOf(paragraphWords: string[], spans: Span[]): unknown[] {
  const idsAt = (word: number) => spans.filter((span) => span.start <= word && word < span.end).map((span) => span.id);
  const tokens: { text: string; ids: string[] }[] = [];
  paragraphWords.forEach((word, i) => {
    if (i > 0) {
      const after = new Set(idsAt(i));
      tokens.push({ text: ' ', ids: idsAt(i - 1).filter((id) => after.has(id)) });
    }
    tokens.push({ text: word, ids: idsAt(i) });
  });
  const runs: { text: string; ids: string[] }[] = [];
  for (const token of tokens) {
    const last = runs[runs.length - 1];
    if (last && last.ids.join() === token.ids.join()) last.text += token.text;
    else runs.push({ ...token });
  }
  return runs.map((run) => (run.ids.length === 0 ? textNode(run.text) : markNode(run.ids, [textNode(run.text)])));
}

export function generateArticle(spec: ArticleSpec, random: Random): GeneratedArticle {
  const overlapCount = Math.round(spec.claims * spec.overlapShare);
  const primaryCount = spec.claims - overlapCount;
  const halves = shuffled(
    Array.from({ length: spec.paragraphs * 2 }, (_, i) => i),
    random,
  ).slice(0, primaryCount);
  const withOverlap = new Set(shuffled(halves, random).slice(0, overlapCount));
  const claimedHalves = new Set(halves);
  const halfLength = Math.floor(spec.wordsPerParagraph / 2);
  let counter = 0;
  const nextId = () => claimId(++counter);
  const claimIds: string[] = [];
  const overlapping = new Set<string>();
  const unmarkedParagraphs: number[] = [];
  const blocks = Array.from({ length: spec.paragraphs }, (_, p) => {
    const spans: Span[] = [];
    for (const half of [2 * p, 2 * p + 1]) {
      if (!claimedHalves.has(half)) continue;
      const made = spansForHalf(half % 2, halfLength, withOverlap.has(half), random, nextId);
      spans.push(...made);
      if (made.length > 1) overlapping.add(made[1].id);
    }
    if (spans.length === 0) unmarkedParagraphs.push(p);
    claimIds.push(...[...spans].sort((a, b) => a.start - b.start).map((span) => span.id));
    return paragraphNode(runsOf(words(spec.wordsPerParagraph, random), spans));
  });
  return { body: bodyOf(blocks), claimIds, overlapping, unmarkedParagraphs };
}
