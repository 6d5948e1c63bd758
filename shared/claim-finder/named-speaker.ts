/**
 * The name that ends a subject phrase, read as who speaks ("Defence Minister Ilse Varga", "campaign group Tafod
 * Dyfan"), with the kind, sex and titles the words around it give; unless the name is where the people are, whose
 * people they are, or what they own.
 */

import { headOf, isKnownHead } from './description-heads';
import {
  bareWord,
  capitalisedTail,
  looksLikePersonName,
  nameInRun,
  personAfterBody,
  personAfterPlace,
  prepositionBefore,
} from './name-runs';
import { hasLawmakerTag } from './phrase-trimming';
import { genderIn, type SpeakerKind, type SpeakerRef } from './speaker-ref';
import { isPersonWord, namesPeople, ORG_HEADS, pluralRole, TITLES } from './speaker-words';

/** What a body owns or sells, opening a subject ("Shares of Norland Holdings fell"): a thing, not who. */
const THINGS_OF =
  /^(?:Shares|Stocks?|Bonds|Sales|Profits?|Revenues?|Prices|Parts|Units|Assets|Accounts|Much|Most|All)$/;

/**
 * The name that ends the phrase, as who speaks ("Defence Minister Ilse Varga"); null when the phrase names a thing a
 * body owns, undefined when it ends in no name of a speaker.
 */
export function namedSpeaker(
  phrase: string,
  words: string[],
  chosenKind: SpeakerKind | undefined,
): SpeakerRef | null | undefined {
  const run = capitalisedTail(words);
  // "Leader of Opposition in the state Assembly Harbhajan Singh Gill": after a title, the body served, then who.
  const served = run && personServing(words, run);
  let tail = run && !namesPlaceOrPeople(words, run, served) ? run : null;
  if (tail && tail.length === words.length && tail.length > 2 && THINGS_OF.test(tail[0]) && /^of$/i.test(tail[1]))
    return null;
  // "guests who arrived last Friday": a name inside the relative clause is not who spoke.
  if (tail && words.slice(1, words.length - tail.length).some((word) => /^who$/i.test(word))) tail = null;
  // "Administrators Croft Shaw Restructuring", "Liquidators Brent Hale": a plural role opening the sentence says what the
  // body is, and is no part of its name.
  const role = tail && tail.length >= 3 && tail.length === words.length && pluralRole(tail[0]);
  if (role) tail = tail!.slice(1);
  const name = withoutBodyOf(served ?? (tail && nameInRun(tail)));
  if (!tail || !name) return undefined;
  return nameRef(phrase, words, { tail, name, served, role: !!role }, chosenKind);
}

/** The person named after the body a titled person serves, in the run of capitalised words ending the phrase. */
function personServing(words: string[], run: string[]): string | null {
  const runName = nameInRun(run);
  return runName && words.some((word) => isPersonWord(word)) ? personAfterBody(runName.split(/\s+/)) : null;
}

/** Whether the run of capitalised words ending the phrase is where the people are, or whose people they are. */
function namesPlaceOrPeople(words: string[], run: string[], served: string | null): boolean {
  // "Fishermen in the port of Dubaya": the people, not the place at the end of the phrase.
  const placeAt = prepositionBefore(words, words.length - run.length);
  if (
    placeAt >= 0 &&
    // "a grain broker in Calder": after a common noun with its article, the name is where the person is.
    (isKnownHead(headOf(words)) ||
      (/^(?:a|an|the|one)$/i.test(words[0]) && /^\p{Ll}/u.test(words[placeAt - 1] ?? ''))) &&
    // (Not "Medical superintendent of the District Hospital Dr Prakash Nair": a titled person ends the place.)
    !personAfterPlace(run) &&
    !served
  )
    return true;
  // "Residents of Lund", "Workers at Harwick Steel", "Farmers in neighbouring Sarland": the people of a place or a
  // body, not its name.
  return words.length > 2 && namesPeople(words[0]) && /^(?:of|in|at|from)$/.test(words[1]);
}

/** "Helen Marsh of the Institute for Child Health": the person, not the institute. */
function withoutBodyOf(name: string | null): string | null {
  const ofBody = name ? /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(name) : null;
  // ("Meteorologist Kalinda Stewart of the Canadian Weather Service": the person's own descriptor goes too.)
  return ofBody && looksLikePersonName(ofBody[1]) ? (nameInRun(ofBody[1].split(/\s+/)) ?? ofBody[1]) : name;
}

/** A name found at the end of a phrase: its run of capitalised words, and what says it is a person's or a body's. */
interface FoundName {
  tail: string[];
  name: string;
  served: string | null;
  role: boolean;
}

/** The name as who speaks, with its kind, sex, titles and the place whose body it is, as the words around it say. */
function nameRef(phrase: string, words: string[], found: FoundName, chosenKind: SpeakerKind | undefined): SpeakerRef {
  const { tail, name } = found;
  const kind = nameKind(phrase, words, found, chosenKind);
  // (Not from a relative clause: "Sunita Devi, whose husband died …" is a woman.)
  const gender = genderIn(phrase.replace(/,\s*(?:who|whose|which)\b[^,]*/gi, '').split(/\s+/));
  // "Minister of State for External Affairs Shri V Muraleedharan": what "the minister" later means.
  const titles = words
    .slice(0, words.length - name.split(/\s+/).length)
    .map(bareWord)
    .filter((word) => TITLES.has(word) && !/\.$/.test(word) && word.length > 2);
  // "the state Department of Health": "state" is part of the body's name as written; "the city's Office of Housing
  // Stability" is the city's (speaker-memory.ts names it).
  const owner = words.slice(Math.max(0, words.length - tail.length - 2), words.length - tail.length).join(' ');
  const place = /^the\s+(city|town|country|nation)['’]s$/i.exec(owner)?.[1].toLowerCase();
  return {
    form: 'name',
    text: kind !== 'person' && /^the\s+state$/i.test(owner) ? `state ${name}` : name,
    ...(place && kind !== 'person' ? { placeOwner: /^(?:city|town)$/.test(place) ? 'city' : 'country' } : {}),
    ...(kind ? { kind } : {}),
    ...(gender ? { gender } : {}),
    ...(kind === 'person' && titles.length > 0 ? { titles } : {}),
  };
}

/** Whether the name is a person's or a body's, as the word before it, a title in its run or the phrase says. */
function nameKind(
  phrase: string,
  words: string[],
  { tail, name, served, role }: FoundName,
  chosenKind: SpeakerKind | undefined,
): SpeakerKind | undefined {
  // "Security firm Blackfen", "campaign group Tafod Dyfan", "retired engineer Walter Brandt": the word before says what it is.
  const described = (words[words.length - tail.length - 1] ?? '').toLowerCase();
  // "central bank Governor Elise Marchetti": a title in the run says a person, whatever the word before it.
  const titled =
    !!served || tail.slice(0, tail.length - name.split(/\s+/).length).some((word) => isPersonWord(bareWord(word)));
  if (isPersonWord(described) || titled || hasLawmakerTag(phrase)) return 'person';
  // "The Liberal Democrats said": a name written with "the" is a body's, however it looks.
  return ORG_HEADS.has(described) || role || (described === 'the' && looksLikePersonName(name))
    ? 'organization'
    : chosenKind;
}
