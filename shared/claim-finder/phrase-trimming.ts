/**
 * What a subject phrase says besides who speaks, taken off it: asides in brackets and relative clauses, opening
 * conjunctions and times, where a body is based, a tabloid's capitals and feelings, trailing times and manners, counts
 * and places.
 */

import { isPlural } from './description-heads';
import { bareWord } from './name-runs';
import {
  DESCRIBED_PEOPLE,
  EMOTIVE_WORDS,
  isPersonWord,
  ORG_HEADS,
  PARTY_SEATS,
  PARTY_WORDS,
  PERSON_HEADS,
  WHEN_OPENING,
} from './speaker-words';

/**
 * "who requested anonymity to discuss …", "who asked not to be named": why the speaker is unnamed, not who it is
 * (but "who gave her name only as Jo" and "who asked to be identified only as Dana" say who).
 */
const ANONYMITY_CLAUSE =
  /\s+(?:who|that)\s+(?![^,]*\bgave\s+(?:his|her|their)\s+(?:first\s+)?names?\b)(?![^,]*\bonly\s+as\s+\p{Lu})[^,]*?\b(?:anonymity|anonymously|named|name|identified|authori[sz]ed|on\s+the\s+record)\b[^,]*$/iu;

/** "(R-S.D.)", "(D-Idaho)": a lawmaker's party and state after the name (a person, whatever the name looks like). */
const LAWMAKER = /\s*\((?:[RDI]|GOP|Dem|Rep|Ind)-[^)]{2,24}\)/g;

/** Whether the phrase gives a lawmaker's party and state ("Tom Brandt (R-S.D.)"). */
export const hasLawmakerTag = (phrase: string) => new RegExp(LAWMAKER.source).test(phrase);

const LEADING_WORDS =
  /^(?:but|and|yet|so|however|meanwhile|instead|now|still|also|separately|earlier|later|where|whereas)\b[\s,]*/i;

/** "The Opposition Janata Vikas Party": where a party sits, before a party's name. */
const PARTY_SEAT_OPENING = new RegExp(
  `^(?:the\\s+)?(?:${[...PARTY_SEATS].join('|')})\\s+(?=(?:\\p{Lu}[\\p{L}'’-]*\\s+)*(?:${[...PARTY_WORDS].join('|')})\\b)`,
  'iu',
);

/**
 * The phrase without what frames it: an anonymity clause, asides in brackets, quotation marks, an opening conjunction
 * or time, where a party sits or whose party it is.
 */
