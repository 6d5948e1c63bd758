/**
 * Speakers known by a relation to someone else: a relative or friend of someone ("the wife of Emil Dragan", "a
 * friend of the star"), a source close to someone, whose body or relative a description is ("Her office", "his
 * daughter"), the body a spokesperson speaks for ("a spokesman for the company") and the body a document or figures
 * credit ("figures from the statistics office").
 */

import { describesOnePerson, descriptionKind, headOf } from './description-heads';
import { hasGivenName } from './given-names';
import { bareWord, capitalised, capitalisedTail, looksLikePersonName, nameInRun } from './name-runs';
import type { SpeakerRef } from './speaker-ref';
import {
  CAPITALISED_DAYS_AND_MONTHS,
  DESCRIBED_PEOPLE,
  DOCUMENTS,
  isPersonWord,
  ORG_HEADS,
  RELATIONS,
  RELATIVE_HEADS,
  SPOKESPEOPLE,
} from './speaker-words';

/** "the wife of radio reporter Emil Dragan" -> "wife of Emil Dragan". */
export function relationOf(text: string): string | null {
  const match = /^(?:the|a|an|his|her|their)?\s*(\p{L}+)\s+of\s+(.+)$/iu.exec(text);
  if (!match || !RELATIONS.has(match[1].toLowerCase())) return null;
  const tail = capitalisedTail(match[2].split(/\s+/));
  const name = tail && nameInRun(tail);
  return name ? `${match[1].toLowerCase()} of ${name}` : null;
}

