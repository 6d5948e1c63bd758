import type { Sentence, Token } from './nlp';
import {
  DOCUMENTS as DOCUMENT_HEADS,
  isPersonWord,
  opensAdverbially,
  opensWithParticiple,
  WHEN_OPENING,
} from './speaker-words';
import { phraseWordCount } from './phrase-length';
import { GIVEN_NAME_ONLY } from './speaker-phrase';
import {
  demandsOfSomeone,
  isActVerb,
  isLeadingOnly,
  isOrder,
  isRequest,
  isTrailingOnly,
  needsFigure,
  needsQuotedObject,
  needsThatOrQuote,
  SPEECH_VERB,
  speaksAsParticiple,
} from './speech-verbs';
import { wordCount } from '../util/word-count';

/**
 * Reported-speech frames of one sentence, read from its text with quoted words
 * masked (so a verb inside a quotation frames nothing):
 *   leading    "Council leader Edwin Farrow said (that) CLAIM."  "According to X, CLAIM."
 *              "Veltria has warned Kosmar that ..." (an act verb: the sentence is the claim)
 *   trailing   "CLAIM, he told reporters."  "CLAIM, said Renner."  "CLAIM, according to X."
 * A frame gives the character range of its subject (who spoke) and of the claim.
 */

export interface Range {
  start: number;
  end: number;
}

export interface SpeechFrame {
  subject: Range;
  claim: Range;
  /** Framed by an act verb (warned, accused, ruled...): the speech act is the news. */
  act?: boolean;
  /** A reaction to what came before ("rejected the threat") or an appeal ("urged caution"): said, but nothing checkable. */
  weak?: boolean;
  /** A request ("is asking a judge to …"): its asker's, whatever document reports it. */
  request?: boolean;
}

const AUXILIARIES =
  '(?:(?:has|have|had|did|does|do|not|never|also|later|earlier|then|again|long|already|often|since|repeatedly|publicly|privately|openly|strongly|firmly|flatly|previously|recently|reportedly|allegedly|separately|subsequently|initially|swiftly|quickly|angrily|vehemently|categorically|formally|officially|on\\s+\\p{L}+day|late\\s+on\\s+\\p{L}+day)\\s+)*';
