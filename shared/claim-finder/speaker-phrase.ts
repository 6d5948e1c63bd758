/**
 * The subject of a speech frame ("Defence Minister Ilse Varga", "The
 * commission's chairman, Isaac Boateng", "Human rights groups", "the
 * ministry", "she") read as a reference to a speaker, before it is resolved
 * against earlier mentions (speaker-memory.ts).
 */

import { choosePiece } from './comma-pieces';
import { descriptionKind, headOf, isCapitalisedRole, isDocument, isKnownHead, isPlural } from './description-heads';
import { hasGivenName } from './given-names';
import { looksLikePersonName, nameInRun } from './name-runs';
import { namedSpeaker } from './named-speaker';
import { phraseWordCount } from './phrase-length';
import {
  stripTrailing,
  withoutAside,
  withoutAsidesAndOpenings,
  withoutBasedOpening,
  withoutDefiniteCount,
  withoutGroupCountOrPlace,
  withoutTabloidCapitals,
  withoutWhereBased,
} from './phrase-trimming';
import { genderIn, type Pronoun, type SpeakerKind, type SpeakerRef } from './speaker-ref';
import {
  bodyOfFigures,
  bodySpokenFor,
  creditedDocument,
  namedBodyBefore,
  pronounOwner,
  relationOf,
  relativeOf,
  type SpokenFor,
} from './speaker-relations';
import { DESCRIBED_PEOPLE, isPersonWord, namesPeople, ORG_HEADS } from './speaker-words';

/** What a step of reading a phrase decides: who speaks, that no one does (null), or nothing yet (undefined). */
type Reading = SpeakerRef | null | undefined;

/**
 * "a cousin of the two men, who gave his name only as Bakyt", "A neighbour who would only give her first name, Rosa":
 * the person is written by the name they gave.
 */
export const GIVEN_NAME_ONLY =
  /\bwho\s+(?:gave|gives|would\s+(?:only\s+)?give|asked\s+to\s+be\s+(?:identified|named|called))\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+)?name\s*)?(?:only\s+)?(?:as\s+)?,?\s*(\p{Lu}[\p{L}'’-]+)/u;

/** "records seen by the Courier", "emails obtained by The Ledger": the outlet's own look at a document. */
const SEEN_BY_OUTLET = /^(?:the\s+|an?\s+)?(?:\S+\s+){0,3}?\p{Ll}+s?\s+(?:seen|obtained)\s+by\s+(?:the\s+)?\p{Lu}/u;

/** "after neighbours", "because residents": the subject of a clause of time or reason, with nothing after a comma. */
const SUBORDINATE_OPENING = /^(?:after|before|because|since|until|unless|although|though|once|whereas)\s+[^,]+$/i;

/** A union's local branch, named with its number: "Local 412 of the …", "Teamsters Local 727". */
const UNION_LOCAL =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+)*Local\s+\d{1,5}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)?)$/u;

/** The phrase read as a reference to who speaks; null when it names no one who does. */
export function speakerRefOf(phrase: string): SpeakerRef | null {
  const text = withoutAsidesAndOpenings(phrase);
  // "…, after neighbours reported a man shouting": a speech verb in a clause of time or reason frames no claim.
  // "health records seen by The Sun Deck": what the outlet itself saw is its own finding, no one's claim.
  if (SUBORDINATE_OPENING.test(text) || SEEN_BY_OUTLET.test(text)) return null;
  const described = asDescription(withoutWhereBased(text));
  const named = namedOutright(described);
  if (named !== undefined) return named;
  const plain = withoutTabloidCapitals(described);
  // "the Daily Beacon can reveal": the outlet telling its own story is no speaker.
  if (/\b(?:can|could)\s*$/i.test(plain)) return null;
  const chosen = choosePiece(plain);
  // "Local 412 of the Sanitation Workers Union", "Amalgamated Transit Workers Local 1187": a union local, number and all.
  const local = UNION_LOCAL.exec(chosen.piece.trim());
  if (local) return { form: 'name', text: local[1], kind: 'organization' };
  // ("The trawler's owner, Skarvik-based Aasen Fisk,": the appositive chosen may say where it is based too.)
  const piece = withoutBasedOpening(stripTrailing(chosen.piece));
  const reading = firstDecided(piece);
  return reading !== undefined ? reading : groupOrName(phrase, piece, chosen.kind);
}

