import type { NamePhrase } from './names';
import type { Sentence } from './nlp';
import type { Range } from './speech-frames';
import type { Speaker, SpeakerMemory } from './speaker-memory';
import { SPEECH_VERB } from './speech-verbs';

/**
 * The candidates for who said a sentence's claim, each with the features the learned ranker
 * (speaker-ranker.ts) weighs: the rules' own pick, every name written in the sentence (completed to
 * its full mention), the speakers of the sentences before, and "no speaker". The rules stay the
 * candidate generator; the ranker only chooses among what they found.
 */

export interface SpeakerChoice {
  /** null: the claim has no speaker. */
  speaker: Speaker | null;
  features: string[];
}

/** A speaker the rules gave an earlier sentence of the article. */
export interface PastSpeaker {
  speaker: Speaker;
  sentence: number;
  block: number;
}

export interface ChoiceInput {
  sentence: Sentence;
  /** Where the sentence's own words start (after a dateline or an answer label). */
  start: number;
  /** The sentence's index among the article's text sentences. */
  index: number;
  claim: Range;
  names: readonly NamePhrase[];
  rule: Speaker | null;
  reported: boolean;
  act: boolean;
  /** The claim lies inside a quotation. */
  quoted: boolean;
  past: readonly PastSpeaker[];
  /** Every name of the article, in text order (for mentions before and just after the sentence). */
  articleNames: readonly NamePhrase[];
  memory: SpeakerMemory;
}

