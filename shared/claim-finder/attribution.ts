import type { NamePhrase } from './names';
import type { Sentence } from './nlp';
import type { Quotation } from './quotes';
import { speakerRefOf } from './speaker-phrase';
import type { SpeakerMemory } from './speaker-memory';
import type { Speaker } from './speaker-ref';
import { NOT_AFTER_DETERMINER, speechFrameOf, type Range } from './speech-frames';
import { SPEECH_VERB } from './speech-verbs';
import { wordCount } from '../util/word-count';

/**
 * Who said a sentence's claim, and which part of the sentence is the claim.
 * Quoted speech is credited to the speaker named right after or before the
 * quotation ('..." she said', 'X said: "...'), else to the speaker of the
 * quotation it continues (the same paragraph, or the paragraph before in wire
 * style). Reported speech uses the frames of speech-frames.ts. Pronouns,
 * surnames and descriptions ("the ministry") are resolved through
 * SpeakerMemory.
 */

export interface Attribution {
  claim: Range;
  speaker: Speaker | null;
  /** Quoted or reported speech, whether or not its speaker could be named. */
  reported: boolean;
  /** A speech act that is news in itself ("X warned Y that ...", "the court ruled ..."). */
  act: boolean;
  /** Reported by "he" or "she" with no one before to point back to ("…, she claims." opening a story). */
  unnamedPerson?: boolean;
}

export interface BlockContext {
  plain: string;
  /** Every name found in the block, in order. */
  names: NamePhrase[];
  quotations: Quotation[];
  /** Speakers of quotations found so far (shared by every block, for quotations carried over paragraphs). */
  quoteSpeakers: Map<Quotation, Speaker | null>;
  blockStart: number;
  blockEnd: number;
  /** In a Q/A interview, an answer block's speaker: the interviewee (find-claims.ts). */
  answerBy?: Speaker | null;
}

const AFTER_QUOTE_VERB_FIRST = new RegExp(`^[\\s,.!?…-]*["”]?\\s*(?:${SPEECH_VERB})\\s+([^.;!?"“”]{2,100})`, 'iu');
const AFTER_QUOTE_SUBJECT_FIRST = new RegExp(
  `^[\\s,.!?…-]*["”]?\\s*([^.;!?"“”]{1,80}?)\\s+${NOT_AFTER_DETERMINER}(?:has\\s+|also\\s+|later\\s+)?(?:${SPEECH_VERB})\\b`,
  'iu',
);
// ('Asked why parents had not been told, she said: "…"': the verb nearest the quotation, so no comma after it.)
const BEFORE_QUOTE = new RegExp(
  `(?:^|[.!?]["”]?\\s+)([^.;!?"“”]{1,160}?)\\s+${NOT_AFTER_DETERMINER}(?:has\\s+|also\\s+|later\\s+)?(?:${SPEECH_VERB})\\b[^.;!?"“”,]{0,40}[:,]\\s*["“]?$`,
  'iu',
);

/** ", who include …," between a subject and its speech verb. */
const RELATIVE_ASIDE = new RegExp(
  // (Not ", who gave his name only as Bakyt,": that aside says who.)
  `,\\s*(?:who|which)\\b(?!\\s+(?:gave|gives|would|asked)\\b)[^.;!?"“”]*?,(?=\\s+(?:has\\s+|also\\s+|later\\s+)?(?:${SPEECH_VERB})\\b)`,
  'iu',
);

// Nor in "U.S. Attorney Joel Brandt", "U.N. envoy" or "Thomas R. Hale" (but "… in the U.S. The company said" ends one).
const withoutAbbreviationStops = (text: string) =>
  text
    .replace(/\b(Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Prof|Lt|Sgt|Gen|Col|Capt|Cllr|Supt|Insp|Det|St|Jr|Sr)\./g, '$1 ')
    .replace(/\b(?:\p{Lu}\.){2,}(?=\s+(?:\p{Ll}|\p{Lu}\p{Ll}+\s+\p{Lu}))/gu, (initials) => initials.replace(/\./g, ' '))
    .replace(/(?<=\b\p{Lu}\p{Ll}+\s\p{Lu})\.(?=\s\p{Lu}\p{Ll})/gu, ' ');

export function resolveSpeaker(subject: Range, plain: string, memory: SpeakerMemory): Speaker | null {
  const ref = speakerRefOf(plain.slice(subject.start, subject.end));
  return ref ? memory.resolve(ref, subject.start) : null;
}