/** "has not commented", "did not say", "has never said": nothing was said. */
const NEGATED = /\b(?:not|never)\s/i;
const LEADING_VERB = new RegExp(`(?<=\\s)${AUXILIARIES}(${SPEECH_VERB})\\b`, 'giu');
const ACCORDING_LEADING = /^according\s+to\s+([^,]{2,120}),\s*/i;
const ACCORDING_BEFORE_CLAUSE = /,\s*according\s+to\s+([^,]{2,80}),\s+(?:but|and|while|although|though|whereas)\s/i;
const ACCORDING_TRAILING = /,\s*(?:["”]\s*)?according\s+to\s+([^,]{2,120}(?:,\s*[^,]{2,60})?)$/i;
/**
 * Verbs that may come before their subject after the claim: "..., said Renner." Not "told": "…, his wife, Hana Ruiz,
 * told Radio Merel" — who is told is the audience, never the speaker.
 */
const INVERTED_VERB =
  'said|says|added|adds|wrote|writes|explained|noted|insisted|stated|claimed|argued|warned|asked|continued';
const VERB_THEN_SUBJECT = new RegExp(`,\\s*["”]?\\s*(?:${INVERTED_VERB})\\s+(.{2,200})$`, 'iu');
/**
 * "the state's …": right after a determiner a speech verb's form is a noun ("state", "report"). (Not `\b`, which
 * takes "Fhaoláin" for "Fhaol á in": a boundary by letters of any script.)
 */
export const NOT_AFTER_DETERMINER = '(?<!(?<!\\p{L})(?:the|a|an|its|their|his|her|our|my|your)\\s+)';
const SUBJECT_THEN_VERB = new RegExp(
  `,\\s*["”]?\\s*([^,"“”]{1,80}?)\\s+${NOT_AFTER_DETERMINER}${AUXILIARIES}(${SPEECH_VERB})\\b([^,]{0,60})$`,
  'iu',
);
/** A trailing subject with its appositive: "..., the refinery's operator, Petrovar, said in a statement." */
const APPOSITIVE_THEN_VERB = new RegExp(
  `,\\s*([^,"“”]{1,60},\\s*[^,"“”]{1,60}),?\\s+${NOT_AFTER_DETERMINER}${AUXILIARIES}(${SPEECH_VERB})\\b([^,]{0,60})$`,
  'iu',
);
/** Objects of "told" that sit between the verb and the claim. */
const AUDIENCE =
  /^\s*(?:reporters|journalists|analysts|investors|supporters|parliament|lawmakers|mps|police|detectives|investigators|officers|friends|us|me|him|her|them|(?:jurors|councillors|shareholders|parents|staff|members|delegates|senators|listeners|viewers|colleagues|residents|students|workers|officials)(?=\s)|(?:the|a)\s+(?:court|judge|magistrates|hearing|committee|tribunal|jury|inquiry|panel|meeting|news conference|press conference|conference)\b(?:\s+(?:on|in|at)\s+[\p{L}\d]+)?|the(?:\s+\p{Lu}[\p{L}\d’']*){1,4}(?:\s+(?:newspaper|paper|magazine|website|channel|station|programme|program|show|agency|podcast))?(?=\s)|(?:the|a|an)\s+[\p{L}\s]{1,40}?(?=\s+(?:that|on|in|at)\b)|(?:\p{Lu}[\p{L}\d]*\s*){1,4}(?:\d{1,3}\s+(?=(?:the|a|an|his|her|their|its|it|he|she|they|we|that|this)\b))?(?:(?:newspaper|paper|magazine|website|channel|station|programme|program|show|podcast)\b)?)\s*/u;

/** The sentence's text with quoted words replaced by "x" (lengths kept, so offsets hold). */
export function maskQuotes(text: string, offset: number, quotations: readonly Range[]): string {
  let masked = text;
  for (const quotation of quotations) {
    const start = Math.max(0, quotation.start - offset);
    // The comma before a closing mark belongs to the frame: '"... Three times," said Marta Novak'.
    const end =
      Math.min(text.length, quotation.end - offset) - (/[,.!?]/.test(text[quotation.end - offset - 1] ?? '') ? 1 : 0);
    if (end > start) masked = masked.slice(0, start) + masked.slice(start, end).replace(/\S/g, 'x') + masked.slice(end);
  }
  return masked;
}

function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens.find((token) => token.start === offset);
}

/** "chief operating officer", "managing director", "acting head": a participle that is part of a job's name. */
export const namesAJob = (tokens: readonly Token[], index: number) =>
  /\p{L}ing$/u.test(tokens[index].text) && !!tokens[index + 1] && isPersonWord(tokens[index + 1].text);

/** "Its managing director", "the retired engineer": a participle between a determiner and a noun describes the noun. */
function isAttributive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (namesAJob(tokens, index)) return true;
  // "A union representing refinery workers": a participle after the noun it describes.
  if (
    /\p{L}ing$/u.test(tokens[index].text) &&
    (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
    // "People living under the flight path say": the noun may open the subject itself.
    (/^(?:the|a|an)$/i.test(tokens[0].text) || index === 1)
  )
    return true;
  // "The London-based firm", "a state-owned lender": the end of a hyphenated word before a noun describes it.
  if (/^[-‐]$/.test(previous.text) && previous.end === tokens[index].start && !!next && next.pos !== 'VERB')
    return true;
  // "Ostmark's lead negotiator": after a possessive, a word before a noun describes it, whatever the tagger read.
  if (/^['’]s$/.test(previous.text) && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
  return (
    /\p{L}(?:ing|ed)$/u.test(tokens[index].text) &&
    /^(?:the|a|an|its|his|her|their|our|my|your|['’]s)$/i.test(previous.text) &&
    !!next &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  );
}

/** True when the subject holds no verb outside comma-enclosed asides ("X, the firm based in Y, said"). */
function isPlainSubject(tokens: readonly Token[], start: number, end: number): boolean {
  let insideAside = false;
  const own = tokens.filter((token) => token.start >= start && token.end <= end);
  if (own.length === 0 || own.length > 30) return false;
  for (let index = 0; index < own.length; index += 1) {
    const token = own[index];
    if (token.text === ',') insideAside = !insideAside;
    // "guests who arrived last Friday claimed": after a noun, "who" opens a relative clause that is part of the subject.
    else if (!insideAside && index > 1 && /^who$/i.test(token.text) && own[index - 1].pos === 'NOUN') return true;
    // The first word is skipped: the tagger reads some capitalised openers as verbs ("Lead researcher ...").
    // A capitalised "verb" is a name the tagger misread ("Rob Delgado").
    else if (
      index > 0 &&
      !insideAside &&
      (token.pos === 'VERB' || token.pos === 'AUX') &&
      !/^(?:has|have|had)$/i.test(token.text) &&
      !/^\p{Lu}/u.test(token.text) &&
      !isAttributive(own, index)
    )
      return false;
  }
  return /[\p{L}]/u.test(own.map((token) => token.text).join(' '));
}

/** "The emails ... show that technicians reported": the verb belongs to a clause that is itself reported. */
const inReportedClause = (subject: string) => /\bthat\b/i.test(subject.replace(/,[^,]*,/g, ' '));

/** "Her account is backed by former colleagues, who said ...": the people the relative clause is about. */
function antecedentOfWho(masked: string, offset: number, verbAt: number): Range | null {
  if (!/\bwho\s*$/i.test(masked.slice(Math.max(0, verbAt - 6), verbAt))) return null;
  // Not "Finance Minister Tomas Brenner, who has called for ..., said": an aside about the subject, not what is reported.
  const match = /.*\s(?:by|from|to|with|among|including)\s([^,]{2,60}?),?\s+who\s*$/i.exec(masked.slice(0, verbAt));
  if (!match || wordCount(match[1]) > 6) return null;
  const start = match.index + match[0].lastIndexOf(match[1]);
  return { start: offset + start, end: offset + start + match[1].length };
}

/** The sentence's own subject, before its first verb ("Marvia on Wednesday ordered ..., accusing them"). */
function sentenceSubject(tokens: readonly Token[], offset: number, before: number): Range | null {
  const verb = tokens.find(
    (token, index) =>
      index > 0 &&
      token.start >= offset &&
      token.start < offset + before &&
      (token.pos === 'VERB' || token.pos === 'AUX') &&
      !/^\p{Lu}/u.test(token.text),
  );
  if (!verb) return null;
  const end = verb.start;
  return isPlainSubject(tokens, offset, end) ? { start: offset, end } : null;
}

/** "the accusation", "these allegations", "the report's claims": what a denial answers (the denial is the claim). */
const DENIED_OBJECT =
  /^\s*(?:the|these|those|that|this|such|all|all\s+the)\s+(?:\p{L}+['’]s\s+)?(?:accusations?|allegations?|claims?|charges?)\s*$/iu;

/** " has not ", " did not ", " never ", " hasn't ": a negation right before a speech verb (not "not only"). */
const NEGATED_BEFORE =
  /\s*\b(?:(?:has|have|had|did|does|do|is|are|was|were|would|will|could|can)(?:\s+not|n['’]t)|never|not)\s+(?:(?!only\b)\p{L}+ly\s+)?$/iu;

/** "In comments on Sunday,", "Giving evidence on Tuesday,": an opening that is not who (a participle's, once its comma ends it). */
const isAdverbialOpening = (text: string) =>
  opensAdverbially(text) && (text.includes(',') || !opensWithParticiple(text));

/** The subject before a verb: the whole opening, or what follows its last comma ("In comments on Sunday, Daran said"). */
function subjectBefore(masked: string, tokens: readonly Token[], offset: number, verbAt: number): Range | null {
  const who = antecedentOfWho(masked, offset, verbAt);
  if (who) return who;
  if (/(?:^|[\s,])(?:which|who|that|whom|whose)\s*$/i.test(masked.slice(0, verbAt))) return null;
  let start = 0;
  const end = verbAt;
  const opening = masked.slice(0, end);
  // "The island's mayor, Joan Pettit, welcomed the fine but said": the subject of the first verb, whatever the
  // first verb's object quoted ('described the rise as "a kick in the teeth" and said').
  if (/\s(?:but|and)\s+$/i.test(opening)) return sentenceSubject(tokens, offset, end);
  if (/x{2,}/.test(opening)) return null;
  if (
    isPlainSubject(tokens, offset + start, offset + end) &&
    !isAdverbialOpening(opening) &&
    !inReportedClause(opening)
  ) {
    return { start: offset, end: offset + end };
  }
  // "On Monday she said", "Earlier this week Carrow told": when, without a comma, before who.
  const lead = /^(?:earlier|later)\s+/i.exec(opening)?.[0].length ?? 0;
  const when = WHEN_OPENING.exec(opening.slice(lead));
  const at = when ? lead + when[0].length : 0;
  if (when && isPlainSubject(tokens, offset + at, offset + end)) return { start: offset + at, end: offset + end };
  const comma = opening.lastIndexOf(',');
  if (comma < 0) return null;
  start = comma + 1;
  // "Bellini, 52, who fronts a cookery show, slammed": the name before the asides.
  if (wordCount(opening.slice(start)) === 0) {
    // "Her brother, Martin Ode, who runs Ode Rail, told": the subject with its appositive, before the relative clause.
    const relative = /,\s*(?:who|which)\b[^,]*,\s*$/i.exec(opening);
    if (relative && relative.index > 0 && isPlainSubject(tokens, offset, offset + relative.index))
      return { start: offset, end: offset + relative.index };
    const first = opening.indexOf(',');
    // "In a statement, the school's headteacher, Mark Ellis, said": the subject after the adverbial, with its appositive.
    if (first > 0 && isAdverbialOpening(opening)) {
      const rest = first + 1 + /^\s*/.exec(opening.slice(first + 1))![0].length;
      const end = opening.replace(/[\s,]+$/, '').length;
      return end > rest && isPlainSubject(tokens, offset + rest, offset + end)
        ? { start: offset + rest, end: offset + end }
        : null;
    }
    if (first > 0 && isPlainSubject(tokens, offset, offset + first)) return { start: offset, end: offset + first };
    return coordinatedSubject(opening, tokens, offset);
  }
  if (wordCount(opening.slice(start)) > 8 || inReportedClause(opening.slice(start))) return null;
  // "…, two days after a newspaper reported": a clause of time or cause, not who spoke.
  if (/\b(?:after|before|when|while|since|until|because|although|though|once|if)\b/i.test(opening.slice(start)))
    return null;
  return isPlainSubject(tokens, offset + start, offset + end) ? { start: offset + start, end: offset + end } : null;
}

/**
 * "It has been shut since May 7, and its operator, Nordgas Transit, estimated …": the subject of a clause joined by
 * "and" or "but", with its appositive, after a clause of its own.
 */
function coordinatedSubject(opening: string, tokens: readonly Token[], offset: number): Range | null {
  const joins = [...opening.matchAll(/,\s+(?:and|but)\s+/gi)];
  const join = joins[joins.length - 1];
  if (!join) return null;
  const start = join.index + join[0].length;
  const end = opening.replace(/[\s,]+$/, '').length;
  // A noun phrase opens it ("its operator", "Nordgas"), not a verb that shares the first clause's subject ("but allows …").
  if (!/^(?:(?:the|a|an|its|his|her|their)\s|\p{Lu})/u.test(opening.slice(start))) return null;
  return end > start &&
    wordCount(opening.slice(start, end)) <= 10 &&
    isPlainSubject(tokens, offset + start, offset + end)
    ? { start: offset + start, end: offset + end }
    : null;
}

/**
 * "Pell admitted 14 counts of fraud": a guilty plea, a plain fact and nobody's claim. ("Pellow denies 11 counts of
 * fraud" is the defendant's denial: the guide's batch 11 addition.)
 */
const isPlea = (verb: string, rest: string) =>
  /^(?:admit|admits|admitted)$/i.test(verb) &&
  (/^\s+(?:to\s+)?(?:\S+\s+){0,2}?(?:counts?|charges?|offen[cs]es?)\b/i.test(rest) ||
    // "admitted causing death by dangerous driving", "admitted manslaughter": an offence, pleaded to.
    /^\s+(?:\p{Ll}+ing|manslaughter|murder|theft|fraud|burglary|robbery|assault|arson|affray|possession)\b/iu.test(
      rest,
    ));

/**
 * "claimed £13,860 in rent", "claimed almost £14,000 in expenses", "claimed 11 lives": money or lives claimed, not a
 * claim made.
 */
const claimsSomething = (verb: string, rest: string) =>
  /^claim(?:s|ed)?$/i.test(verb) &&
  /^\s+(?:(?:almost|nearly|about|around|over|more\s+than|up\s+to|at\s+least|another|a\s+further)\s+)?(?:[£$€]|\d|(?:his|her|their|its)\s+(?:expenses|allowances?|benefits?)\b|(?:expenses|benefits|allowances)\b)/i.test(
    rest,
  );

/** Where the reported clause starts after a content verb: past "that", an audience ("told reporters"), a colon. */
function clauseStartAfter(
  masked: string,
  verbEnd: number,
  verb: string,
  holdsVerb: (from: number, to: number) => boolean,
): number {
  const rest = masked.slice(verbEnd);
  // ("added, in a statement late on Friday, that …": the aside may open with its comma.)
  const that = /^,?((?:\s+\S+){0,12}?)\s+that\s+/i.exec(rest);
  // "told reporters on Monday that ...", not "said the government had known for months that ...": nothing said before it.
  // ("said in an emailed statement that …", "in a statement posted online that …": how it was said, verbs and all.)
  const medium = !!that && /^\s+(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s/i.test(that[1]);
  if (that && !/[.;:]/.test(that[1]) && (medium || !holdsVerb(verbEnd, verbEnd + that[1].length)))
    return verbEnd + that[0].length;
  // "said in a statement carried by the official news agency that …": where the words were carried is no claim.
  const carried =
    /^(\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:joint\s+)?(?:statement|letter|interview|post|message|speech|briefing)\s+(?:carried|published|issued|released|posted|broadcast|read\s+out|sent)\s+(?:by|on|in|to)\s+[^.;:,"“”]{1,60}?)\s+that\s+/i.exec(
      rest,
    );
  if (carried) return verbEnd + carried[0].length;
  let skip = /^\s*:?\s*/.exec(rest)![0].length;
  // "told reporters the mission had …": the audience is part of the verb already.
  if (/^(?:tell|tells|told)$/i.test(verb)) {
    const audience = AUDIENCE.exec(rest.slice(skip));
    // ("told the Western Herald that …": the "that" after the audience opens the claim too.)
    if (audience)
      skip += audience[0].length + (/^that\s+/i.exec(rest.slice(skip + audience[0].length))?.[0].length ?? 0);
  }
  // "said Tuesday it would …", "said on Monday the …": when it was said is no part of the claim.
  skip += WHEN_SAID.exec(rest.slice(skip))?.[0].length ?? 0;
  return verbEnd + skip;
}

/** A verb the tagger read as a noun, with a clause after it: "Tourism operators estimate they lost ...". */
const clauseFollows = (rest: string) => /^\s+(?:that|they|he|she|it|we)\b/i.test(rest);

/**
 * A court "ruled that …", "ruled in 2023 that …", "ruled in favour", "ruled against"; a president "has ruled Drevia
 * since 2010" says nothing.
 */
const rulesOn = (rest: string) =>
  /^\s+(?:(?:in|on|last|this|earlier)\s+[\p{L}\d]+\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:that|in\s+favou?r|against|on|out)\b/iu.test(
    rest,
  );

/** A weekday right after a speech verb, US style ("said Tuesday"), before the claim's own subject. */
const WHEN_SAID =
  /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=(?:that\s+)?(?:the|a|an|it|he|she|they|we|its|his|her|their|there|this|\p{Lu}|\d))(?:that\s+)?/iu;

/** "the six experts, who are appointed by the council, said": the subject without its non-restrictive relative clauses. */
const withoutRelativeAsides = (text: string) => text.replace(/,\s*(?:who|which)\b[^,]*,/gi, ',');

/** Whether the words after a content verb hold a clause (a verb, or a quotation): "reported a deficit of £14m" holds none. */
function holdsClause(
  sentence: Sentence,
  masked: string,
  offset: number,
  from: number,
  to: number,
  /** "in a statement carried by the news agency": a participle with its agent holds no clause. */
  agentless = false,
): boolean {
  if (/x{2,}/.test(masked.slice(from - offset, to - offset))) return true;
  const { tokens } = sentence;
  return tokens.some(
    (token, index) =>
      token.start >= from &&
      token.end <= to &&
      (token.pos === 'VERB' || token.pos === 'AUX') &&
      !(agentless && /\p{L}ed$/u.test(token.text) && /^by$/i.test(tokens[index + 1]?.text ?? '')),
  );
}

function leading(sentence: Sentence, masked: string, offset: number, end: number): SpeechFrame | null {
  const according = ACCORDING_LEADING.exec(masked);
  if (according)
    return {
      subject: { start: offset + 13, end: offset + 13 + according[1].length },
      claim: { start: offset + according[0].length, end },
    };
  LEADING_VERB.lastIndex = 0;
  for (const match of masked.matchAll(LEADING_VERB)) {
    const verb = match[1];
    const verbAt = match.index + match[0].length - verb.length;
    const rest = masked.slice(verbAt + verb.length);
    // (An aside about the subject — ", who are appointed by …," — does not make the opening long.)
    const opening = masked.slice(0, match.index);
    // ("X on Thursday ordered an inquiry …, and announced …": a second verb of the sentence's subject, however far.)
    const long = wordCount(withoutRelativeAsides(opening)) > 25 && !/,\s+and\s+$/i.test(opening);
    // ("Magistrate Helen Ashdown found the company had failed …", "An inquest jury has found that …": a ruling.)
    const ruling = findsAsRuling(verb, opening);
    // ("The Free State High Court has ordered the municipality to …": an order is a ruling; "Lund ordered a coffee" no.)
    if (isOrder(verb) && !RULING_SUBJECT.test(opening)) continue;
    if ((isTrailingOnly(verb) && !ruling) || long) continue;
    // "according to state records", "in state media": right after a preposition the word is no verb.
    // "a motion to dismiss the lawsuit", "plans to announce": an infinitive reports nothing.
    if (/(?<!\p{L})(?:according\s+to|of|in|on|at|by|for|from|with|into|under|over|about|to)\s+$/iu.test(opening))
      continue;
    // "The charity is calling on ministers ...": the progressive; its subject is before the auxiliary.
    const progressive = /^\p{L}+ing\b/iu.test(verb)
      ? /(?<!\p{L})(?:is|are|was|were|has\s+been|have\s+been)\s+$/iu.exec(opening)
      : null;
    // "Brandt has not said whether …", "She never said how …": speech denied reports nothing; its subject is still who.
    // (The negation may sit before the verb phrase, "Ola Berg never has said", or inside it, "has never said".)
    const deniedAt =
      NEGATED_BEFORE.exec(opening)?.index ??
      (NEGATED.test(match[0].slice(0, match[0].length - verb.length)) ? match.index : undefined);
    if (deniedAt !== undefined) {
      const subject = subjectBefore(masked, sentence.tokens, offset, deniedAt);
      if (!subject) continue;
      return { subject, claim: { start: offset, end: offset } };
    }
    // "Hollin University was warned ...": the subject was spoken to, not the speaker.
    if (!progressive && /(?<!\p{L})(?:was|were|been|being|is|are|be|get|got)\s+$/iu.test(opening)) continue;
    // "along their disputed border", "the alleged leader": a participle used as an adjective.
    if (/(?<!\p{L})(?:the|a|an|their|its|his|her|our|my|your)\s+$/iu.test(opening)) continue;
    if (needsQuotedObject(verb) && !/["“]/.test(rest)) continue;
    if ((needsFigure(verb) && !/\d/.test(rest)) || !demandsOfSomeone(verb, rest) || isPlea(verb, rest)) continue;
    if (claimsSomething(verb, rest)) continue;
    // "posted on social media that ...": only with what was posted; "posted a video" reports nothing.
    if (needsThatOrQuote(verb) && !/^[^"“]{0,40}?\bthat\b|^[^"“]{0,40}[:,]\s*["“]/i.test(rest)) continue;
    // "The road, promised by ministers since 2015, is …": a participle with its agent frames nothing.
    // (Not "X was quoted as saying by the Interfax news agency that …": who carried the words.)
    // (Not "said by telephone that …": how it was said.)
    if (
      /^\s+by\b(?!\s+(?:telephone|phone|email|text|video\s+link|letter)\b)/i.test(rest) &&
      !/\bquoted\s+as\s*$/i.test(opening)
    )
      continue;
    // A court "ruled that ..." or "ruled in favour"; a president "has ruled Drevia since 2010" says nothing.
    if (/^rul/i.test(verb) && !rulesOn(rest)) continue;
    const token = tokenAt(sentence.tokens, offset + verbAt);
    const beforeThat = /^\s+that\b/i.test(rest);
    // "Insiders claim bosses have …": a present verb after a plural subject, read by the tagger as a noun.
    const afterPlural =
      /^(?:say|claim|claims|estimate|argue|insist|warn|allege)$/i.test(verb) &&
      /\p{L}s\s+$/u.test(opening) &&
      !/\b(?:the|a|an|its|their|his|her|our)\s+\S+\s+$/i.test(opening);
    // "Citizens Utility Watch, a consumer group, estimates the surcharge …": a present verb after an appositive.
    const afterAppositive = /s$/i.test(verb) && /^[^,]+,[^,]+,\s*$/.test(opening);
    // "Critics have long accused …": after "have", a participle whatever the tagger says.
    const perfect = /^(?:has|have|had)\b/i.test(match[0]);
    // "Dan Pike branded the bosses …": a past form right after a name, whatever the tagger says.
    const afterName =
      /ed$/i.test(verb) && sentence.tokens.some((other) => other.end === offset + verbAt - 1 && other.pos === 'PROPN');
    if (
      token &&
      token.pos !== 'VERB' &&
      token.pos !== 'AUX' &&
      !beforeThat &&
      !perfect &&
      !afterName &&
      !(token.pos === 'NOUN' && (clauseFollows(rest) || afterPlural || afterAppositive))
    )
      continue;
    // "The ministry issued a statement, saying ...": the sentence's own subject speaks.
    // (Not act verbs: "The United States imposed sanctions ..., accusing them of ..." is a plain statement.)
    // "Marek was quoted by state media as saying that ...": the subject of the sentence.
    const participle = /ing$/i.test(verb) && /(?:,|\bas)\s*$/.test(masked.slice(0, match.index));
    if (participle && isActVerb(verb) && !speaksAsParticiple(verb)) continue;
    const subjectEnd = progressive ? progressive.index : match.index;
    // "The agency quoted an unnamed security official as saying …": the one quoted speaks.
    // ("X was quoted by state media as saying" keeps its subject.)
    const quotedAs = participle
      ? /(?<!\b(?:was|were|is|are|been|being)\s+)\bquoted\s+(?!by\b|in\b)((?:(?!\bas\b)[^,;])+?)\s+as\s*$/i.exec(
          opening,
        )
      : null;
    const subject = quotedAs
      ? {
          start: offset + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]),
          end: offset + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]) + quotedAs[1].length,
        }
      : participle
        ? sentenceSubject(sentence.tokens, offset, match.index)
        : subjectBefore(masked, sentence.tokens, offset, subjectEnd);
    if (!subject || relativeWithoutThat(masked.slice(subject.start - offset, subject.end - offset), rest)) continue;
    // "Small firms were closing ..., he told parliament on Wednesday, and ...": a frame after a clause of its own.
    const before = masked.slice(0, subject.start - offset);
    if (
      /,\s*$/.test(before) &&
      // ("Under questioning from Senator Mia Tawhiri, he conceded …": an adverbial opening, not a clause reported.)
      !opensAdverbially(before) &&
      holdsClause(sentence, masked, offset, offset, subject.start) &&
      wordCount(before) >= 3
    ) {
      return { subject, claim: { start: offset, end: offset + before.replace(/[\s,]+$/, '').length } };
    }
    const claimStart =
      offset +
      clauseStartAfter(masked, verbAt + verb.length, verb, (from, to) =>
        holdsClause(sentence, masked, offset, offset + from, offset + to, true),
      );
    const clauseWords = wordCount(masked.slice(claimStart - offset, end - offset));
    // "…, blasted the accusations": a denial of what was alleged is the claim, whatever the verb.
    const object = masked.slice(verbAt + verb.length, end - offset);
    const denial = DENIED_OBJECT.test(object);
    // "No one was hurt, it said": a content verb with nothing said after it ends a trailing frame.
    if (clauseWords < 3 && !isActVerb(verb) && !denial) return null;
    // "said" always reports a clause ("said the lease cost £1.2m", however the tagger read "cost"); "reported" may not.
    const saysClause =
      // (Not "added": "The factory added 300 jobs" is no speech; "He added 300 people had left" holds its own clause.)
      /^(?:say|says|said)$/i.test(verb) &&
      /^\s*(?:the|a|an|this|these|those|its|his|her|their|our|it|he|she|they|we|there|\p{Lu}|\d)/u.test(
        masked.slice(claimStart - offset),
      );
    if (!isActVerb(verb) && !denial && !saysClause && !holdsClause(sentence, masked, offset, claimStart, end)) continue;
    // "Feld rejected that.", "Ferreira rejected the threat.": a reaction with nothing checkable in it;
    // "urged both sides to return to talks": an appeal, not a statement.
    const anaphoric =
      !denial &&
      /^\s*(?:(?:that|this|it|these|those|them)|(?:the|that|this|these|those|such)\s+(?:\p{L}+['’]s\s+)?\p{L}+)\s*$/iu.test(
        object,
      );
    const appeal =
      (/^urg|^appeal|^call/i.test(verb) &&
        /^\s*(?:both sides|all sides|all parties|the parties|(?:the\s+)?(?:two|both|all)\s+(?:sides|parties|countries|governments|nations|neighbours|neighbors)|the public|people|residents|customers|citizens|everyone|for calm|calm|caution|restraint)\b/i.test(
          object,
        )) ||
      (/^warn|^caution/i.test(verb) && /^\s*against\s+\S+ing\b/i.test(object));
    // 'called that response "insulting"', 'called the ruling "a victory"': a view of something, where 'called the
    // accusations "absurd"' denies what was alleged.
    const named = /^called$/i.test(verb)
      ? /^\s*(?:the|that|this|these|those|its|his|her|their)\s+(?:\p{L}+['’]s\s+)?(\p{L}+)\s+["“]?x/u.exec(object)
      : null;
    const reaction = !!named && !/^(?:accusations?|allegations?|claims?|reports?|charges?)$/i.test(named[1]);
    if (isActVerb(verb) || ruling || denial || clauseWords < 3)
      return {
        subject,
        claim: { start: offset, end },
        act: (isActVerb(verb) || ruling || denial) && !anaphoric && !appeal && !reaction,
        weak: anaphoric || appeal || reaction,
        ...(isRequest(verb) ? { request: true } : {}),
      };
    return { subject, claim: { start: claimStart, end } };
  }
  return null;
}

/** Who rules when they find: courts, juries, coroners, magistrates, judges, tribunals, watchdogs, regulators, inquiries. */
const RULING_SUBJECT =
  /\b(?:court|jury|coroner|magistrate|judge|justice|tribunal|watchdog|regulator|inquiry|ombudsman|panel)\b[^,]*$/i;

/** "found"/"finds" before its clause reports a finding only from someone whose finding is a ruling. */
const findsAsRuling = (verb: string, opening: string) => isTrailingOnly(verb) && RULING_SUBJECT.test(opening);

function isVerbAt(tokens: readonly Token[], at: number): boolean {
  const token = tokenAt(tokens, at);
  return !token || token.pos === 'VERB' || token.pos === 'AUX';
}

function trailing(sentence: Sentence, masked: string, offset: number, end: number): SpeechFrame | null {
  const content = masked.slice(0, end - offset);
  const according = ACCORDING_TRAILING.exec(content);
  if (according)
    return frameAt(offset, according.index, offset + according.index + according[0].length - according[1].length, end);
  // "Power was restored by midnight, according to grid operator Nordgrid, but 40,000 homes …": the clause before it.
  const amid = ACCORDING_BEFORE_CLAUSE.exec(content);
  if (amid) {
    const subjectStart = offset + amid.index + amid[0].indexOf(amid[1]);
    return frameAt(offset, amid.index, subjectStart, subjectStart + amid[1].length);
  }
  const inverted = VERB_THEN_SUBJECT.exec(content);
  // "..., said Renner." — not "..., said the fund had no plans" (a clause, when the frame before it was missed).
  const invertedAt = end - (inverted?.[1].length ?? 0);
  // "..., said Dale Whitcomb, director of …, at a news conference …": who spoke is the name before the asides.
  const invertedEnd = inverted ? invertedAt + nameBeforeAside(inverted[1]).length : end;
  if (
    inverted &&
    wordCount(inverted[1].slice(0, invertedEnd - invertedAt)) <= 12 &&
    !/^(?:in|on|at|during|after|before|to|by|with|from)\b/i.test(inverted[1]) &&
    isPlainSubject(sentence.tokens, invertedAt, invertedEnd)
  ) {
    return frameAt(offset, inverted.index, invertedAt, invertedEnd);
  }
  const ordinary = SUBJECT_THEN_VERB.exec(content);
  const auxiliaryOnly = (subject: string) => /^(?:has|have|had|was|were|is|are|also)$/i.test(subject.trim());
  const speaksOnly = (verb: string, rest: string) =>
    !needsQuotedObject(verb) && !isLeadingOnly(verb) && !isOrder(verb) && !(/^rul/i.test(verb) && !rulesOn(rest));
  // "…, magistrates were told": the subject of a passive was spoken to; "…, were first reported by Bloomberg": a
  // predicate with no subject of its own.
  const passive = (subject: string, rest: string) =>
    /\s(?:was|were|is|are|been|be)$/i.test(subject.trim()) ||
    /^(?:was|were|is|are|been|be|has|have|had)\b/i.test(subject.trim()) ||
    /^\s*by\b/i.test(rest);
  if (
    ordinary &&
    // ("…, a senior official of the state Health and Family Welfare Department said": a long name is one word.)
    phraseWordCount(ordinary[1]) <= 8 &&
    wordCount(ordinary[3]) <= 6 &&
    !/ing$/i.test(ordinary[2]) &&
    speaksOnly(ordinary[2], ordinary[3]) &&
    !auxiliaryOnly(ordinary[1]) &&
    // ("It blamed …, and said it had hired …": a second verb of the same subject, not a frame with a subject "and".)
    !/^(?:and|but|or|yet|then|and\s+then)$/i.test(ordinary[1].trim()) &&
    !passive(ordinary[1], ordinary[3]) &&
    !relativeWithoutThat(ordinary[1], ordinary[3])
  ) {
    const subjectStart = offset + ordinary.index + ordinary[0].indexOf(ordinary[1]);
    const verbAt = offset + ordinary.index + ordinary[0].length - ordinary[3].length - ordinary[2].length;
    if (!isVerbAt(sentence.tokens, verbAt)) return null;
    return {
      subject: { start: subjectStart, end: subjectStart + ordinary[1].length },
      claim: { start: offset, end: offset + ordinary.index },
      ...(NEGATED.test(ordinary[0].slice(0, verbAt - offset - ordinary.index)) ? { weak: true } : {}),
    };
  }
  const appositive = APPOSITIVE_THEN_VERB.exec(content);
  if (
    appositive &&
    // ("…, a cousin of the two men, who gave his name only as Bakyt, told ACP": the aside says who, however long.)
    (wordCount(appositive[1]) <= 10 || (wordCount(appositive[1]) <= 16 && GIVEN_NAME_ONLY.test(appositive[1]))) &&
    wordCount(appositive[3]) <= 6 &&
    !/ing$/i.test(appositive[2]) &&
    !needsQuotedObject(appositive[2]) &&
    !isLeadingOnly(appositive[2])
  ) {
    const subjectStart = offset + appositive.index + appositive[0].indexOf(appositive[1]);
    return {
      subject: { start: subjectStart, end: subjectStart + appositive[1].length },
      claim: { start: offset, end: offset + appositive.index },
      ...(NEGATED.test(appositive[0].slice(0, appositive[0].length - appositive[3].length)) ? { weak: true } : {}),
    };
  }
  return null;
}

/**
 * "…, a decision the industry says will cost thousands of jobs": a clause that describes the noun before it, whose
 * own verb has lost its subject to that noun; nobody reports the sentence.
 */
const relativeWithoutThat = (subject: string, rest: string) =>
  /^(?:a|an|the|this|that)\s+(?:\p{Ll}+\s+){1,2}(?:the|a|an|its|their|his|her)\s+\S/u.test(subject.trim()) &&
  /^\s*(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)\b/i.test(rest);

/** "Dale Whitcomb, director of the state's …" -> "Dale Whitcomb": a proper name's appositive is not who spoke. */
function nameBeforeAside(subject: string): string {
  const comma = subject.indexOf(',');
  return comma > 0 && /^(?:\p{Lu}[\p{L}.'’-]*\s*){2,4}$/u.test(subject.slice(0, comma))
    ? subject.slice(0, comma)
    : subject;
}

function frameAt(offset: number, comma: number, subjectStart: number, subjectEnd: number): SpeechFrame | null {
  if (comma < 8) return null;
  return { subject: { start: subjectStart, end: subjectEnd }, claim: { start: offset, end: offset + comma } };
}

/** The frame of the sentence part [start, end) of `sentence`, quotations masked. */
export function speechFrameOf(
  sentence: Sentence,
  start: number,
  end: number,
  quotations: readonly Range[],
): SpeechFrame | null {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const masked = maskQuotes(text, start, quotations);
  const content = masked.replace(/[\s.!?;:"“”'’)]+$/, '');
  const contentEnd = start + content.length;
  const lead = leading(sentence, content, start, contentEnd);
  // "X then claimed in a sworn statement that …, the papers say": the document reports it, and no one speaks.
  const document = lead && !lead.request ? documentFrameAfter(content, start) : null;
  if (document) return document;
  // "Tarsia has accused Belmora of shelling two villages, the Tarsian army said": who reports the accusation speaks.
  if (!lead) return trailing(sentence, content, start, contentEnd);
  // "Tarsia has accused Belmora …, the army said", "Insurers estimate the damage at €400m, said Paul Weber": a frame
  // reporting the whole sentence, which the leading verb's claim would swallow.
  const trail = trailing(sentence, content, start, contentEnd);
  // ("according to emails seen by the Courier": after "according to" comes a noun phrase, whatever the tagger read;
  // but "…, according to her analysis of …" is the speaker's own document, and the frame before stays.)
  const afterAccording = (frame: SpeechFrame) =>
    /according\s+to\s*$/i.test(content.slice(0, frame.subject.start - start)) &&
    !/^(?:her|his|its|their|our|my)\s/i.test(content.slice(frame.subject.start - start));
  const reports = (frame: SpeechFrame) =>
    (afterAccording(frame) ||
      !sentence.tokens.some(
        (token) =>
          token.start >= frame.subject.start &&
          token.end <= frame.subject.end &&
          (token.pos === 'VERB' || token.pos === 'AUX') &&
          !/^\p{Lu}/u.test(token.text),
      )) &&
    isReportingFrame(
      sentence.text.slice(frame.subject.start - sentence.start, contentEnd - sentence.start),
      content.slice(0, frame.subject.start - start),
    );
  if (!trail) return lead;
  // "The tenants are asking the court to …, according to the complaint": the request is still theirs.
  const trailHead =
    content
      .slice(trail.subject.start - start, trail.subject.end - start)
      .split(/\s+/)
      .pop() ?? '';
  if (lead.request && DOCUMENT_HEADS.has(trailHead.toLowerCase())) return lead;
  const swallows = lead.claim.start < trail.subject.start && lead.claim.end > trail.subject.start;
  return (lead.act || swallows) && reports(trail) ? trail : lead;
}

/** ", the papers say", ", court records show": a document's frame closing the sentence. */
const DOCUMENT_AFTER = /,\s*((?:[\p{L}-]+\s+){0,3}?(\p{L}+))\s+(?:show|shows|say|says|indicate|indicates)$/u;

/** The frame of a document closing the sentence, the document as its subject; not ", the statement says" (its makers'). */
function documentFrameAfter(content: string, start: number): SpeechFrame | null {
  const match = DOCUMENT_AFTER.exec(content);
  const head = match?.[2].toLowerCase() ?? '';
  if (!match || !DOCUMENT_HEADS.has(head) || /^(?:statements?|letters?)$/.test(head)) return null;
  const subjectStart = start + match.index + match[0].indexOf(match[1]);
  return {
    subject: { start: subjectStart, end: subjectStart + match[1].length },
    claim: { start, end: start + match.index },
  };
}

/** ", the army said on Tuesday", ", according to X": a frame reporting the sentence; not ", which he says", ", a charge the company denied". */
function isReportingFrame(frame: string, before: string): boolean {
  if (/according\s+to\s*$/i.test(before)) return true;
  if (/(?:said|says|told|added|adds)\s*$/i.test(before)) return !/^(?:which|who|that|whom|whose)\b/i.test(frame);
  if (/^(?:which|who|that|whom|whose|a|an)\b/i.test(frame)) return false;
  return /^[^,]*?\s(?:has\s+|have\s+|also\s+)?(?:said|says|told|tells|added|adds|reported|wrote|stated)\b/i.test(frame);
}
