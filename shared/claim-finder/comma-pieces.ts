/**
 * Which comma piece of a subject says who speaks: "Its chief executive, Fiona Marsh" is Fiona Marsh; "Greta Lindahl,
 * head of Norrby Academy" is Greta Lindahl; "Writing on Facebook, Mrs Reed" is Mrs Reed.
 */

import { headOf, isDocument, isKnownHead } from './description-heads';
import { bareWord, capitalisedTail, looksLikePersonName, nameInRun } from './name-runs';
import type { SpeakerKind } from './speaker-ref';
import { relationOf } from './speaker-relations';
import {
  AGENT_HEADS,
  DOCUMENTS,
  GROUP_NOUNS,
  isPersonWord,
  opensAdverbially,
  ORG_HEADS,
  PERSON_HEADS,
  SPOKESPEOPLE,
  TITLES,
} from './speaker-words';

/** The piece chosen as who speaks, and the kind of speaker the pieces around it say it is. */
export interface ChosenPiece {
  piece: string;
  kind?: SpeakerKind;
}

/** "One of them", "Two of the men": a piece that only counts, before the appositive that says who. */
const COUNTING_PIECE = /^(?:one|some|many|most|two|three|four|five|several|each|both)\s+of\s+\S+/i;

/** "In a statement, the ministry", "Speaking to reporters, he": a piece of when or how, before who. */
const ADVERBIAL_OPENING =
  /^(?:in|on|at|after|before|during|speaking|writing|asked|responding|last|earlier|later|from|with|for|under|as)\b/i;

/** Whether the piece is a proper name from its first word to its last: "Petrovar", "Bellini Dining Ltd". */
function isWholeProperName(piece: string): boolean {
  const words = piece.split(/\s+/);
  // ("The actress, 36": an age is no name.)
  return (
    capitalisedTail(words)?.length === words.length &&
    !/^(?:the|a|an|its|his|her|their)$/i.test(words[0]) &&
    !/^\d/.test(piece)
  );
}

/**
 * What an indefinite appositive says the name is: "Transparency Norden, a watchdog" is an organisation; and a
 * relative pronoun: "Ola Berg, who skippers a trawler" is a person, "Norsk Fiske, which represents …" a body.
 */
function kindFromAppositive(pieces: readonly string[]): SpeakerKind | undefined {
  for (const piece of pieces) {
    if (/^who\b/i.test(piece)) return 'person';
    if (/^which\b/i.test(piece)) return 'organization';
    const words = piece.split(/\s+/);
    if (!/^(?:a|an)$/i.test(words[0]) || words.length > 6) continue;
    const head = headOf(words.slice(1));
    if (ORG_HEADS.has(head) || GROUP_NOUNS.has(head)) return 'organization';
    if (PERSON_HEADS.has(head) || TITLES.has(head)) return 'person';
  }
  return undefined;
}

/** "who gave his name only as Martin", "who gave her first name as Ann", "identified only as Ravi": the name given. */
const GAVE_NAME =
  /^(?:who\s+)?(?:(?:gave|gives|give)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:was\s+)?(?:identified|named|known)\s+only\s+as)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

/** Nouns for places: "the Marvian capital, Tessin" names where, not who. */
const PLACE_HEADS = new Set(
  'capital city town village port region province district county state country island area suburb neighbourhood neighborhood border coast'.split(
    ' ',
  ),
);

/**
 * "The city's largest employer, Brannock Steel": a description whose head no list holds, made definite by its owner
 * ("X's"), renamed by the name after it — unless it is a place.
 */
