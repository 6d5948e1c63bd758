/**
 * The head noun of a description and what it says of who speaks: a person, a body, a group, a document, a role
 * written in capitals.
 */

import { hasGivenName } from './given-names';
import { bareWord } from './name-runs';
import type { SpeakerKind } from './speaker-ref';
import {
  AGENT_HEADS,
  DOCUMENTS,
  GROUP_NOUNS,
  isPersonWord,
  namesPeople,
  ORG_HEADS,
  PERSON_HEADS,
  TITLES,
} from './speaker-words';

/** The head noun of a description: the last word before "of", "for", "close to" ... ("source close to the chef" -> "source"). */
export function headOf(words: readonly string[]): string {
  // ("said the mayor, a." in garbled copy: an article with nothing after it has no head.)
  if (words.length === 0) return '';
  // "police said", "people familiar with …"; but "police spokeswoman": a group noun before a person word only says whose.
  if (GROUP_NOUNS.has(bareWord(words[0])) && !(words[1] && isPersonWord(bareWord(words[1])))) return bareWord(words[0]);
  // "records reviewed by the Lorne Sentinel", "an official briefed on the matter", "guests who arrived":
  // a participle with its complement, or a relative clause, ends the head's phrase too.
  const cut = words.findIndex((_word, index) => index > 0 && endsHeadPhrase(words, index));
  const own = cut > 0 ? words.slice(0, cut) : words;
  return bareWord(own[own.length - 1]);
}

/** Whether the word at the index ends the head's phrase: a preposition, a participle with its complement, "who". */
function endsHeadPhrase(words: readonly string[], index: number): boolean {
  const word = words[index];
  return (
    // ("Department of Health spokesperson": an "of" inside a capitalised name does not end the head's phrase.)
    (/^(?:of|for|from|at|in|on|close|near|familiar|with|to|who)$/i.test(word) &&
      !(
        /^(?:of|for)$/i.test(word) &&
        /^\p{Lu}/u.test(words[index - 1]) &&
        /^\p{Lu}/u.test(words[index + 1] ?? '') &&
        /^\p{Ll}/u.test(words[words.length - 1])
      )) ||
    // ("obtained exclusively by": an adverb may come between.)
    (/^\p{Ll}+(?:ed|ing)$/u.test(word) &&
      /^(?:by|on|in|at|with|to|for|from|about|near|under|along|around|beside|behind|outside|across|below|above|next)$/i.test(
        words[/^\p{Ll}+ly$/u.test(words[index + 1] ?? '') ? index + 2 : index + 1] ?? '',
      )) ||
    // "The federation representing the fleet": a participle after its noun, with its own object.
    (/^\p{Ll}+ing$/u.test(word) &&
      index > 1 &&
      !/^(?:the|a|an|its|his|her|their|our)$/i.test(words[index - 1]) &&
      /^(?:the|a|an|its|his|her|their|our|\p{Lu}.*)$/u.test(words[index + 1] ?? ''))
  );
}

/** "the coast guard", "the National Guard": a force, though a guard alone is one person. */
const GUARD_FORCE = /\b(?:coast|national|home)\s+guard$/i;

export function descriptionKind(head: string, text = ''): SpeakerKind {
  if (GUARD_FORCE.test(text)) return 'organization';
  if (PERSON_HEADS.has(head) || TITLES.has(head)) return 'person';
  if (ORG_HEADS.has(head) || GROUP_NOUNS.has(head)) return 'organization';
  return isPlural(head) ? 'organization' : 'person';
}

/** "experts", "fishermen": a plural head is a group. */
export const isPlural = (head: string) =>
  (/s$/.test(head) && !/ss$/.test(head)) || /men$/.test(head) || head === 'people';

/** Whether the description's head says who it is (a person word, a body, a group): "the flagship restaurant" does not. */
export function isKnownHead(head: string): boolean {
  return (
    ORG_HEADS.has(head) ||
    GROUP_NOUNS.has(head) ||
    AGENT_HEADS.has(head) ||
    PERSON_HEADS.has(head) ||
    TITLES.has(head) ||
    isPlural(head)
  );
}

/**
 * After "a friend of the", "a pal of the": a lower-case noun for one someone ("the ballerina", "the lotto winner"), not
 * a body, a group or a thing ("the family", "the club", "the report").
 */
export function describesOnePerson(head: string): boolean {
  return (
    /^\p{Ll}+$/u.test(head) &&
    !isPlural(head) &&
    // ("a friend of the couple" is a friend of two.)
    !/^(?:couple|pair|duo|twins|family|household)$/.test(head) &&
    !ORG_HEADS.has(head) &&
    !GROUP_NOUNS.has(head) &&
    !DOCUMENTS.has(head)
  );
}

/**
 * "Fair Bills", "consumer group Fair Bills": a name in capitals is a body's, whatever its last word means in lower
 * case. Not "court papers obtained by The Star" (whose name ends it is who obtained them).
 */
function endsInBodyName(words: readonly string[]): boolean {
  let run = 0;
  while (run < words.length && /^\p{Lu}/u.test(words[words.length - 1 - run])) run += 1;
  const before = words.slice(0, words.length - run);
  const name = run === words.length && /^the$/i.test(words[0]) ? run - 1 : run;
  // ("Office for National Statistics": "of" and "for" join a name's words.)
  return name > 1 && !before.some((word) => /^(?:by|from|in|to|at|with|on)$|ed$/i.test(word));
}

/** "the report", "figures", "a study published in ...": a document, not a speaker. */
export function isDocument(words: string[]): boolean {
  const bare = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
  const last = bare(words[words.length - 1]);
  // "two people familiar with the industry's early figures": people who know of a document are no document.
  if (words.some((word) => /^(?:familiar|close|briefed|knowledge)$/i.test(word)) && !DOCUMENTS.has(bare(headOf(words))))
    return false;
  // "Fair Bills", "Clean Records": a name in capitals is a body's, whatever its last word means in lower case.
  // "Analysts at Brightline Research": people who work somewhere, whatever the place's name says.
  if (endsInBodyName(words) || namesPeople(words[0])) return false;
  if (DOCUMENTS.has(last) || DOCUMENTS.has(bare(headOf(words)))) return true;
  // "the statistics office" is an office, not statistics.
  if (ORG_HEADS.has(last) || PERSON_HEADS.has(last)) return false;
  const head = /^(?:a|an|the|new|its|their|his|her)$/i.test(words[0]) ? words[1] : words[0];
  return !!head && DOCUMENTS.has(bare(head)) && !/^\p{Lu}/u.test(head);
}

/**
 * "Mines Minister", "Health Secretary": a role in capitals, no one's name — its last word a title that never ends a
 * body's name (not "Chief Executive"), and no given name before it.
 */
export function isCapitalisedRole(text: string): boolean {
  const role = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,2})(\p{Lu}\p{Ll}+)$/u.exec(text);
  if (!role) return false;
  const title = role[2].toLowerCase();
  return TITLES.has(title) && !ORG_HEADS.has(title) && !hasGivenName(role[1].trim());
}