/** How the piece chosen may be read, in order, before its counts and places come off. */
const PIECE_READINGS: readonly ((piece: string) => Reading)[] = [
  notSpeaking,
  pronoun,
  personDescribed,
  creditedBody,
  relatedPerson,
  bothBodies,
  oneOfGroup,
];

/** What the first reading that decides reads the piece as; undefined when none does. */
function firstDecided(piece: string): Reading {
  for (const read of PIECE_READINGS) {
    const reading = read(piece);
    if (reading !== undefined) return reading;
  }
  return undefined;
}

/** The phrase with a person described by what they belong to, or by a role in capitals, as a plain description. */
function asDescription(text: string): string {
  let described = text;
  // "the Glow Up singer", "the United striker", "the Labour MP": a person described by what they belong to.
  const belonging = /^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Ll}+|MP|MSP|MEP|TD)$/u.exec(described);
  if (belonging && (isPersonWord(belonging[1].toLowerCase()) || DESCRIBED_PEOPLE.has(belonging[1])))
    described = `the ${belonging[1]}`;
  // "The Mines Minister", "the Health Secretary": a role written in capitals, the person named with it before.
  const definiteRole = /^[Tt]he\s+(.+)$/.exec(described)?.[1];
  if (definiteRole && isCapitalisedRole(definiteRole)) described = `the ${definiteRole.toLowerCase()}`;
  return described;
}

/** A name the phrase gives outright: the name someone gave, a union or party by its name, a spokesperson's body. */
function namedOutright(text: string): Reading {
  const givenOnly = GIVEN_NAME_ONLY.exec(text);
  if (givenOnly) return { form: 'name', text: givenOnly[1], kind: 'person' };
  // "The GMU union", "the Labour party" (", which represents …"): the body is its name.
  const namedUnion =
    /^(?:[Tt]he\s+)?(?!(?:The|A|An|Its|Their|His|Her|Our|This|That)\s)(\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+(?:union|party)$/u.exec(
      text.replace(/,\s*(?:which|who)\b.*$/, ''),
    );
  if (namedUnion) return { form: 'name', text: namedUnion[1], kind: 'organization' };
  // Before the tabloid capitals are lowered: "A QNOC spokesman" names its body in capitals.
  const namedBody = namedBodyBefore(text);
  return namedBody ? voiced(namedBody) : undefined;
}

/** The body's reference, marked as heard through its spokesperson. */
function voiced(spokenFor: SpokenFor): SpeakerRef | null {
  const ref = speakerRefOf(spokenFor.body);
  if (ref?.form === 'pronoun') return ref;
  if (!ref) return null;
  const voicedBy = genderIn([spokenFor.word]) ?? 'unknown';
  // "A Downing Street spokesman": whoever has a spokesman is a body, though its name looks like a person's.
  const voicedRef: SpeakerRef =
    ref.form === 'name' && !hasGivenName(ref.text)
      ? { ...ref, kind: ref.kind ?? 'organization', voicedBy }
      : { ...ref, voicedBy };
  // "A spokesman for Neil Garside", "a spokesman for the Premier": a person's spokesperson is written so, as "Blake's
  // spokesman" is (the guide); a body's speaks for the body (speaker-memory.ts tries the person first).
  const forPerson = ref.form === 'name' ? ref.kind !== 'organization' : ref.kind === 'person' && ref.definite;
  if (!spokenFor.forWhom || !forPerson) return voicedRef;
  const word = spokenFor.word.toLowerCase();
  const whom = ref.form === 'name' ? ref.text : spokenFor.body.replace(/^(?:the|a|an)\s+/i, '');
  return {
    form: 'description',
    text: `${word} for ${whom}`,
    head: word,
    kind: 'person',
    definite: false,
    relativeOf: whom,
    relatedBy: 'for',
    orElse: voicedRef,
  };
}

/** "her" alone is an object; "Her neighbour Lyn Cole" is a person. */
function notSpeaking(text: string): Reading {
  // ("US officials", "WHO Director-General …": a short form in capitals is no pronoun.)
  const object =
    !/^\p{Lu}{2,}\b/u.test(text) &&
    /^(?:them|him|us|me|you|i|we|this|that|these|those|there|which|who)\b|^her$/i.test(text);
  return object ? null : undefined;
}

/** "he", "she", "it", "they". */
function pronoun(text: string): Reading {
  const match = /^(he|she|it|they)$/i.exec(text);
  return match ? { form: 'pronoun', pronoun: match[1].toLowerCase() as Pronoun } : undefined;
}

/** "the 49-year-old", "the gran-of-five", "the 58-year-old former banker": the person the story is about. */
function personDescribed(text: string): Reading {
  const words = text.split(/\s+/);
  if (
    !/^the\s/i.test(text) ||
    words.length > 4 ||
    !words.some((word) => /^\d+-year-old$/i.test(word) || (isPersonWord(word) && /-of-/.test(word)))
  )
    return undefined;
  const gender = genderIn(words.map((word) => word.replace(/-of-.*$/, '')));
  const age = /\b(\d+)-year-old\b/i.exec(text)?.[1];
  return { form: 'pronoun', pronoun: 'person', ...(gender ? { gender } : {}), ...(age ? { age: Number(age) } : {}) };
}

/** The body a document credits, a spokesperson speaks for, or whose figures they are. */
function creditedBody(text: string): Reading {
  const source = creditedDocument(text);
  if (source) return speakerRefOf(source);
  const spokenFor = bodySpokenFor(text);
  if (spokenFor) return voiced(spokenFor);
  const figures = bodyOfFigures(text);
  if (!figures) return undefined;
  const ref = speakerRefOf(figures);
  return ref?.form === 'description' ? { ...ref, pointsBackOnly: true } : ref;
}

/** "the wife of radio reporter Emil Dragan", "a friend of the star": a person known by a relation to someone. */
function relatedPerson(text: string): Reading {
  const relation = relationOf(text);
  if (relation) return { form: 'name', text: relation, kind: 'person' };
  return relativeOf(text) ?? undefined;
}

/** "Both companies have denied wrongdoing", "The two firms said": the two bodies named together before. */
function bothBodies(text: string): Reading {
  const both = /^(?:both|the\s+two)\s+(\p{Ll}+s)$/iu.exec(text);
  if (!both || !ORG_HEADS.has(both[1].toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''))) return undefined;
  const ref = speakerRefOf(`the ${both[1]}`);
  return ref?.form === 'description' ? { ...ref, together: true } : undefined;
}

