import type { NamePhrase } from './names';
import type { Sentence } from './nlp';
import type { Quotation } from './quotes';
import { REPORTING_VERBS, speechFrameOf, type Range } from './speech-frames';
import type { SpeakerMemory } from './speaker-memory';

/**
 * Who said a sentence's claim, and which part of the sentence is the claim.
 * Quoted speech is credited to the speaker named right after or before the
 * quotation ('..." she said', 'X said: "...'), else to the speaker of the
 * previous quotation in the same paragraph (a quote carried on). Reported
 * speech uses the frames of speech-frames.ts. Pronouns and descriptions
 * ("the trust") are resolved through SpeakerMemory.
 */

export interface Attribution {
  claim: Range;
  speaker: string | null;
  /** Quoted or reported speech, whether or not its speaker could be named. */
  reported: boolean;
}

export interface BlockContext {
  plain: string;
  /** Every name found in the block, in order. */
  names: NamePhrase[];
  quotations: Quotation[];
  /** Speakers of the block's quotations found so far. */
  quoteSpeakers: Map<Quotation, string | null>;
}

const PREPOSITIONS = new Set('of at for from in with to by on about'.split(' '));
const PRONOUN = /^(he|she|it|they)$/i;
const VERBS = [...REPORTING_VERBS].join('|');
const AFTER_QUOTE = new RegExp(`^[\\s,.!?]*["”]?\\s*(?:([^.,;:!?"“”]{1,60}?)\\s+)?\\b(?:${VERBS})\\b([^.,;:!?"“”]{0,60})`, 'id');
const BEFORE_QUOTE = new RegExp(`(?:^|[.!?,]\\s+)([^.;!?,"“”]{1,60}?)\\s+(?:${VERBS})\\b[^.;!?"“”]{0,40}:\\s*["“]?$`, 'id');

function precededByPreposition(plain: string, name: NamePhrase, within: Range): boolean {
  const words = plain.slice(Math.max(within.start, name.start - 16), name.start).trim().toLowerCase().split(/\s+/);
  if (words[words.length - 1] === 'the') words.pop();
  return PREPOSITIONS.has(words[words.length - 1] ?? '');
}

/** The speaker a subject phrase names: a pronoun, a name (skipping appositives), or "the <organisation word>". */
export function speakerOf(subject: Range, context: BlockContext, memory: SpeakerMemory): string | null {
  const text = context.plain.slice(subject.start, subject.end).replace(/^[\s,"“”]+|[\s,"“”]+$/g, '');
  if (PRONOUN.test(text)) return memory.resolvePronoun(text);
  const pieces = piecesOf(subject, context.plain);
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index];
    const pieceText = context.plain.slice(piece.start, piece.end).trim();
    if (index > 0 && /^\p{Ll}/u.test(pieceText)) continue;
    const names = context.names.filter((name) => name.start >= piece.start && name.end <= piece.end && !precededByPreposition(context.plain, name, subject));
    if (names.length > 0) return memory.fullName(names[names.length - 1].text);
  }
  const description = /\bthe\s+(\p{L}+)$/iu.exec(text);
  return description ? memory.resolveDescription(description[1]) : null;
}

function piecesOf(range: Range, plain: string): Range[] {
  const pieces: Range[] = [];
  let start = range.start;
  for (let index = range.start; index < range.end; index += 1) {
    if (plain[index] !== ',') continue;
    pieces.push({ start, end: index });
    start = index + 1;
  }
  pieces.push({ start, end: range.end });
  return pieces;
}

function quotationSpeaker(quotation: Quotation, context: BlockContext, blockEnd: number, blockStart: number, memory: SpeakerMemory): string | null {
  const afterStart = quotation.end + 1;
  const after = AFTER_QUOTE.exec(context.plain.slice(afterStart, Math.min(blockEnd, afterStart + 140)));
  if (after?.indices) {
    const group = after[1] ? after.indices[1] : after.indices[2];
    if (group) return speakerOf({ start: afterStart + group[0], end: afterStart + group[1] }, context, memory);
  }
  const beforeStart = Math.max(blockStart, quotation.start - 120);
  const before = BEFORE_QUOTE.exec(context.plain.slice(beforeStart, quotation.start));
  if (before?.indices?.[1]) return speakerOf({ start: beforeStart + before.indices[1][0], end: beforeStart + before.indices[1][1] }, context, memory);
  return null;
}

function speakerOfQuotation(quotation: Quotation, sentence: Sentence, context: BlockContext, memory: SpeakerMemory): string | null {
  if (!context.quoteSpeakers.has(quotation)) {
    let speaker = quotationSpeaker(quotation, context, sentence.blockEnd, sentence.blockStart, memory);
    if (!speaker) {
      const earlier = context.quotations.filter((other) => other.end <= quotation.start);
      speaker = earlier.length > 0 ? (context.quoteSpeakers.get(earlier[earlier.length - 1]) ?? null) : null;
    }
    context.quoteSpeakers.set(quotation, speaker);
  }
  return context.quoteSpeakers.get(quotation) ?? null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;
}

/** The quotation that carries the sentence's claim: at least three words, with only a speech frame around it. */
function claimQuotation(sentence: Sentence, context: BlockContext): { quotation: Quotation; claim: Range } | null {
  for (const quotation of context.quotations) {
    const start = Math.max(quotation.start, sentence.start);
    const end = Math.min(quotation.end, sentence.end);
    if (end <= start) continue;
    const inside = context.plain.slice(start, end);
    if (wordCount(inside) < 3) continue;
    const outside = context.plain.slice(sentence.start, start) + ' ' + context.plain.slice(end, sentence.end);
    const outsideWords = wordCount(outside);
    const framed = new RegExp(`\\b(${VERBS})\\b`, 'i').test(outside);
    if (outsideWords === 0 || (framed && outsideWords <= 12)) return { quotation, claim: trimRange(context.plain, { start, end }) };
  }
  return null;
}

function trimRange(plain: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s"“”]/.test(plain[start])) start += 1;
  while (end > start && /[\s"“”,;:.]/.test(plain[end - 1])) end -= 1;
  return { start, end };
}

export function attribute(sentence: Sentence, context: BlockContext, memory: SpeakerMemory): Attribution {
  const quoted = claimQuotation(sentence, context);
  if (quoted) return { claim: quoted.claim, speaker: speakerOfQuotation(quoted.quotation, sentence, context, memory), reported: true };
  const frame = speechFrameOf(sentence);
  if (frame) {
    const speaker = frame.subject ? speakerOf(frame.subject, context, memory) : null;
    // Without a named speaker the frame may be part of the claim ("Nine in ten households reported ..."): keep the sentence.
    const claim = speaker ? frame.claim : sentence;
    return { claim: trimRange(context.plain, claim), speaker, reported: true };
  }
  return { claim: trimRange(context.plain, { start: sentence.start, end: sentence.end }), speaker: null, reported: false };
}
