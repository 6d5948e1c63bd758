import MiniSearch from 'minisearch';
import { passagesOf } from './passages';
import { CLOSE_MATCH, describeReasons, matchScore, prepareClaim } from './match-score';
import { rerank, type Candidate } from './rerank';
import { groupSameText } from './same-text';
import { TermStatistics } from './term-statistics';
import { evidenceTerms } from './terms';

/**
 * The evidence index: every source cut into sentence-sized passages. For a
 * claim, MiniSearch (BM25 over normalised terms) retrieves the passages that
 * share the claim's selective terms; those are re-ranked by how much of the
 * claim they cover (see rerank.ts). Sources can be added and removed as the
 * project changes.
 */

export interface IndexedSource {
  id: string;
  text: string;
}

interface Passage {
  id: number;
  sourceId: string;
  start: number;
  end: number;
}

export interface PassageRef {
  sourceId: string;
  start: number;
  end: number;
}

export interface EvidenceSuggestion extends PassageRef {
  text: string;
  /** How closely the passage matches the claim, 0 to 1 (match-score.ts). */
  score: number;
  /** Why: shared key terms, same figures, same names, same wording. */
  reasons: string[];
  /** False below CLOSE_MATCH: the passage shares words with the claim but does not state it. */
  closeMatch: boolean;
  /** The same wording in other sources (wire copy, syndication): one piece of evidence, not independent confirmations. */
  sameTextIn: PassageRef[];
}

export interface EvidenceIndex {
  readonly search: MiniSearch<Passage>;
  readonly texts: Map<string, string>;
  readonly passageIds: Map<string, number[]>;
  readonly statistics: TermStatistics;
  nextPassageId: number;
}

/** How many BM25 hits are re-ranked: enough to rescue a paraphrase, few enough to stay fast. */
const RERANK_POOL = 100;
/** A term in more than this share of passages is left out of retrieval (still counted in re-ranking). */
const COMMON_TERM_SHARE = 0.02;
/** ...but retrieval always uses at least this many of the claim's rarest terms. */
const MIN_RETRIEVAL_TERMS = 3;

export function createEvidenceIndex(): EvidenceIndex {
  const texts = new Map<string, string>();
  const statistics = new TermStatistics();
  const search = new MiniSearch<Passage>({
    fields: ['text'],
    storeFields: ['sourceId', 'start', 'end'],
    extractField: (passage, field) =>
      field === 'text'
        ? texts.get(passage.sourceId)!.slice(passage.start, passage.end)
        : passage[field as keyof Passage],
    // Indexing counts each passage's terms as it tokenises them; queries are only tokenised.
    tokenize: (text) => {
      const terms = evidenceTerms(text);
      statistics.add(terms);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions: { tokenize: evidenceTerms },
  });
  return { search, texts, passageIds: new Map(), statistics, nextPassageId: 1 };
}

export function addSourceToIndex(index: EvidenceIndex, source: IndexedSource): void {
  if (index.texts.has(source.id)) removeSourceFromIndex(index, source.id);
  index.texts.set(source.id, source.text);
  const passages = passagesOf(source.text).map((span) => ({ id: index.nextPassageId++, sourceId: source.id, ...span }));
  index.passageIds.set(
    source.id,
    passages.map((passage) => passage.id),
  );
  index.search.addAll(passages);
}

export function removeSourceFromIndex(index: EvidenceIndex, sourceId: string): void {
  const ids = index.passageIds.get(sourceId);
  if (!ids) return;
  index.search.discardAll(ids);
  const text = index.texts.get(sourceId)!;
  for (const span of passagesOf(text)) index.statistics.add(evidenceTerms(text.slice(span.start, span.end)), -1);
  index.passageIds.delete(sourceId);
  index.texts.delete(sourceId);
}

/** Brings the index in line with the project's sources: new ones added, removed or changed ones dropped. */
export function syncEvidenceIndex(index: EvidenceIndex, sources: readonly IndexedSource[]): void {
  const wanted = new Map(sources.map((source) => [source.id, source.text]));
  for (const [id, text] of [...index.texts]) if (wanted.get(id) !== text) removeSourceFromIndex(index, id);
  for (const source of sources) if (!index.texts.has(source.id)) addSourceToIndex(index, source);
}

export function buildEvidenceIndex(sources: readonly IndexedSource[]): EvidenceIndex {
  const index = createEvidenceIndex();
  for (const source of sources) addSourceToIndex(index, source);
  return index;
}

/** The passages that best bear on the claim, best first; the same text in several sources is one suggestion. */
export function suggestEvidence(
  index: EvidenceIndex,
  claimText: string,
  options: { top?: number } = {},
): EvidenceSuggestion[] {
  const top = options.top ?? 5;
  const claimTerms = [...new Set(evidenceTerms(claimText))];
  if (claimTerms.length === 0 || top <= 0) return [];
  const retrievalTerms = index.statistics.selective(claimTerms, COMMON_TERM_SHARE, MIN_RETRIEVAL_TERMS);
  if (retrievalTerms.length === 0) return [];
  const hits = index.search
    .search(retrievalTerms.join(' '), { combineWith: 'OR' })
    .slice(0, Math.max(RERANK_POOL, top));
  const passages = new Map(
    hits.map((hit) => {
      const sourceId = hit.sourceId as string;
      const { start, end } = hit as unknown as { start: number; end: number };
      const text = index.texts.get(sourceId)!.slice(start, end);
      return [hit.id as number, { sourceId, start, end, text, terms: evidenceTerms(text) }];
    }),
  );
  const candidates: Candidate[] = hits.map((hit) => ({
    key: hit.id as number,
    bm25: hit.score,
    terms: passages.get(hit.id as number)!.terms,
  }));
  const idf = (term: string) => index.statistics.idf(term);
  const claim = prepareClaim(claimText);
  const ranked = rerank(candidates, claimTerms, idf).map(({ key, score: retrieval }) => {
    const passage = passages.get(key)!;
    return { passage, retrieval, match: matchScore(claim, passage.terms, idf) };
  });
  ranked.sort((a, b) => b.match.score - a.match.score || b.retrieval - a.retrieval);
  return groupSameText(ranked, (item) => item.passage.text)
    .slice(0, top)
    .map(([best, ...same]) => ({
      sourceId: best.passage.sourceId,
      start: best.passage.start,
      end: best.passage.end,
      text: best.passage.text,
      score: best.match.score,
      reasons: describeReasons(best.match.reasons),
      closeMatch: best.match.score >= CLOSE_MATCH,
      sameTextIn: same.map(({ passage }) => ({ sourceId: passage.sourceId, start: passage.start, end: passage.end })),
    }));
}