/** "One of them", "one of the people said" after "two people familiar with the matter": that group speaks. */
function oneOfGroup(text: string): Reading {
  const oneOf =
    /^(?:one|some|two|three|several|many|most|each|both|either|neither)\s+of\s+(?:(them)|(?:the|those|these)\s+(\p{L}+))$/iu.exec(
      text,
    );
  if (oneOf?.[1]) return { form: 'pronoun', pronoun: 'they' };
  if (!oneOf || !isPlural(oneOf[2].toLowerCase())) return undefined;
  const group = oneOf[2].toLowerCase();
  const one = withoutDefiniteCount(text);
  const orElse = one !== text ? speakerRefOf(one) : null;
  return {
    form: 'description',
    text: group,
    head: group,
    kind: 'organization',
    definite: true,
    ...(orElse ? { orElse } : {}),
  };
}

/** Who a group, a name or a description says speaks, once counts and places are off it. */
function groupOrName(phrase: string, piece: string, chosenKind: SpeakerKind | undefined): SpeakerRef | null {
  const text = withoutGroupCountOrPlace(piece);
  // "Nine in ten households reported ...": a counted subject is a finding, not a speaker.
  if (isCounted(text)) return null;
  // "X said in a statement … The statement added": whoever made it (speaker-memory.ts), else no one.
  const made = /^the\s+(statement|letter)$/i.exec(text);
  if (made) {
    const word = made[1].toLowerCase();
    return { form: 'description', text: word, head: word, kind: 'organization', definite: true, madeBy: word };
  }
  const words = text.split(/\s+/).filter(Boolean);
  // ("Leader of Opposition in the state Assembly Harbhajan Singh Gill of the Lok Janata Party": names count as one word.)
  if (words.length === 0 || phraseWordCount(text) > 10 || isDocument(words)) return null;
  const named = namedSpeaker(phrase, words, chosenKind);
  return named !== undefined ? named : describedSpeaker(text);
}

/**
 * A number of people, given roughly as a group is: "More than 60 artists", "Around 90 workers", "Some 300 residents"
 * (not "1,200 workers", more often a figure in what is said than who says it).
 */
const COUNTED_GROUP =
  /^(?:around|about|some|nearly|almost|more\s+than|over|at\s+least|roughly|an\s+estimated)\s+\d[\d,]*\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+)(?:\s|$)/u;