function ownSpeaker(quotation: Quotation, context: BlockContext, memory: SpeakerMemory): Speaker | null {
  const { plain } = context;
  // "Sen. Mike Dorsey said": an abbreviation's full stop ends no sentence (same length, so offsets hold).
  const closedAfter = withoutAbbreviationStops(
    plain.slice(quotation.end + (quotation.closed ? 1 : 0), Math.min(context.blockEnd, quotation.end + 160)),
  );
  if (quotation.closed) {
    // '…," the experts, who include the rapporteur, Ingrid Solheim, wrote': the aside is no part of who (blanked,
    // so offsets hold).
    const after = closedAfter.replace(RELATIVE_ASIDE, (aside) => ' '.repeat(aside.length));
    const verbFirst = AFTER_QUOTE_VERB_FIRST.exec(after);
    const subjectFirst = verbFirst ? null : AFTER_QUOTE_SUBJECT_FIRST.exec(after);
    const match = verbFirst ?? subjectFirst;
    if (match && !/["“]/.test(after.slice(0, match.index + match[0].length))) {
      const start = quotation.end + 1 + match.index + match[0].indexOf(match[1]);
      const speaker = resolveSpeaker({ start, end: start + match[1].length }, plain, memory);
      if (speaker) return speaker;
    }
  }
  const beforeStart = Math.max(context.blockStart, quotation.start - 160);
  const before = BEFORE_QUOTE.exec(withoutAbbreviationStops(plain.slice(beforeStart, quotation.start)));
  if (before) {
    const start = beforeStart + before.index + before[0].indexOf(before[1]);
    return resolveSpeaker({ start, end: start + before[1].length }, plain, memory);
  }
  return null;
}

/** "Those were the words of Gwen Saddler, who …": a paragraph naming who spoke the quotation before it. */
const WORDS_OF =
  /^(?:those|these|that|this|such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:words|verdict|view|message|warning|reaction|response|assessment|plea|account|story|experience)\s+of\s+([^,.;]+)/i;

/** A quotation that is its whole paragraph, credited by the paragraph after it (WORDS_OF). */
function speakerNamedNext(quotation: Quotation, context: BlockContext, memory: SpeakerMemory): Speaker | null {
  const { plain } = context;
  if (quotation.start !== context.blockStart + 1 || wordCount(plain.slice(quotation.end, context.blockEnd)) > 0)
    return null;
  const nextStart = context.blockEnd + 1;
  const nextEnd = plain.indexOf('\n', nextStart);
  const match = WORDS_OF.exec(plain.slice(nextStart, nextEnd < 0 ? plain.length : nextEnd));
  if (!match) return null;
  const start = nextStart + match[0].length - match[1].length;
  return resolveSpeaker({ start, end: start + match[1].length }, plain, memory);
}

/** 'Brandl said in a statement:' closing one paragraph, the quotation opening the next: the frame's subject speaks. */
function speakerOfFrameBefore(quotation: Quotation, context: BlockContext, memory: SpeakerMemory): Speaker | null {
  const { plain } = context;
  if (quotation.start !== context.blockStart + 1 || context.blockStart < 2) return null;
  const previousStart = plain.lastIndexOf('\n', context.blockStart - 2) + 1;
  const previous = plain.slice(previousStart, context.blockStart - 1);
  if (!/:\s*$/.test(previous)) return null;
  const frame = BEFORE_QUOTE.exec(previous);
  if (!frame) return null;
  const start = previousStart + frame.index + frame[0].indexOf(frame[1]);
  return resolveSpeaker({ start, end: start + frame[1].length }, plain, memory);
}

/** A paragraph that is only a frame introducing the quotation below it ('Brandl said in a statement:'). */
const introducesNextQuotation = (sentence: Sentence, context: BlockContext) =>
  /:\s*$/.test(sentence.text) &&
  sentence.end >= context.blockEnd - 1 &&
  /^["“]/.test(context.plain.slice(context.blockEnd + 1, context.blockEnd + 2));

/** A quotation's speaker: its own frame, else the frame of the quotation carrying it on, else the one it continues. */
function speakerOfQuotation(
  quotation: Quotation,
  context: BlockContext,
  contexts: (q: Quotation) => BlockContext,
  memory: SpeakerMemory,
): Speaker | null {
  if (context.quoteSpeakers.has(quotation)) return context.quoteSpeakers.get(quotation) ?? null;
  let speaker = ownSpeaker(quotation, context, memory);
  for (let next = quotation.continuedBy; !speaker && next; next = next.continuedBy)
    speaker = ownSpeaker(next, contexts(next), memory);
  if (!speaker && quotation.continues) speaker = context.quoteSpeakers.get(quotation.continues) ?? null;
  if (!speaker) {
    // (Before it, not at it: an empty quotation ("“”", garbled copy) ends where it starts, and was its own earlier one.)
    const earlier = context.quotations.filter((other) => other.end <= quotation.start && other.start < quotation.start);
    // ('"It\'s relentless," said Mr Doull. "Last week I …"': the quotation before may be too short to be a claim itself.)
    speaker = earlier.length > 0 ? speakerOfQuotation(earlier[earlier.length - 1], context, contexts, memory) : null;
  }
  if (!speaker)
    speaker = speakerNamedNext(quotation, context, memory) ?? speakerOfFrameBefore(quotation, context, memory);
  const first = chainStart(quotation);
  if (!speaker && first.follows) speaker = context.quoteSpeakers.get(first.follows) ?? null;
  context.quoteSpeakers.set(quotation, speaker);
  return speaker;
}

function chainStart(quotation: Quotation): Quotation {
  let first = quotation;
  while (first.continues) first = first.continues;
  return first;
}

/**
 * The quotation that is the sentence's claim: at least three words, and either
 * the whole sentence or the sentence's opening ('"...," she said') or the
 * complement of a frame ending in a colon ('He said: "..."').
 */
function claimQuotation(
  start: number,
  end: number,
  context: BlockContext,
): { quotation: Quotation; claim: Range } | null {
  const { plain } = context;
  for (const quotation of context.quotations) {
    const from = Math.max(quotation.start, start);
    const to = Math.min(quotation.end, end);
    if (to <= from || wordCount(plain.slice(from, to)) < 3) continue;
    const before = plain.slice(start, from);
    const opensSentence = wordCount(before) === 0;
    const afterColon =
      /[:,]\s*["“]?$/.test(before) &&
      new RegExp(`\\b(?:${SPEECH_VERB})\\b[^:,]{0,40}[:,]\\s*["“]?$`, 'iu').test(before);
    if (opensSentence || afterColon) return { quotation, claim: trimRange(plain, { start: from, end: to }) };
  }
  return null;
}

export function trimRange(plain: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s"“”'‘,;:—–-]/.test(plain[start])) start += 1;
  while (end > start && /[\s"“”,;:.—–-]/.test(plain[end - 1])) end -= 1;
  return { start, end };
}

const wordsIn = (plain: string, range: Range) => wordCount(plain.slice(range.start, range.end));

/**
 * "An FTC spokesperson declined to comment.", "A lawyer for Keel did not respond to a request for comment Tuesday.":
 * a sentence that only says someone would not speak (no aside, clause or quotation of its own) holds no claim.
 */
const NO_COMMENT =
  /^(?![^,;:]*\b(?:but|and|said|says|told|confirmed|added|that|who|which|while|although)\b)[^,;:"“”—–]*?\s(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|answer|say|return|be\s+reached)\b(?:\s+(?:to|on|for|about|whether|if|how|why|what|when|where|who)\s+[^,;:"“”]*)?[\s.]*$/i;

export function attribute(
  sentence: Sentence,
  start: number,
  context: BlockContext,
  contexts: (q: Quotation) => BlockContext,
  memory: SpeakerMemory,
): Attribution {
  const end = sentence.end;
  // The naming sentence itself says who spoke, nothing to check; nor does a refusal to speak.
  if (
    (start === context.blockStart && WORDS_OF.test(sentence.text)) ||
    introducesNextQuotation(sentence, context) ||
    NO_COMMENT.test(context.plain.slice(start, end))
  ) {
    return { claim: { start, end: start }, speaker: null, reported: false, act: false };
  }
  const quoted = claimQuotation(start, end, context);
  if (quoted)
    return {
      claim: quoted.claim,
      speaker: speakerOfQuotation(quoted.quotation, context, contexts, memory),
      reported: true,
      act: false,
    };
  const frame = speechFrameOf(sentence, start, end, context.quotations);
  if (frame) {
    const speaker = resolveSpeaker(frame.subject, context.plain, memory);
    const unnamedPerson =
      !speaker && /^\s*(?:he|she)\s*$/i.test(context.plain.slice(frame.subject.start, frame.subject.end));
    // Without a speaker the frame may be part of the claim ("Nine in ten households reported ..."): keep the sentence.
    const claim = speaker ? frame.claim : { start, end };
    // '"Three times," said Marta Novak': a fragment of a quotation credited before, no claim of its own.
    if (speaker && wordsIn(context.plain, claim) < 3)
      return { claim: { start, end: start }, speaker, reported: true, act: false };
    return {
      claim: trimRange(context.plain, claim),
      speaker,
      reported: !frame.weak,
      act: !!frame.act && !!speaker,
      ...(unnamedPerson ? { unnamedPerson } : {}),
    };
  }
  if (context.answerBy)
    return { claim: trimRange(context.plain, { start, end }), speaker: context.answerBy, reported: true, act: false };
  return { claim: trimRange(context.plain, { start, end }), speaker: null, reported: false, act: false };
}