const VERB_AFTER = new RegExp(`^[\\s,]*(?:\\p{Ll}+\\s+){0,2}(?:${SPEECH_VERB})\\b`, 'iu');
const VERB_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB})\\s*(?:by\\s+)?$`, 'iu');
const ACCORDING = /\baccording\s+to\s+(?:the\s+|a\s+)?$/i;
const PRONOUN_OPENING = /^[\s"“]*(he|she|they|it)\b/i;
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'iu');
/** How many of the article's past speakers (most recent first, different ones) are candidates. */
const PAST_SPEAKERS = 4;
/** How many different names written before the sentence, and how far ahead of it, are candidates. */
const NAMES_BEFORE = 6;
const CHARS_AHEAD = 300;
/** A description written as the subject of a speech verb: "a police spokeswoman said", "said one grain broker". */
const DESCRIPTION_BEFORE_VERB = new RegExp(
  `(?:^|[,;:(—–]\\s*|\\b(?:and|but)\\s+)(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any)?\\s*((?:[\\p{Ll}'’-]+\\s+){0,4}[\\p{Ll}'’-]+)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${SPEECH_VERB})\\b`,
  'gu',
);
const DESCRIPTION_AFTER_VERB = new RegExp(
  `\\b(?:said|says|told|added|according\\s+to)\\s+(?:the|a|an|one|two|three)\\s+((?:[\\p{Ll}'’-]+\\s+){0,4}[\\p{Ll}'’-]+)`,
  'gu',
);
const NOT_DESCRIPTION = /^(?:he|she|it|they|we|i|you|who|which|that|also|has|have|had|was|were|is|are|not|never)\b/;

const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** What the sentence as a whole is: said by the rules, quoted, opening with a pronoun, with a speech verb. */
function contextFeatures(input: ChoiceInput): string[] {
  const { sentence, start } = input;
  const text = sentence.text.slice(start - sentence.start);
  const pronoun = PRONOUN_OPENING.exec(text)?.[1].toLowerCase();
  return [
    input.rule ? 'rule-has' : 'rule-none',
    input.reported ? 'reported' : 'not-reported',
    ...(input.act ? ['act'] : []),
    ...(input.quoted ? ['quoted'] : []),
    ...(/["“”]/.test(text) ? ['has-quote-mark'] : []),
    ...(SPEECH.test(text.replace(/["“][^"“”]*["”]?/g, ' ')) ? ['speech-verb'] : []),
    ...(/\baccording\s+to\b/i.test(text) ? ['according-to'] : []),
    ...(pronoun ? [`pronoun-${pronoun}`] : []),
    ...(start <= sentence.blockStart + 1 ? ['opens-paragraph'] : []),
  ];
}

/** Does a pronoun opening the sentence fit this speaker. */
function agreement(pronoun: string | undefined, speaker: Speaker): string[] {
  if (!pronoun) return [];
  if (pronoun === 'it' || pronoun === 'they') return [speaker.kind === 'organization' ? 'pron-fits' : 'pron-clash'];
  if (speaker.kind !== 'person') return ['pron-clash'];
  if (!speaker.gender) return ['pron-unknown'];
  return [(pronoun === 'she') === (speaker.gender === 'f') ? 'pron-fits' : 'pron-clash'];
}

/** Where a name sits in its sentence, relative to the claim and to a speech verb. */
function nameFeatures(name: NamePhrase, input: ChoiceInput): string[] {
  const { before, after } = surroundings(name, input);
  const features = [
    'src-name',
    name.start < input.claim.start || name.end > input.claim.end ? 'outside-claim' : 'inside-claim',
  ];
  if (VERB_AFTER.test(after)) features.push('verb-after-name');
  if (VERB_BEFORE.test(before)) features.push('verb-before-name');
  if (ACCORDING.test(before)) features.push('according-name');
  if (name.start <= input.start + 1) features.push('opens-sentence');
  if (name.titles.length > 0) features.push('titled');
  if (/^['’]s?\b/.test(after)) features.push('possessive');
  return features;
}

function surroundings(name: NamePhrase, input: ChoiceInput) {
  const plain = input.sentence.text;
  const offset = input.sentence.start;
  return {
    before: plain.slice(Math.max(0, name.start - offset - 30), name.start - offset),
    after: plain.slice(name.end - offset, name.end - offset + 40),
  };
}

const bucket = (count: number, limits: readonly number[]) => {
  const index = limits.findIndex((limit) => count <= limit);
  return index < 0 ? `${limits[limits.length - 1]}+` : String(limits[index]);
};

/** Every candidate speaker of the sentence's claim with its features, "no speaker" first. */
export function speakerChoices(input: ChoiceInput): SpeakerChoice[] {
  const context = contextFeatures(input);
  const pronoun = PRONOUN_OPENING.exec(
    input.sentence.text.slice(input.start - input.sentence.start),
  )?.[1].toLowerCase();
  // Each candidate feature also counts in the kind of sentence it is found in: said by the rules or not, quoted, reported.
  const signature = `${input.rule ? 'R' : '-'}${input.quoted ? 'q' : '-'}${input.reported ? 'r' : '-'}${pronoun ?? ''}`;
  const byName = new Map<string, SpeakerChoice>();
  const add = (speaker: Speaker, features: string[]) => {
    const key = normal(speaker.name);
    let choice = byName.get(key);
    if (!choice) {
      choice = { speaker, features: [`kind-${speaker.kind}`, ...agreement(pronoun, speaker)] };
      byName.set(key, choice);
    }
    for (const feature of features.flatMap((feature) => [feature, `${feature}|${signature}`]))
      if (!choice.features.includes(feature)) choice.features.push(feature);
  };
  if (input.rule) add(input.rule, ['rule', ...context.map((feature) => `rule&${feature}`)]);
  for (const name of input.names) {
    if (name.start < input.start) continue;
    const speaker = input.memory.resolve({ form: 'name', text: name.text }, name.start);
    if (speaker)
      add(
        speaker,
        nameFeatures(name, input).flatMap((feature) => [feature, `${feature}&${input.reported ? 'rep' : 'plain'}`]),
      );
  }
  const seen = new Set<string>();
  for (let index = input.past.length - 1; index >= 0 && seen.size < PAST_SPEAKERS; index -= 1) {
    const past = input.past[index];
    const key = normal(past.speaker.name);
    if (seen.has(key)) continue;
    const rank = seen.size;
    seen.add(key);
    const gap = bucket(input.index - past.sentence, [1, 2, 4, 8]);
    const times = input.past.filter((other) => normal(other.speaker.name) === key).length;
    add(past.speaker, [
      'src-past',
      `past-rank-${rank}`,
      `past-gap-${gap}`,
      `past-times-${bucket(times, [1, 2, 4])}`,
      ...(past.block === input.sentence.block ? ['past-same-paragraph'] : []),
      ...context.map((feature) => `past-${rank}&${feature}`),
    ]);
  }
  for (const description of descriptionsIn(input)) add(description.speaker, description.features);
  addNearbyNames(input, add);
  const none: SpeakerChoice = { speaker: null, features: ['none', ...context.map((feature) => `none&${feature}`)] };
  return [none, ...byName.values()];
}

type Add = (speaker: Speaker, features: string[]) => void;

/** Names written in the sentences before (the last few different ones) and just after the sentence. */
function addNearbyNames(input: ChoiceInput, add: Add): void {
  const { articleNames, sentence, memory } = input;
  const seen = new Set<string>();
  for (let index = lastBefore(articleNames, sentence.start); index >= 0 && seen.size < NAMES_BEFORE; index -= 1) {
    const name = articleNames[index];
    const speaker = memory.resolve({ form: 'name', text: name.text }, name.start);
    if (!speaker || seen.has(normal(speaker.name))) continue;
    const rank = seen.size;
    seen.add(normal(speaker.name));
    const gap = bucket(sentence.start - name.end, [150, 400, 1000, 2500]);
    add(speaker, [
      'src-before',
      `before-rank-${rank}`,
      `before-gap-${gap}`,
      ...(name.titles.length ? ['before-titled'] : []),
    ]);
  }
  for (let index = lastBefore(articleNames, sentence.end) + 1; index < articleNames.length; index += 1) {
    const name = articleNames[index];
    if (name.start > sentence.end + CHARS_AHEAD) break;
    const speaker = memory.resolve({ form: 'name', text: name.text }, name.start);
    const newline = name.start > sentence.blockEnd;
    if (speaker) add(speaker, ['src-ahead', newline ? 'ahead-next-paragraph' : 'ahead-same-paragraph']);
  }
}

/** The index of the last name starting before `at` (-1 if none). */
function lastBefore(names: readonly NamePhrase[], at: number): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (names[middle].start < at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Common-noun speakers as the sentence writes them: "the county health department said", "said a police spokeswoman". */
function descriptionsIn(input: ChoiceInput): { speaker: Speaker; features: string[] }[] {
  const text = input.sentence.text.slice(input.start - input.sentence.start);
  const found: { speaker: Speaker; features: string[] }[] = [];
  for (const [pattern, where] of [
    [DESCRIPTION_BEFORE_VERB, 'desc-before-verb'],
    [DESCRIPTION_AFTER_VERB, 'desc-after-verb'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1].trim();
      if (NOT_DESCRIPTION.test(phrase)) continue;
      const words = phrase.split(/\s+/);
      const kind = /(?:s|people|staff|police)$/.test(words[words.length - 1]) ? 'organization' : 'person';
      found.push({
        speaker: { name: phrase, kind },
        features: ['src-desc', where, `desc-words-${bucket(words.length, [1, 2, 3])}`],
      });
    }
  }
  return found;
}