/** "Nine in ten households", "most residents": a counted subject is a finding; "the five experts" is not. */
function isCounted(text: string): boolean {
  // "mother-of-three Jo Pike", "a 12-member panel" count nothing: a number inside a hyphenated word describes.
  // "Majority Leader John Hale": a count word inside a name counts nothing either.
  const words = text.split(/\s+/);
  // "two people familiar with the talks", "Three current employees": a few people counted in words are who spoke.
  if (/^(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?!in\b|of\b|out\b)/i.test(text) && !/\d|%/.test(text))
    return false;
  // "More than 2,600 people", "Around 90 workers at Golden Crumb": a group counted in figures, not a share of one.
  const group = COUNTED_GROUP.exec(text.toLowerCase());
  if (group && namesPeople(group[1]) && !/%|\bof\b/i.test(text)) return false;
  return words.some(
    (word, index) =>
      !word.includes('-') &&
      (/\d/.test(word) ||
        (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|most|majority|many|some|few|all)$/i.test(
          word,
        ) &&
          !/^\p{Lu}/u.test(words[index + 1] ?? ''))),
  );
}

/** A common-noun phrase as who speaks ("police spokesperson", "the ministry", "Her office"); null when it is no one. */
function describedSpeaker(phrase: string): SpeakerRef | null {
  const { text, namedOwner } = withOwnerNamed(phrase);
  const determiner = /^(the|a|an|its|his|her|their)\s+/i.exec(text);
  const bare = determiner ? text.slice(determiner[0].length) : text;
  const bareWords = bare.split(/\s+/);
  if (namesNoOne(bare, bareWords)) return null;
  const definite = !!determiner && !/^(a|an)$/i.test(determiner[1]);
  const head = headOf(bareWords);
  // "the bloc's audit office": the body of whatever "the bloc" points back to.
  const owned = /^(\p{Ll}[\p{L}-]*)['’]s\s+\S/u.exec(bare);
  const ownerDescription =
    determiner && /^the$/i.test(determiner[1]) && owned && ORG_HEADS.has(head) ? owned[1] : undefined;
  const indefinite = !!determiner && /^(a|an)$/i.test(determiner[1]);
  return {
    form: 'description',
    text: withoutAside(bare),
    head,
    kind: descriptionKind(head, bare),
    definite,
    ...pronounOwner(determiner?.[1], head, bareWords.length),
    ...(namedOwner ? { namedOwner } : {}),
    ...(ownerDescription ? { ownerDescription } : {}),
    ...(indefinite ? { indefinite } : {}),
  };
}

/** A description owned by a named person or body, with the owner's name as the memory may complete it. */
function withOwnerNamed(phrase: string): { text: string; namedOwner?: string } {
  let text = phrase;
  // "President Ilona Varga's office" -> "Ilona Varga's office": whose office, named without the title.
  const titledOwner = /^((?:\p{Lu}[\p{L}.’'-]*\s+){1,5}?\p{Lu}[\p{L}.-]*)['’]s\s+(\p{Ll}.*)$/u.exec(text);
  const ownerName = titledOwner && nameInRun(titledOwner[1].split(/\s+/));
  if (titledOwner && ownerName && ownerName !== titledOwner[1] && looksLikePersonName(ownerName))
    text = `${ownerName}'s ${titledOwner[2]}`;
  // "President Tembe's office", "Hollis's campaign": a surname whose full name the memory may know.
  // ("United's supporters' trust", "Rovers' supporters' club": a body's, its head last.)
  const bySurname = /^(\p{Lu}[\p{L}’'-]*?)(?:['’]s|(?<=s)['’])\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}(\p{Ll}[\p{L}-]*)$/u.exec(
    titledOwner && ownerName && !ownerName.includes(' ') ? `${ownerName}'s ${titledOwner[2]}` : text,
  );
  const ownedBody = !!bySurname && ORG_HEADS.has(bySurname[2]) && !isPersonWord(bySurname[2]);
  // "Ortiz's office said": the office of the person that surname points back to ("Jan Ortiz's office").
  return ownedBody ? { text: bySurname[0], namedOwner: bySurname[1] } : { text };
}

/** "guests who arrived last Friday": a relative clause says which people; "the plan that …" is no one. */
function namesNoOne(bare: string, bareWords: string[]): boolean {
  const relative = bareWords.findIndex(
    (word) => /^(?:who|which|that|whose)$/i.test(word) && !/^\p{Lu}{2,}$/u.test(word),
  );
  return (
    !/\p{L}/u.test(bare) ||
    (relative >= 0 && !(/^who$/i.test(bareWords[relative]) && relative > 0 && isKnownHead(headOf(bareWords))))
  );
}
