import { blockRoles } from '../article/structure/article-layout';
import { datelineLength } from '../article/structure/block-kinds';
import { attribute, type BlockContext } from './attribution';
import { featuresOf, type Feature } from './features';
import { namesIn, properWordsOf, type NamePhrase } from './names';
import { sentencesOf, type Sentence } from './nlp';
import { linkContinuedQuotation, quotationsIn, type Quotation } from './quotes';
import { reasonsFor, scoreOf } from './scoring';
import { isKnownHead, speakerRefOf, type SpeakerKind } from './speaker-phrase';
import { SpeakerMemory, type Speaker } from './speaker-memory';
import { suggestionKey } from './suggestion-key';

/** One suggested claim. Offsets are JavaScript string indices into the plain text (shared/article/plain-text.ts). */
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

/**
 * Who a sentence is about (the words before its first verb): what a later "he" or "it" points back to. Not a
 * sentence inside a quotation ("Children missed school"), nor a thing ("Bellini's flagship restaurant").
 */
function subjectOf(sentence: Sentence, start: number, context: BlockContext, memory: SpeakerMemory) {
  if (context.quotations.some((quotation) => quotation.start - 1 <= start && start < quotation.end)) return null;
  const firstVerb = sentence.tokens.find(
    (token) => token.start >= start && (token.pos === 'VERB' || token.pos === 'AUX'),
  );
  if (!firstVerb || firstVerb.start <= start) return null;
  const ref = speakerRefOf(context.plain.slice(start, firstVerb.start));
  if (!ref || (ref.form === 'description' && !isKnownHead(ref.head))) return null;
  return memory.resolve(ref);
}

const QUESTION = /^(?:Q|Question)\s*[:.]\s/;
const ANSWER = /^(?:A|Answer)\s*[:.]\s+/;

/**
 * A Q/A interview: answers are the interviewee's, the person named last before the first question
 * ("We put those concerns to the board's chief executive, Dr Ifeanyi Nwosu.").
 */
class Interview {
  private interviewee: Speaker | null | undefined;

  /** Who answers in this block, read before the block's own names are noted; null outside answers. */
  answerBy(block: string, memory: SpeakerMemory): Speaker | null {
    if (QUESTION.test(block) && this.interviewee === undefined) this.interviewee = memory.latestPerson();
    return ANSWER.test(block) ? (this.interviewee ?? null) : null;
  }
}

/** "their union said ..." before the union is named: the first name after it with that head word, if one comes soon. */
function nameAhead(names: readonly NamePhrase[], from: number, head: string): NamePhrase | null {
  return (
    names.find(
      (name) =>
        name.start > from && name.start < from + LOOKAHEAD && name.text.toLowerCase().split(/\s+/).includes(head),
    ) ?? null
  );
}
const LOOKAHEAD = 1500;

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
      context = {
        plain,
        names: [],
        quotations,
        quoteSpeakers,
        blockStart: sentence.blockStart,
        blockEnd: sentence.blockEnd,
      };
      if (previous) linkContinuedQuotation(previous.quotations, quotations, sentence.blockStart);
      for (const quotation of quotations) byQuotation.set(quotation, context);
      contexts.set(sentence.block, context);
      previous = context;
    }
    context.names.push(...namesIn(sentence, properWords));
  }
  return { contexts, byQuotation };
}

/** The role of each block: only article text has claims; bylines, timestamps, links and boilerplate name no one who speaks. */
function rolesOf(plain: string): { isText: (block: number) => boolean; namesSpeakers: (block: number) => boolean } {
  const roles = blockRoles(plain.split('\n'));
  return {
    isText: (block) => roles[block] === 'text',
    namesSpeakers: (block) => !['byline', 'timestamp', 'link', 'boilerplate'].includes(roles[block]),
  };
}

/** A claim span before scoring: what the finder found and the features it carries. */
export interface ClaimCandidate extends Omit<ClaimSuggestion, 'score' | 'reasons'> {
  features: Set<Feature>;
}

/** Every claim span of the article text with its features, duplicates once (scored by findClaims). */
export function claimCandidates(plainText: string): ClaimCandidate[] {
  const sentences = sentencesOf(plainText);
  const { contexts, byQuotation } = blockContexts(plainText, sentences);
  const { isText, namesSpeakers } = rolesOf(plainText);
  const memory = new SpeakerMemory();
  const interview = new Interview();
  const allNames = [...contexts.values()].flatMap((context) => context.names);
  const seen = new Set<string>();
  const candidates: ClaimCandidate[] = [];
  for (const sentence of sentences) {
    const context = contexts.get(sentence.block)!;
    const opensBlock = sentence.start === sentence.blockStart;
    if (opensBlock)
      context.answerBy = interview.answerBy(plainText.slice(sentence.blockStart, sentence.blockEnd), memory);
    const label = opensBlock && context.answerBy ? (ANSWER.exec(sentence.text)?.[0].length ?? 0) : 0;
    const start = opensBlock ? sentence.start + Math.max(label, datelineLength(sentence.text)) : sentence.start;
    const names = context.names.filter((name) => name.start >= sentence.start && name.end <= sentence.end);
    memory.startSentence();
    if (namesSpeakers(sentence.block))
      for (const name of names) if (name.start >= start) memory.noteName(name.text, name.titles);
    if (!isText(sentence.block)) continue;
    const attribution = attribute(sentence, start, context, (quotation) => byQuotation.get(quotation)!, memory);
    const subject = subjectOf(sentence, start, context, memory);
    if (subject) memory.noteSalient(subject);
    const ahead = attribution.speaker?.pointsAhead
      ? nameAhead(allNames, sentence.end, attribution.speaker.pointsAhead)
      : null;
    const speaker = ahead ? { name: ahead.text, kind: 'organization' as const } : attribution.speaker;
    if (speaker) memory.noteSalient(speaker);
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
      attributed: speaker !== null,
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
    });
  }
  return candidates;
}

export function scoredSuggestions(
  candidates: readonly ClaimCandidate[],
  minScore: number,
  score = scoreOf,
): ClaimSuggestion[] {
  return candidates.flatMap(({ features, ...candidate }) => {
    const value = score(features);
    return value < minScore
      ? []
      : [{ ...candidate, score: Math.round(value * 1000) / 1000, reasons: reasonsFor(features) }];
  });
}

export function findClaims(plainText: string, options: FindClaimsOptions = {}): ClaimSuggestion[] {
  return scoredSuggestions(claimCandidates(plainText), options.minScore ?? DEFAULT_MIN_SCORE);
}