export function withoutAsidesAndOpenings(phrase: string): string {
  // "Qasra National Oil Company (QNOC)": the short form in brackets is not part of the name.
  return (
    phrase
      .replace(ANONYMITY_CLAUSE, '')
      // "Tom Brandt (R-S.D.)", "Kessler (D-Idaho)": a lawmaker's party and state are no part of the name.
      .replace(LAWMAKER, '')
      .replace(/\s*\([^)]*\)?\s*$/, '')
      // "The airport's operator, Kessling Airport Group (KAG), said": nor inside the phrase.
      .replace(/\s*\(\p{Lu}{2,6}\)(?=,)/gu, '')
      // "Sunita Devi (35), whose husband …": an age in brackets is no part of who.
      .replace(/\s*\(\d{1,3}\)/g, '')
      .replace(/^[\s"“”'‘’(]+|[\s"“”'‘’,:;.)]+$/g, '')
      .replace(LEADING_WORDS, '')
      .replace(WHEN_OPENING, '')
      // "The Opposition Janata Vikas Party": where a party sits is no part of its name.
      .replace(PARTY_SEAT_OPENING, '')
      // "the Nationals' Sally Hutchins", "the Greens' Tom Lee": her party, and its "the", are no part of her name.
      .replace(/^the\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*s['’]\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '')
      // "Her Social Democrats": whose party a name is, not part of it.
      .replace(/^(?:Her|His|Their|Its|Our)\s+(?=\p{Lu}\p{Ll})(?!Majesty|Holiness|Excellency|Royal)/u, '')
  );
}

/** "Oak Brook, Illinois-based ", "Oslo-listed ": where a body is based or listed, before its name or its head. */
const BASED_IN = `(?:\\p{Lu}[\\p{L}.'’]*[\\s,]+)*\\p{Lu}[\\p{L}.'’]*-(?:based|listed|headquartered|registered)\\s+`;
const BASED_OPENING = new RegExp(`^(?:([Tt]he|[Ii]ts|[Aa]n?)\\s+)?${BASED_IN}(?=\\p{L})`, 'u');
const BASED_AFTER_BY = new RegExp(`\\b(by|from)\\s+(the\\s+)?${BASED_IN}(?=\\p{Lu})`, 'u');

/** "the Oslo-listed company" -> "the company". */
export const withoutBasedOpening = (text: string) =>
  text.replace(BASED_OPENING, (_whole, article?: string) => (article ? `${article} ` : ''));

/**
 * "The Oak Brook, Illinois-based company", "the Oslo-listed company", "the Geneva-based Office for Migrant
 * Protection" (also after "kept by"): where a body is based or listed is not who it is.
 */
export const withoutWhereBased = (text: string) => withoutBasedOpening(text).replace(BASED_AFTER_BY, '$1 $2');

const EMOTIVE = new RegExp(`^((?:the|some|many|a|an)\\s+)?(?:${[...EMOTIVE_WORDS].join('|')})\\s+(?=\\p{Ll})`, 'iu');

/** "FURIOUS parents": a tabloid's capitals and its feelings are not who the people are. */
export function withoutTabloidCapitals(text: string): string {
  return text
    .replace(
      /^((?:[Aa]n?|[Tt]he)\s+)?(\p{Lu}{4,})(?=\s+(?:\p{Ll}|\p{Lu}{2,3}\b)|$)/u,
      // ("A PENSIONER" alone is a person; "The NSPCC" alone stays a body's letters.)
      (whole: string, article = '', word: string) =>
        whole.length < text.length || isPersonWord(word.toLowerCase()) || DESCRIBED_PEOPLE.has(word.toLowerCase())
          ? article + word.toLowerCase()
          : whole,
    )
    .replace(EMOTIVE, '$1');
}

const TRAILING = new RegExp(
  '\\s+(?:' +
    [
      '(?:late|early)?\\s*(?:on|last|this|next)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|evening|morning|afternoon)\\b.*',
      // "Mayor Ana Lind yesterday closed …".
      // (Not "the Today programme".)
      '(?:yesterday|today|tonight)\\b(?!\\s+(?:programme|program|show)\\b).*',
      '(?:published|released|issued|updated)\\s+(?:on|in|last|this|earlier)\\b.*',
      '(?:in|on|at|during|after|before|to)\\s+(?:a|an|the|his|her|its|their)\\s+(?:statement|interview|speech|message|post|call|conference|briefing|letter|meeting|hearing|judgment|judgement|news conference).*',
      'has|have|had|also|later|previously|again|repeatedly|then|now|was|were|is|are|would|will|not\\s+only|had\\s+earlier|on\\s+\\w+day',
    ].join('|') +
    ')\\s*$',
  'i',
);

/** "Ostrova's central bank unexpectedly (raised …)": a manner word in lower case, not "the Smith family" nor "Kelly". */
const TRAILING_MANNER = /\s+(?!(?:family|ally|assembly|supply|rally|monopoly|anomaly|bully|july)$)\p{Ll}{3,}ly$/u;

/** "Mayor Ana Lind yesterday", "Ostrova's central bank unexpectedly": the phrase without a trailing time or manner. */
export function stripTrailing(text: string): string {
  let current = text.trim();
  // "guests who arrived last Friday": the time belongs to the relative clause that says which guests.
  if (/\swho\s/i.test(current)) return current;
  for (let guard = 0; guard < 6; guard += 1) {
    const next = current.replace(TRAILING, '').replace(TRAILING_MANNER, '').trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * "Several residents who spoke to MBC News" -> "residents", "Two paramedics who treated Mr Pacey" -> "Two
 * paramedics": who a group is, without a vague count or a relative clause after words that already say who ("guests
 * who arrived last Friday" keeps its clause: "guests" alone says nothing).
 */
export function withoutAside(description: string): string {
  const words = description.split(/\s+/);
  const relative = words.findIndex((word, index) => index > 1 && /^who$/i.test(word));
  const kept = relative > 0 ? words.slice(0, relative) : words;
  return kept.length > 1 && /^(?:several|some|many)$/i.test(kept[0]) ? kept.slice(1).join(' ') : kept.join(' ');
}

/** "Dorea's embassy in the Marvian capital" -> "Dorea's embassy": where a body or person is, is not who it is. */
function withoutPlace(text: string): string {
  const match = /^(.+?\s(\p{L}+))\s+(?:in|at|near|outside|inside)\s+(the\s+)?(\S.*)$/u.exec(text);
  if (!match) return text;
  // "the European Union's delegation in Qaryat": a place named bare says which delegation; keep it.
  if (!match[3] && /^\p{Lu}[\p{L}'’-]*$/u.test(match[4])) return text;
  const head = match[2].toLowerCase();
  // "a senior official at the election commission": where someone works says who they are; keep it.
  // (So does "Leader of Opposition in the state Assembly Gurpreet Sandhu of the United Left Front": a body inside.)
  const affiliation = match[4].split(/\s+/).some((word) => ORG_HEADS.has(bareWord(word)));
  // "a source at the park", "a nurse at the hospital": where an unnamed person is, is all that says who.
  const unnamedPerson = /^(?:a|an|one)\s/i.test(text) && PERSON_HEADS.has(head);
  return (ORG_HEADS.has(head) || PERSON_HEADS.has(head)) && !affiliation && !unnamedPerson ? match[1] : text;
}

/** "The five independent experts" -> "The independent experts"; "One neighbour" -> "neighbour" (one person, not a count). */
export function withoutDefiniteCount(text: string): string {
  // "one of the guards": one guard.
  const oneOf = /^one\s+of\s+(?:the|its|their|his|her|our)\s+(\p{L}+?)s$/iu.exec(text);
  if (oneOf && !/s$/.test(oneOf[1])) return oneOf[1];
  // "one contractor", "another resident": one person, whatever the noun ("One Kestland", a campaign, is a name).
  const one = /^(?:one|another)\s+((?:[\p{Ll}-]+\s+){0,3}(\p{Ll}\p{L}*))$/u.exec(
    text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
  );
  if (one && (PERSON_HEADS.has(one[2].toLowerCase()) || !isPlural(one[2].toLowerCase()))) return one[1];
  return text.replace(/^(the|its|their)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+/i, '$1 ');
}

const GROUP_OF = /^(?:a|an|the)?\s*(?:group|team|panel|number|coalition|handful|delegation|body)\s+of\s+/i;

/** Who a group is, without "a group of", a count before its head ("The five independent experts") or where it is. */
export const withoutGroupCountOrPlace = (text: string) =>
  withoutPlace(withoutDefiniteCount(text.replace(GROUP_OF, '')));
