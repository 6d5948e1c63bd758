import { attribute, speakerOf, type BlockContext } from './attribution';
import { featuresOf } from './features';
import { namesIn, properWordsOf } from './names';
import { sentencesOf, type Sentence } from './nlp';
import { quotationsIn } from './quotes';
import { reasonsFor, scoreOf } from './scoring';
import { SpeakerMemory } from './speaker-memory';

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
}

export interface FindClaimsOptions {
  /** Suggestions scoring below this are left out (default 0.5). */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;

/** Who a sentence is about (the words before its first verb): what a later "he" or "it" points back to. */
function subjectOf(sentence: Sentence, context: BlockContext, memory: SpeakerMemory): string | null {
  const firstVerb = sentence.tokens.find((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (!firstVerb || firstVerb.start === sentence.start) return null;
  return speakerOf({ start: sentence.start, end: firstVerb.start }, context, memory);
}

function blockContexts(plain: string, sentences: Sentence[]): Map<number, BlockContext> {
  const contexts = new Map<number, BlockContext>();
  const properWords = properWordsOf(sentences);
  for (const sentence of sentences) {
    let context = contexts.get(sentence.block);
    if (!context) {
      const quotations = quotationsIn(plain.slice(sentence.blockStart, sentence.blockEnd), sentence.blockStart);
      context = { plain, names: [], quotations, quoteSpeakers: new Map() };
      contexts.set(sentence.block, context);
    }
    context.names.push(...namesIn(sentence, properWords));
  }
  return contexts;
}

export function findClaims(plainText: string, options: FindClaimsOptions = {}): ClaimSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const sentences = sentencesOf(plainText);
  const contexts = blockContexts(plainText, sentences);
  const memory = new SpeakerMemory();
  const firstBlock = sentences[0]?.block;
  const suggestions: ClaimSuggestion[] = [];
  for (const sentence of sentences) {
    const context = contexts.get(sentence.block)!;
    const names = context.names.filter((name) => name.start >= sentence.start && name.end <= sentence.end);
    for (const name of names) memory.noteName(name.text);
    const attribution = attribute(sentence, context, memory);
    const { start, end } = attribution.claim;
    const span = {
      text: plainText.slice(start, end),
      tokens: sentence.tokens.filter((token) => token.start >= start && token.end <= end),
      entities: sentence.entities.filter((entity) => entity.start >= start && entity.end <= end),
      names: names.filter((name) => name.start >= start && name.end <= end),
    };
    const features = featuresOf(span, sentence, attribution, sentence.block === firstBlock);
    const subject = subjectOf(sentence, context, memory);
    if (subject) memory.noteSalient(subject);
    if (attribution.speaker) memory.noteSalient(attribution.speaker);
    const score = scoreOf(features);
    if (score < minScore || end <= start) continue;
    suggestions.push({
      text: span.text,
      start,
      end,
      score: Math.round(score * 1000) / 1000,
      reasons: reasonsFor(features),
      attributed: attribution.speaker !== null,
      speaker: attribution.speaker,
    });
  }
  return suggestions;
}