const namesSomeoneUnlisted = (words: readonly string[], head: string) =>
  words.length <= 5 && words.some((word) => /\p{Ll}['’]s$/u.test(word)) && !PLACE_HEADS.has(head);

/**
 * Comma pieces of a subject. A person named first keeps the subject; else the appositive name wins
 * ("Its chief executive, Fiona Marsh"; "the refinery's operator, Petrovar"), unless the description before it is a
 * place ("the Marvian capital, Tessin"); a relation ("the wife of ...") wins over a piece that only counts; a
 * leading adverbial is dropped. An indefinite appositive may say the kind ("Transparency Norden, a watchdog").
 */
export function choosePiece(text: string): ChosenPiece {
  const pieces = commaPieces(text);
  if (pieces.length <= 1) return { piece: pieces[0] ?? '' };
  const first = pieces[0];
  const settled =
    pronounAfterName(pieces) ??
    twoPeople(pieces) ??
    documentFirst(pieces) ??
    personThenHome(pieces) ??
    nameGiven(pieces);
  if (settled) return settled;
  const kind = kindFromAppositive(pieces.slice(1));
  // "Writing on Facebook, Mrs Reed said", "Giving evidence on Tuesday, Deborah Nkemelu, a forensic accountant, said",
  // "Under cross-examination by his barrister, Fiona Cargill, Ms Nkemelu accepted", "Pressed by reporters, he said":
  // a participle's or a preposition's phrase, however capitalised, is not who; who is in the pieces after it.
  if (opensAdverbially(first)) return choosePiece(afterAdverbial(first, pieces.slice(1)).join(', '));
  const source = sourceAtNamedBody(pieces);
  if (source) return source;
  // "Greta Lindahl, head of Norrby Academy": the person named first.
  if (looksLikePersonName(first)) return { piece: first, kind };
  const chosen = namedAppositive(pieces) ?? renamingAppositive(pieces) ?? appositiveOfCount(pieces);
  if (chosen) return chosen;
  return ADVERBIAL_OPENING.test(first) ? { piece: pieces[pieces.length - 1] } : { piece: first, kind };
}

/** The pieces between commas, without an age: "Her daughter, Lisa, 44,": an age says nothing of who. */
function commaPieces(text: string): string[] {
  return text
    .split(/\s*,\s*/)
    .map((piece) => piece.trim())
    .filter((piece, index) => piece && !(index > 0 && /^(?:aged\s+)?\d{1,3}$/.test(piece)));
}

/** "Moss, she said, had promised …": a frame in mid-sentence; the name before it is what was said about. */
function pronounAfterName(pieces: readonly string[]): ChosenPiece | undefined {
  const last = pieces[pieces.length - 1];
  return /^(?:he|she|they|it)$/i.test(last) ? { piece: last } : undefined;
}

/** "The head of the mission, Inga Solberg, and her deputy, Marc Aubert": two people speaking together. */
function twoPeople(pieces: readonly string[]): ChosenPiece | undefined {
  if (!pieces.some((piece, index) => index > 0 && /^and\s/i.test(piece))) return undefined;
  const people = pieces
    .map((piece) => nameInRun(capitalisedTail(piece.split(/\s+/)) ?? []))
    .filter((name): name is string => !!name && looksLikePersonName(name));
  return people.length === 2 ? { piece: people.join(' and '), kind: 'organization' } : undefined;
}

/** "The document, prepared by officials for the justice secretary, Lorna Baptiste, says …": a document, whoever it names. */
function documentFirst(pieces: readonly string[]): ChosenPiece | undefined {
  const words = pieces[0].split(/\s+/);
  const document =
    words.length <= 4 &&
    /^(?:the|a|an|this|its|their|his|her)$/i.test(words[0]) &&
    DOCUMENTS.has(bareWord(words[words.length - 1]));
  return document ? { piece: pieces[0] } : undefined;
}

/** "Pellow, of Orchard Rise, Marlford, denies …": where the person lives follows who. */
function personThenHome(pieces: readonly string[]): ChosenPiece | undefined {
  return /^(?:of|from)\s+\p{Lu}/u.test(pieces[1]) && /^\p{Lu}/u.test(pieces[0]) ? { piece: pieces[0] } : undefined;
}

/** "Another resident, who gave his name only as Martin": the name the person gave is who. */
function nameGiven(pieces: readonly string[]): ChosenPiece | undefined {
  const gaveName = pieces.map((piece) => GAVE_NAME.exec(piece)).find(Boolean);
  return gaveName ? { piece: gaveName[1], kind: 'person' } : undefined;
}

/**
 * The pieces after an adverbial, without the name that belongs to it: "Under cross-examination by his barrister, Fiona
 * Cargill, Ms Nkemelu" -> "Ms Nkemelu" (a name right after a role ending the adverbial is that role's).
 */
function afterAdverbial(adverbial: string, rest: readonly string[]): readonly string[] {
  const last = adverbial.split(/\s+/).pop() ?? '';
  return rest.length > 1 && isPersonWord(last) && isWholeProperName(rest[0]) ? rest.slice(1) : rest;
}

/** "A source at the tour operator, SunSeeker Holidays": the name says which operator; the source is still who. */
function sourceAtNamedBody(pieces: readonly string[]): ChosenPiece | undefined {
  const placed = /^(?:[Aa]n?|[Oo]ne)\s+(\p{Ll}+)\s+(at|from|inside|close\s+to)\s+(?:the|a|an)\s+[\p{Ll}\s-]+$/u.exec(
    pieces[0],
  );
  const source =
    placed &&
    !SPOKESPEOPLE.has(placed[1]) &&
    isPersonWord(placed[1]) &&
    pieces.length === 2 &&
    isWholeProperName(pieces[1]);
  return source ? { piece: `${placed[1]} ${placed[2]} ${pieces[1]}`, kind: 'person' } : undefined;
}

/**
 * "The interior ministry's spokesperson, Dana Oyelaran": the description before says the name is a person's;
 * "Her management company, Halo Talent": a body's.
 */
function namedAppositive(pieces: readonly string[]): ChosenPiece | undefined {
  const appositives = pieces.slice(1).filter((piece) => !/^(?:who|which|that|whose|where|when)\b/i.test(piece));
  const named = appositives.find((piece) =>
    looksLikePersonName(nameInRun(capitalisedTail(piece.split(/\s+/)) ?? []) ?? ''),
  );
  if (!named) return undefined;
  const head = headOf(pieces[0].split(/\s+/));
  const said = isPersonWord(head) ? 'person' : ORG_HEADS.has(head) ? 'organization' : undefined;
  return { piece: named, ...(said ? { kind: said } : {}) };
}

/** "The owner of Elmfield House, Beechwood Care": the owner; "the Marvian capital, Tessin": a capital. */
function renamingAppositive(pieces: readonly string[]): ChosenPiece | undefined {
  const [first] = pieces;
  const firstWords = first.split(/\s+/);
  const owner = /^(.*?)\s+of\s+/i.exec(first);
  const renamed = bareWord(owner ? owner[1].split(/\s+/).pop()! : firstWords[firstWords.length - 1]);
  // "The union, the RMT Workers Alliance, …": a proper name may come with its "the".
  const appositive = pieces.length === 2 ? pieces[1].replace(/^the\s+(?=\p{Lu})/u, '') : '';
  const renames =
    !isWholeProperName(first) &&
    // ("The losing bidder, Phakama Pharma Distributors": a definite description before a name is what it names.)
    (isKnownHead(renamed) || namesSomeoneUnlisted(firstWords, renamed) || /^(?:the|its|their)$/i.test(firstWords[0])) &&
    !isDocument(firstWords) &&
    pieces.length === 2 &&
    isWholeProperName(appositive);
  if (!renames) return undefined;
  // "Ms Reid's mother, Ann": a person; "Bellini's restaurant group, Bellini Dining Ltd": a body; "the operator, Petrovar": either.
  const kind = AGENT_HEADS.has(renamed)
    ? undefined
    : PERSON_HEADS.has(renamed) || TITLES.has(renamed)
      ? 'person'
      : ORG_HEADS.has(renamed)
        ? 'organization'
        : undefined;
  return { piece: appositive, kind };
}

/** "One of them, the wife of …", "One of the people, a government official briefed on the matter": the appositive says who the one is. */
function appositiveOfCount(pieces: readonly string[]): ChosenPiece | undefined {
  if (!COUNTING_PIECE.test(pieces[0])) return undefined;
  const relation = pieces.slice(1).find((piece) => relationOf(piece));
  if (relation) return { piece: relation };
  const described = pieces.slice(1).find((piece) => /^(?:a|an)\s/i.test(piece));
  return described ? { piece: described } : undefined;
}
