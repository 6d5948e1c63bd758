import { blockRoles } from '../article/structure/article-layout';
import { datelineCountry, datelineLength, datelinePlace } from '../article/structure/block-kinds';
import { attribute, type BlockContext } from './attribution';
import { featuresOf, type Feature } from './features';
import { hasGivenName } from './given-names';
import { namesIn, properWordsOf, type NamePhrase } from './names';
import { sentencesOf, type Sentence } from './nlp';
import { linkContinuedQuotation, quotationsIn, type Quotation } from './quotes';
import { reasonsFor, scoreOf } from './scoring';
import { isKnownHead } from './description-heads';
import { speakerRefOf } from './speaker-phrase';
import type { Speaker, SpeakerKind } from './speaker-ref';
import { looksLikePersonName } from './name-runs';
import { SpeakerMemory } from './speaker-memory';
import { isPersonWord, ORG_HEADS as BODY_HEADS } from './speaker-words';
import { namesAJob } from './speech-frames';
import { withDoubleQuotes } from './single-quotes';
import { SPEECH_VERB } from './speech-verbs';
import { suggestionKey } from './suggestion-key';
import { wordCount } from '../util/word-count';
import { escapeRegExp } from '../util/escape-regexp';

/** One suggested claim. Offsets are JavaScript string indices into the plain text (shared/article/plain-text.ts). */
export interface ClaimSuggestion {
  text: string;
  start: number;
  end: number;
  /** Check-worthiness between 0 and 1 (scoring.ts, claim-model.ts). */
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
    (token, index) =>
      token.start >= start && (token.pos === 'VERB' || token.pos === 'AUX') && !namesAJob(sentence.tokens, index),
  );
  if (!firstVerb) {
    // "Bethan Lloyd lives alone in Cwm Teg." (the tagger read "lives" as a noun): the person the sentence opens with.
    const opener = context.names.find((name) => name.start === start && looksLikePersonName(name.text));
    return opener ? memory.resolve({ form: 'name', text: opener.text }, start) : null;
  }
  if (firstVerb.start <= start) return null;
  const phrase = context.plain.slice(start, firstVerb.start);
  const ref = speakerRefOf(phrase);
  if (!ref || (ref.form === 'description' && !isKnownHead(ref.head))) {
    // "The memo, first published by …, was written by …": a thing; "It warned …" next is the memo, no speaker.
    if (
      /\p{L}/u.test(phrase) &&
      !/^\s*(?:in|on|at|after|before|during|when|while|if|as|since|for|with|by|from|to)\b/i.test(phrase)
    )
      memory.noteThing();
    return null;
  }
  return memory.resolve(ref, start);
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

/**
 * A description named soon after: "their union said ..." -> the first name with that head word; "Grant's lawyer
 * said ..." -> the person next written with that title ("The lawyer, Ida Marsh, told ...").
 */
function nameAhead(
  names: readonly NamePhrase[],
  from: number,
  speaker: Speaker,
  plain: string,
): { text: string } | null {
  const head = speaker.pointsAhead!;
  if (speaker.aheadOpensSentence) return bodyOpeningNext(plain, from);
  const titledAs = new RegExp(`\\b${escapeRegExp(head)}[,\\s]+$`, 'i');
  const paragraphAfter = plain.indexOf('\n', plain.indexOf('\n', from) + 1);
  const nextParagraphEnd = paragraphAfter < 0 ? plain.length : paragraphAfter;
  const fits = (name: NamePhrase) =>
    speaker.kind === 'organization'
      ? name.text.toLowerCase().split(/\s+/).includes(head)
      : titledAs.test(plain.slice(Math.max(0, name.start - 40), name.start)) ||
        (name.start < nextParagraphEnd && (namedWithRole(name, plain) || sameFamily(name.text, speaker.kinOf)));
  for (let index = firstAfter(names, from); index < names.length && names[index].start < from + LOOKAHEAD; index += 1)
    if (fits(names[index])) return names[index];
  return null;
}