/** "a friend of the star", "a pal of the lotto winner", "a neighbour of Reece's": a person known by a relation to someone. */
const RELATIVE =
  /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(\p{Ll}+)\s+of\s+(?:the\s+)?((?:\p{Ll}+\s+)?\p{Ll}+|\p{Lu}[\p{L}-]*)(?:['’]s)?$/u;

/** "a source close to Baptiste", "sources close to the minister": people known by whom they are close to. */
const CLOSE_TO =
  /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?((?:\p{Ll}+\s+)?\p{Ll}+)\s+close\s+to\s+(?:the\s+)?((?:\p{Ll}+\s+)?\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)$/u;

function closeTo(text: string): SpeakerRef | null {
  const match = CLOSE_TO.exec(text.trim());
  if (!match) return null;
  const [, who, whom] = match;
  const head = headOf(who.split(/\s+/));
  const bare = text.trim().replace(/^(?:the|a|an|one)\s+/i, '');
  return {
    form: 'description',
    text: bare,
    head: who,
    kind: descriptionKind(head),
    definite: false,
    relativeOf: whom,
    relatedBy: 'close to',
  };
}

/** A person known by a relation to someone: "a source close to Baptiste", "a friend of the star". */
export function relativeOf(text: string): SpeakerRef | null {
  const near = closeTo(text);
  if (near) return near;
  const match = RELATIVE.exec(text.trim());
  if (!match || !(RELATIONS.has(match[1]) || RELATIVE_HEADS.has(match[1]))) return null;
  const [, relation, whom] = match;
  const head = headOf(whom.split(/\s+/));
  const personWord =
    /^\p{Lu}/u.test(whom) || DESCRIBED_PEOPLE.has(head) || isPersonWord(head) || describesOnePerson(head);
  if (!personWord) return null;
  const bare = text.trim().replace(/^(?:the|a|an|one)\s+/i, '');
  return { form: 'description', text: bare, head: relation, kind: 'person', definite: false, relativeOf: whom };
}

/** People who speak for a person: "His rep said" is that person's rep. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative', 'publicist', 'agent']);

/** "his", "her": the pronoun for the person whose the thing is. */
const PERSON_OWNERS = { her: 'she', his: 'he' } as const;

/** "His rep said", "her daughter said": whose body, spokesperson or relative a description after "his", "her" or "its" is. */
export function pronounOwner(
  determiner: string | undefined,
  head: string,
  wordCount: number,
): Pick<Extract<SpeakerRef, { form: 'description' }>, 'owner' | 'speaksFor' | 'kinOf'> {
  const word = determiner?.toLowerCase();
  const person = word === 'his' || word === 'her' ? PERSON_OWNERS[word] : undefined;
  // "Her office said", "Its interior ministry said": the body of the person or body the pronoun points back to.
  const owner =
    (person || word === 'its') && ORG_HEADS.has(head) && !isPersonWord(head) ? (person ?? ('it' as const)) : undefined;
  const speaksFor = person && wordCount === 1 && SPEAKS_FOR.has(head) ? person : undefined;
  const kinOf = person && wordCount === 1 && RELATIONS.has(head) ? person : undefined;
  return { ...(owner ? { owner } : {}), ...(speaksFor ? { speaksFor } : {}), ...(kinOf ? { kinOf } : {}) };
}

/** "… under freedom of information law", "… in October": how or when a document was released, not who released it. */
const CREDITED_HOW_OR_WHEN = new RegExp(
  `\\s+(?:under|in|on|after|following|over|through|via|to)\\s+(?:\\p{Ll}|a\\s|an\\s|the\\s|(?:${CAPITALISED_DAYS_AND_MONTHS})\\b).*$`,
  'u',
);

/**
 * "figures from the statistics office", "an analysis of satellite images by the group Blue Gulf Watch",
 * "a statement from the environment ministry": a document credits who made it.
 */
export function creditedDocument(text: string): string | null {
  const match =
    /^(?:(?:the|a|an|its|his|her|their|new|latest)\s+)?(?:\S+\s+){0,2}?(\p{L}+)(?:\s+(?:of|on|into)\s+[^,]{1,60}?)?\s+(?:from|by|published by|released by|compiled by|carried out by|issued by)\s+(.+)$/iu.exec(
      text,
    );
  if (match && DOCUMENTS.has(match[1].toLowerCase())) return match[2].replace(CREDITED_HOW_OR_WHEN, '');
  const of =
    /^(?:(?:the|a|an)\s+)?(?:\S+\s+){0,2}?(?:figures|data|statistics|numbers|report|survey)\s+of\s+(.+)$/i.exec(text);
  return of ? of[1] : null;
}

/** A body and the word for the person speaking for it ("spokesman"). */
export interface SpokenFor {
  body: string;
  word: string;
  /** "a spokesman for X", rather than "X's spokesman" or "an X spokesman". */
  forWhom?: boolean;
}

/** "a spokesperson for the ministry" -> "the ministry": the body the spokesperson speaks for. */
export function bodySpokenFor(text: string): SpokenFor | null {
  const match = /^(?:a|an|the)?\s*(?:\p{L}+\s+)?(\p{L}+)\s+(for|at)\s+(.+)$/iu.exec(text);
  if (match && SPOKESPEOPLE.has(match[1].toLowerCase()))
    return { body: match[3], word: match[1], forWhom: match[2].toLowerCase() === 'for' };
  // "the ministry's spokeswoman" speaks for the ministry; "Novak's spokesman" stays who he is.
  const owned = /^(.+?)['’]s\s+(\p{L}+)$/u.exec(text);
  return owned && SPOKESPEOPLE.has(owned[2].toLowerCase()) && ORG_HEADS.has(bareWord(owned[1].split(/\s+/).pop()!))
    ? { body: owned[1], word: owned[2] }
    : null;
}

/**
 * "A QNOC spokesman", "a Department of Health spokesperson" -> the body named before the word; "a council
 * spokeswoman" names no body and stays as written.
 */
export function namedBodyBefore(text: string): SpokenFor | null {
  const match = /^(?:a|an|the|one)\s+(.+?)\s+(\p{L}+)$/iu.exec(text);
  if (!match || !SPOKESPEOPLE.has(match[2].toLowerCase())) return null;
  const words = match[1].split(/\s+/);
  const named = capitalised(words[0]) && words.every((word) => capitalised(word) || /^(?:of|for|and|&)$/.test(word));
  // ("A Coastline Leisure spokesman": a name with no given name in it, before the word, is a body's.)
  return named && (!looksLikePersonName(match[1]) || !hasGivenName(match[1]))
    ? { body: match[1], word: match[2] }
    : null;
}

/** "commission figures", "government data" -> "the commission": figures credit the body that gives them. */
export function bodyOfFigures(text: string): string | null {
  // (In lower case: "the Office for National Statistics" is a body's whole name.)
  const match = /^(?:[Tt]he\s+)?(.+?)\s+(?:figures|data|statistics|numbers|estimates)$/.exec(text);
  if (!match) return null;
  const last = match[1].split(/\s+/).pop()!;
  return capitalised(last) || ORG_HEADS.has(last.toLowerCase()) ? `the ${match[1]}` : null;
}
