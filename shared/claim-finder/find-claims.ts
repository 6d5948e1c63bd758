import { blockRoles } from '../article-structure/article-layout';
import { datelineLength } from '../article-structure/block-kinds';
import { attribute, resolveSpeaker, type BlockContext } from './attribution';
import { featuresOf, type Feature } from './features';
import { namesIn, properWordsOf } from './names';
import { sentencesOf, type Sentence } from './nlp';
import { linkContinuedQuotation, quotationsIn, type Quotation } from './quotes';
import { reasonsFor, scoreOf } from './scoring';
import type { SpeakerKind } from './speaker-phrase';
import { SpeakerMemory } from './speaker-memory';
import { suggestionKey } from './suggestion-key';

/** One suggested claim. Offsets are JavaScript string indices into the plain text (shared/plain-text.ts). */
export interface ClaimSuggestion {
  text: string;
  start: number;
  end: number;
  /** Check-worthiness between 0 and 1 (scoring.ts). */
  score: number;
  reasons: string[];
  attributed: boolean;
  speaker: string | null;
  /** Whether the speaker is a person or an organisation (ClaimReview's author type); null without a speaker. */
  speakerKind: SpeakerKind | null;
}

export interface FindClaimsOptions {
  /** Suggestions scoring below this are left out (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;

/** Who a sentence is about (the words before its first verb): what a later "he" or "it" points back to. */
function subjectOf(sentence: Sentence, start: number, plain: string, memory: SpeakerMemory) {
  const firstVerb = sentence.tokens.find((token) => token.start >= start && (token.pos === 'VERB' || token.pos === 'AUX'));
  if (!firstVerb || firstVerb.start <= start) return null;
  return resolveSpeaker({ start, end: firstVerb.start }, plain, memory);
}

interface Blocks {
  contexts: Map<number, BlockContext>;
  byQuotation: Map<Quotation, BlockContext>;
}

function blockContexts(plain: string, sentences: Sentence[]): Blocks {
  const contexts = new Map<number, BlockContext>();
  const byQuotation = new Map<Quotation, BlockContext>();
  const quoteSpeakers = new Map();
  const properWords = properWordsOf(sentences);
  let previous: BlockContext | null = null;
  for (const sentence of sentences) {
    let context = contexts.get(sentence.block);
    if (!context) {
      const quotations = quotationsIn(plain.slice(sentence.blockStart, sentence.blockEnd), sentence.blockStart);
      context = { plain, names: [], quotations, quoteSpeakers, blockStart: sentence.blockStart, blockEnd: sentence.blockEnd };
      if (previous) linkContinuedQuotation(previous.quotations, quotations, sentence.blockStart);
      for (const quotation of quotations) byQuotation.set(quotation, context);
      contexts.set(sentence.block, context);
      previous = context;
    }
    context.names.push(...namesIn(sentence, properWords));
  }
  return { contexts, byQuotation };
}

/** The blocks that are article text (not a headline, byline, caption, link or boilerplate), by block index. */
function textBlocks(plain: string): Set<number> {
  const lines = plain.split('\n');
  const roles = blockRoles(lines);
  return new Set(roles.flatMap((role, index) => (role === 'text' ? [index] : [])));
}

/** A claim span before scoring: what the finder found and the features it carries. */
export interface ClaimCandidate extends Omit<ClaimSuggestion, 'score' | 'reasons'> {
  features: Set<Feature>;
}

/** Every claim span of the article text with its features, duplicates once (scored by findClaims). */
export function claimCandidates(plainText: string): ClaimCandidate[] {
  const sentences = sentencesOf(plainText);
  const { contexts, byQuotation } = blockContexts(plainText, sentences);
  const isText = textBlocks(plainText);
  const memory = new SpeakerMemory();
  const seen = new Set<string>();
  const candidates: ClaimCandidate[] = [];
  for (const sentence of sentences) {
    const context = contexts.get(sentence.block)!;
    const names = context.names.filter((name) => name.start >= sentence.start && name.end <= sentence.end);
    for (const name of names) memory.noteName(name.text);
    if (!isText.has(sentence.block)) continue;
    const start = sentence.start === sentence.blockStart ? sentence.start + datelineLength(sentence.text) : sentence.start;
    const attribution = attribute(sentence, start, context, (quotation) => byQuotation.get(quotation)!, memory);
    const subject = subjectOf(sentence, start, plainText, memory);
    if (subject) memory.noteSalient(subject);
    if (attribution.speaker) memory.noteSalient(attribution.speaker);
    const { start: claimStart, end } = attribution.claim;
    const span = {
      text: plainText.slice(claimStart, end),
      tokens: sentence.tokens.filter((token) => token.start >= claimStart && token.end <= end),
      entities: sentence.entities.filter((entity) => entity.start >= claimStart && entity.end <= end),
      names: names.filter((name) => name.start >= claimStart && name.end <= end),
    };
    const key = suggestionKey(span);
    if (end <= claimStart || seen.has(key)) continue;
    seen.add(key);
    candidates.push({
      text: span.text,
      start: claimStart,
      end,
      features: featuresOf(span, sentence, attribution, false),
      attributed: attribution.speaker !== null,
      speaker: attribution.speaker?.name ?? null,
      speakerKind: attribution.speaker?.kind ?? null,
    });
  }
  return candidates;
}

export function scoredSuggestions(candidates: readonly ClaimCandidate[], minScore: number, score = scoreOf): ClaimSuggestion[] {
  return candidates.flatMap(({ features, ...candidate }) => {
    const value = score(features);
    return value < minScore ? [] : [{ ...candidate, score: Math.round(value * 1000) / 1000, reasons: reasonsFor(features) }];
  });
}

export function findClaims(plainText: string, options: FindClaimsOptions = {}): ClaimSuggestion[] {
  return scoredSuggestions(claimCandidates(plainText), options.minScore ?? DEFAULT_MIN_SCORE);
}