/**
 * "…, the state's top emergency official said." then "…, said Dale Whitcomb, director of …": a person named with
 * a role right after the name, in the next paragraph, is who the role was.
 */
function namedWithRole(name: NamePhrase, plain: string): boolean {
  const after = /^,\s+(?:(?:the|a|an)\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}]+)/u.exec(
    plain.slice(name.end, name.end + 80),
  );
  return (
    !!after &&
    looksLikePersonName(name.text) &&
    after[1].split(/\s+/).some((word) => isPersonWord(word.toLowerCase().replace(/['’]s$/, '')))
  );
}

/** "Julie Foyle" after "her daughter" of "Margaret Foyle": another person with the relative's surname. */
function sameFamily(name: string, kin: string | undefined): boolean {
  if (!kin || name === kin || !looksLikePersonName(name)) return false;
  const surname = (full: string) => full.split(/\s+/).pop();
  return surname(name) === surname(kin) && name.split(/\s+/).length > 1;
}

/** The index of the first name starting after `from` (names are in text order). */
function firstAfter(names: readonly NamePhrase[], from: number): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (names[middle].start > from) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * "A heartbroken bride has told how …" or "…, she claims." opening a story, and "Nursery nurse Kayleigh Brooks, 29, …"
 * in the paragraph after: the person first named there.
 */
function personInNextBlock(names: readonly NamePhrase[], blockEnd: number, plain: string): NamePhrase | null {
  const nextEnd = plain.indexOf('\n', blockEnd + 1);
  for (let index = firstAfter(names, blockEnd); index < names.length; index += 1) {
    const name = names[index];
    if (nextEnd >= 0 && name.start > nextEnd) return null;
    // A person's name: a known given name, a title before it or an age after it ("Plumber Liam Kerr, 33,").
    const person =
      hasGivenName(name.text.split(/\s+/)[0]) || name.titles.length > 0 || /^,\s*\d{1,3},/.test(plain.slice(name.end));
    if (looksLikePersonName(name.text) && person) return name;
  }
  return null;
}

/** "… according to a children's charity. Brightstart said …": the body whose name opens the next sentence and speaks. */
const BODY_OPENS_NEXT = new RegExp(
  `^[\\s"“]*(?:The\\s+)?((?:\\p{Lu}[\\p{L}'’&-]*\\s+){0,4}?\\p{Lu}[\\p{L}'’&-]*)\\s+(?:has\\s+|also\\s+)?(?:${SPEECH_VERB})\\b`,
  'u',
);

function bodyOpeningNext(plain: string, from: number): { text: string } | null {
  const match = BODY_OPENS_NEXT.exec(plain.slice(from, from + 120));
  return match && !looksLikePersonName(match[1]) ? { text: match[1] } : null;
}
const LOOKAHEAD = 1500;

/**
 * "…, a Senate estimates hearing has heard.", "…, an inquiry heard." closing a lead: the evidence of the witness the
 * next paragraph names (a hearing is no speaker; not a court or jurors, whose copy names no one).
 */
const HEARING_HEARD =
  /,\s*(?:a|an|the)\s+[^,]{0,40}?\b(?:hearing|inquiry|committee|inquest|tribunal)\s+(?:has\s+|had\s+)?heard[.!]?["”]?\s*$/i;

/** ", Health for All," after a body: its name. */
const APPOSITIVE_NAME =
  /^,\s*(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*\p{Lu}[\p{L}'’&-]*)*)\s*[,.]/u;

/** Words that never say which body: "the new authority", "the whole council". */
const NOT_MODIFIERS = new Set(
  'and or of for to in on at by with that which who new same other whole entire this these those every each any some no our my your his her'.split(
    ' ',
  ),
);

/** Lower-case bodies with the words that say which ("the town's heritage trust", "the RMT union"). */
function bodiesIn(sentence: Sentence): { text: string; start: number }[] {
  const { tokens } = sentence;
  const bodies: { text: string; start: number }[] = [];
  tokens.forEach((head, index) => {
    // "the company's chief executive" is a person, not a body.
    if (!BODY_HEADS.has(head.text) || isPersonWord(head.text) || /^['’]/.test(tokens[index + 1]?.text ?? '')) return;
    let words = 0;
    for (let back = index - 1; back >= 0 && words <= 3; back -= 1) {
      const { text } = tokens[back];
      if (/^['’]s?$/.test(text)) continue;
      if (/^(?:the|a|an|its|their)$/i.test(text)) {
        if (words > 0)
          bodies.push({
            text: sentence.text.slice(tokens[back + 1].start - sentence.start, head.end - sentence.start),
            start: tokens[back + 1].start,
          });
        return;
      }
      // ("the RMT union", "the Kenyan health ministry": a name or an adjective of one says which body too.)
      if (!/^(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}-]*)$/u.test(text) || NOT_MODIFIERS.has(text)) return;
      words += 1;
    }
  });
  return bodies;
}

/**
 * The name a body described in lower case is given where it is introduced: after it ("a patients' charity, Health
 * for All, …", "the aid group Hope Across Borders") or before it ("Clean Marsh, a volunteer group, …").
 */
function nameOfBody(plain: string, body: { text: string; start: number }, names: readonly NamePhrase[]): string | null {
  const end = body.start + body.text.length;
  const appositive = APPOSITIVE_NAME.exec(plain.slice(end, end + 80));
  if (appositive) return appositive[1];
  // ("the company chairman Ian Ross" never gets here: a body's name follows its head directly, with no title.)
  const isBodyName = (name: NamePhrase) => name.titles.length === 0;
  const after = names.find((name) => name.start > end && /^\s+$/.test(plain.slice(end, name.start)));
  if (after && isBodyName(after)) return after.text;
  const before = names.find((name) => /^,\s*(?:a|an|the)\s+$/i.test(plain.slice(name.end, body.start)));
  return before && isBodyName(before) ? before.text : null;
}

/**
 * "the regulator, Workplace Health Queensland,", "the coroner, Miriam Kessel,": a bare role or body word with the
 * name in apposition — what a later "the regulator" or "the coroner" means.
 */
function noteRoleBefore(plain: string, name: NamePhrase, memory: SpeakerMemory): void {
  const from = Math.max(0, name.start - 60);
  const role =
    /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}+)),\s*(?:\p{Lu}[\p{L}-]*-(?:based|listed|owned)\s+)?$/u.exec(
      plain.slice(from, name.start),
    );
  if (!role || !/^,/.test(plain.slice(name.end, name.end + 1))) return;
  const [, description, word] = role;
  // ("the national road transport federation, TransLor,": a body's description may run to a few words.)
  // ("The largest vendor, SentryLine Systems,": a word for no person, before a name that is no person's, is a body's.)
  const body = BODY_HEADS.has(word) || (description !== word && !hasGivenName(name.text));
  if (body && !isPersonWord(word)) {
    // Noted as written just before the description, so that this sentence's own "according to the …" means the name.
    memory.noteBody(description, from + role.index - 1);
    memory.noteAlias(description, { name: name.text, kind: 'organization' });
    return;
  }
  // A person's role is one word ("the coroner, Miriam Kessel,").
  if (description === word && isPersonWord(word) && looksLikePersonName(name.text))
    memory.noteName(name.text, [word], name.start);
}

/** A text block's dateline: the place it names, and the country after it ("ISOLA BRAVA, Marenza (EPN) —"). */
function noteDateline(paragraph: string, memory: SpeakerMemory): void {
  const place = datelinePlace(paragraph);
  if (place) memory.noteDatelinePlace(place);
  const country = datelineCountry(paragraph);
  if (country) memory.noteDatelineCountry(country);
}

/** "Sheila Wootton" -> "Wootton": the surname of a person's name that opens with a known given name. */
function surnameOf(name: NamePhrase): string | null {
  const words = name.text.split(/\s+/);
  return words.length === 2 && hasGivenName(words[0]) && /^\p{Lu}/u.test(words[1]) ? words[1] : null;
}

/** "Financial Supervisory Authority (FSA)", "Water Services Regulation Office (Wasro)": the short form a name is given. */
function shortNameAfter(plain: string, name: NamePhrase): string | null {
  const match = /^\s*\((\p{Lu}[\p{L}&]{1,9})\)/u.exec(plain.slice(name.end, name.end + 16));
  return match && match[1][0] === name.text[0] && name.text.includes(' ') ? match[1] : null;
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
function rolesOf(plain: string): {
  isText: (block: number) => boolean;
  namesSpeakers: (block: number) => boolean;
  isStandfirst: (block: number) => boolean;
} {
  const roles = blockRoles(plain.split('\n'));
  return {
    isText: (block) => roles[block] === 'text',
    isStandfirst: (block) => roles[block] === 'standfirst',
    namesSpeakers: (block) => !['headline', 'byline', 'timestamp', 'link', 'boilerplate'].includes(roles[block]),
  };
}

/** A claim span before scoring: what the finder found and the features it carries. */
export interface ClaimCandidate extends Omit<ClaimSuggestion, 'score' | 'reasons'> {
  features: Set<Feature>;
}

/** Every claim span of the article text with its features, duplicates once (scored by findClaims). */
export function claimCandidates(original: string): ClaimCandidate[] {
  const plainText = withDoubleQuotes(original);
  const sentences = sentencesOf(plainText);
  const { contexts, byQuotation } = blockContexts(plainText, sentences);
  const { isText, namesSpeakers, isStandfirst } = rolesOf(plainText);
  const memory = new SpeakerMemory();
  const interview = new Interview();
  const allNames = [...contexts.values()].flatMap((context) => context.names);
  /** Each claim's key, with where its candidate is and whether it stood alone as its paragraph (a pull quote). */
  const seen = new Map<string, { index: number; alone: boolean }>();
  const pulled = new Set<number>();
  const candidates: ClaimCandidate[] = [];
  let firstTextBlock = -1;
  for (const sentence of sentences) {
    const context = contexts.get(sentence.block)!;
    const opensBlock = sentence.start === sentence.blockStart;
    if (opensBlock)
      context.answerBy = interview.answerBy(plainText.slice(sentence.blockStart, sentence.blockEnd), memory);
    const label = opensBlock && context.answerBy ? (ANSWER.exec(sentence.text)?.[0].length ?? 0) : 0;
    const start = opensBlock ? sentence.start + Math.max(label, datelineLength(sentence.text)) : sentence.start;
    const names = context.names.filter((name) => name.start >= sentence.start && name.end <= sentence.end);
    memory.startSentence(start);
    if (opensBlock && isText(sentence.block)) noteDateline(sentence.text, memory);
    memory.notePlaces(sentence.text);
    if (namesSpeakers(sentence.block)) {
      names.forEach((name, index) => {
        if (name.start < start) return;
        // A standfirst uses a body's short name before the text gives it in full ("Regulator clears Altrion's …"):
        // who it names counts, but not as written before the full name.
        memory.noteName(name.text, name.titles, isStandfirst(sentence.block) ? undefined : name.start);
        // "Larchfield Healthcare, which still runs them": "which" is said of a body, never of a person.
        if (/^,\s*which\b/.test(plainText.slice(name.end, name.end + 10))) memory.noteBodyName(name.text, name.start);
        noteRoleBefore(plainText, name, memory);
        const short = shortNameAfter(plainText, name);
        if (short) memory.noteShortName(short, name.text);
        const age = /^,\s*(\d{1,3}),/.exec(plainText.slice(name.end, name.end + 8))?.[1];
        if (age) memory.noteAge(name.text, Number(age));
        // "Prairie Gold Farms and Heston Poultry": two bodies named together, what "both companies" later means.
        const next = names[index + 1];
        const between = next ? plainText.slice(name.end, next.start) : '';
        if (/^,?\s+and\s+$/.test(between)) memory.noteBodiesTogether(name.text, next.text, name.start);
        // "Brian and Sheila Wootton": the couple's surname is his too, so a later "Brian" is Brian Wootton.
        const sharedSurname = /^\s+and\s+$/.test(between) ? surnameOf(next) : null;
        if (sharedSurname && /^\p{Lu}\p{Ll}+$/u.test(name.text) && hasGivenName(name.text))
          memory.noteName(`${name.text} ${sharedSurname}`, [], name.start);
      });
      for (const body of bodiesIn(sentence)) {
        memory.noteBody(body.text, body.start);
        const named = nameOfBody(plainText, body, names);
        if (named) memory.noteAlias(body.text, { name: named, kind: 'organization' });
      }
    }
    if (!isText(sentence.block)) continue;
    const attribution = attribute(sentence, start, context, (quotation) => byQuotation.get(quotation)!, memory);
    const subject = subjectOf(sentence, start, context, memory);
    if (subject) memory.noteSalient(subject);
    if (firstTextBlock < 0) firstTextBlock = sentence.block;
    const leadPerson =
      sentence.block === firstTextBlock &&
      ((attribution.reported && (attribution.unnamedPerson || !!attribution.speaker?.unnamed)) ||
        (!attribution.speaker && HEARING_HEARD.test(sentence.text)))
        ? personInNextBlock(allNames, sentence.blockEnd, plainText)
        : null;
    const ahead = leadPerson
      ? leadPerson
      : attribution.speaker?.pointsAhead
        ? nameAhead(allNames, sentence.end, attribution.speaker, plainText)
        : null;
    const speaker = leadPerson
      ? { name: leadPerson.text, kind: 'person' as const }
      : ahead && attribution.speaker
        ? { name: ahead.text, kind: attribution.speaker.kind }
        : attribution.speaker;
    if (ahead && attribution.speaker) memory.noteAlias(attribution.speaker.name, speaker!);
    if (speaker) {
      memory.noteSalient(speaker);
      memory.noteDocumentMade(sentence.text, speaker);
    }
    const { start: claimStart, end } = attribution.claim;
    const span = {
      text: plainText.slice(claimStart, end),
      tokens: sentence.tokens.filter((token) => token.start >= claimStart && token.end <= end),
      entities: sentence.entities.filter((entity) => entity.start >= claimStart && entity.end <= end),
      names: names.filter((name) => name.start >= claimStart && name.end <= end),
    };
    const key = suggestionKey(span);
    if (end <= claimStart) continue;
    const alone = wordCount(plainText.slice(sentence.blockStart, sentence.blockEnd)) === wordCount(span.text);
    const earlier = seen.get(key);
    // A pull quote or a caption repeating the body before it: the body's sentence, with its frame, is the claim.
    if (earlier && !(earlier.alone && !alone)) continue;
    if (earlier) pulled.add(earlier.index);
    seen.set(key, { index: candidates.length, alone });
    candidates.push({
      text: original.slice(claimStart, end),
      start: claimStart,
      end,
      features: featuresOf(span, sentence, attribution, false),
      attributed: speaker !== null,
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
    });
  }
  return candidates
    .filter((_, index) => !pulled.has(index))
    .map((candidate) =>
      candidate.speaker
        ? { ...candidate, speakerKind: memory.finalKind(candidate.speaker, candidate.speakerKind!) }
        : candidate,
    );
}

export function scoredSuggestions(candidates: readonly ClaimCandidate[], minScore: number): ClaimSuggestion[] {
  return candidates.flatMap(({ features, ...candidate }) => {
    const value = scoreOf(candidate.text, features);
    return value < minScore
      ? []
      : [{ ...candidate, score: Math.round(value * 1000) / 1000, reasons: reasonsFor(features) }];
  });
}

export function findClaims(plainText: string, options: FindClaimsOptions = {}): ClaimSuggestion[] {
  return scoredSuggestions(claimCandidates(plainText), options.minScore ?? DEFAULT_MIN_SCORE);
}
