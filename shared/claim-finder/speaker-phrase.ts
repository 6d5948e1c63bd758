/**
 * The subject of a speech frame ("Defence Minister Ilse Varga", "The
 * commission's chairman, Isaac Boateng", "Human rights groups", "the
 * ministry", "she") read as a reference to a speaker, before it is resolved
 * against earlier mentions (speaker-memory.ts).
 */

import { hasGivenName } from './given-names';
import {
  AGENT_HEADS,
  CAPITALISED_DAYS_AND_MONTHS,
  DESCRIBED_PEOPLE,
  DOCUMENTS,
  EMOTIVE_WORDS,
  FEMALE_WORDS,
  GROUP_NOUNS,
  isPersonWord,
  MALE_WORDS,
  namesPeople,
  opensAdverbially,
  pluralRole,
  ORG_HEADS,
  PERSON_HEADS,
  RELATIONS,
  RELATIVE_HEADS,
  SPOKESPEOPLE,
  PARTY_SEATS,
  PARTY_WORDS,
  TITLES,
  WHEN_OPENING,
} from './speaker-words';
import { phraseWordCount } from './phrase-length';
import {
  bareWord,
  capitalised,
  capitalisedTail,
  looksLikePersonName,
  nameInRun,
  personAfterBody,
  personAfterPlace,
  prepositionBefore,
} from './name-runs';

export type SpeakerKind = 'person' | 'organization';
/** A person's sex as the text shows it ("Ms", "spokesman", "she"), for "he" and "she" and "Mr Dawes". */
export type Gender = 'f' | 'm';

export type Pronoun = 'he' | 'she' | 'it' | 'they' | 'person';

export type SpeakerRef =
  /** "person": a description that only describes the person spoken of ("the 49-year-old", "the gran-of-five"). */
  | { form: 'pronoun'; pronoun: Pronoun; gender?: Gender; age?: number }
  /** A proper name: a person, an organisation, a country, or a surname to be completed; `kind` when the words before it say ("campaign group X"). */
  | {
      form: 'name';
      text: string;
      kind?: SpeakerKind;
      gender?: Gender;
      voicedBy?: Voice;
      titles?: string[];
      /** "the city's Office of Housing Stability": the place whose body it is, named elsewhere in the copy. */
      placeOwner?: 'city' | 'country';
    }
  /**
   * A common-noun phrase: "police spokesperson", "Human rights groups"; `definite` ones ("the ministry") point back;
   * `pointsBackOnly` ones ("commission figures") name a speaker only if they point back to one.
   */
  | {
      form: 'description';
      text: string;
      head: string;
      kind: SpeakerKind;
      definite: boolean;
      pointsBackOnly?: boolean;
      /** "Both companies", "the two firms": two bodies named together before. */
      together?: boolean;
      /** "one of the people": the group named before ("two people familiar with the matter"), else this. */
      orElse?: SpeakerRef;
      /** "Her office", "Its interior ministry": whose body it is. */
      owner?: 'he' | 'she' | 'it';
      /** "His rep", "her spokeswoman": who the person speaks for ("Dean Ashby's rep"). */
      speaksFor?: 'he' | 'she';
      /** "her daughter", "his wife": whose relative the person is. */
      kinOf?: 'he' | 'she';
      /** "Tembe's office": the surname of the person whose body it is, for the full name ("Ana Tembe's office"). */
      namedOwner?: string;
      /** "the bloc's audit office": the description of whose body it is ("bloc"). */
      ownerDescription?: string;
      /** "a children's charity": perhaps named in the sentence after. */
      indefinite?: boolean;
      /** "the statement added": the statement someone was said to have made before. */
      madeBy?: string;
      /** "a friend of the star", "a pal of Reece's": who the person is known by ("star", "Reece"). */
      relativeOf?: string;
      /** How the person is related: "of" ("a friend of the star"), or "close to" ("a source close to Baptiste"). */
      relatedBy?: string;
      voicedBy?: Voice;
    };

/**
 * "Several residents who spoke to MBC News" -> "residents", "Two paramedics who treated Mr Pacey" -> "Two
 * paramedics": who a group is, without a vague count or a relative clause after words that already say who ("guests
 * who arrived last Friday" keeps its clause: "guests" alone says nothing).
 */
function withoutAside(description: string): string {
  const words = description.split(/\s+/);
  const relative = words.findIndex((word, index) => index > 1 && /^who$/i.test(word));
  const kept = relative > 0 ? words.slice(0, relative) : words;
  return kept.length > 1 && /^(?:several|some|many)$/i.test(kept[0]) ? kept.slice(1).join(' ') : kept.join(' ');
}

/** A body heard through its spokesperson ("a spokesman for the company"): the person's sex, for a later "he said". */
export type Voice = Gender | 'unknown';

export { ORG_HEADS, PERSON_HEADS, TITLES } from './speaker-words';

const LEADING_WORDS =
  /^(?:but|and|yet|so|however|meanwhile|instead|now|still|also|separately|earlier|later|where|whereas)\b[\s,]*/i;
/** People who speak for a person: "His rep said" is that person's rep. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative', 'publicist', 'agent']);

/** What a body owns or sells, opening a subject ("Shares of Norland Holdings fell"): a thing, not who. */
const THINGS_OF =
  /^(?:Shares|Stocks?|Bonds|Sales|Profits?|Revenues?|Prices|Parts|Units|Assets|Accounts|Much|Most|All)$/;

const EMOTIVE = new RegExp(`^((?:the|some|many|a|an)\\s+)?(?:${[...EMOTIVE_WORDS].join('|')})\\s+(?=\\p{Ll})`, 'iu');
const GROUP_OF = /^(?:a|an|the)?\s*(?:group|team|panel|number|coalition|handful|delegation|body)\s+of\s+/i;
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

/** "The Opposition Janata Vikas Party": where a party sits, before a party's name. */
const PARTY_SEAT_OPENING = new RegExp(
  `^(?:the\\s+)?(?:${[...PARTY_SEATS].join('|')})\\s+(?=(?:\\p{Lu}[\\p{L}'’-]*\\s+)*(?:${[...PARTY_WORDS].join('|')})\\b)`,
  'iu',
);

/** "Ostrova's central bank unexpectedly (raised …)": a manner word in lower case, not "the Smith family" nor "Kelly". */
const TRAILING_MANNER = /\s+(?!(?:family|ally|assembly|supply|rally|monopoly|anomaly|bully|july)$)\p{Ll}{3,}ly$/u;

function stripTrailing(text: string): string {
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

/** The head noun of a description: the last word before "of", "for", "close to" ... ("source close to the chef" -> "source"). */
export function headOf(words: readonly string[]): string {
  // "police said", "people familiar with …"; but "police spokeswoman": a group noun before a person word only says whose.
  if (GROUP_NOUNS.has(bareWord(words[0])) && !(words[1] && isPersonWord(bareWord(words[1])))) return bareWord(words[0]);
  // "records reviewed by the Lorne Sentinel", "an official briefed on the matter", "guests who arrived":
  // a participle with its complement, or a relative clause, ends the head's phrase too.
  const cut = words.findIndex(
    (word, index) =>
      index > 0 &&
      // ("Department of Health spokesperson": an "of" inside a capitalised name does not end the head's phrase.)
      ((/^(?:of|for|from|at|in|on|close|near|familiar|with|to|who)$/i.test(word) &&
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
          /^(?:the|a|an|its|his|her|their|our|\p{Lu}.*)$/u.test(words[index + 1] ?? ''))),
  );
  const own = cut > 0 ? words.slice(0, cut) : words;
  return bareWord(own[own.length - 1]);
}

/** "the coast guard", "the National Guard": a force, though a guard alone is one person. */
const GUARD_FORCE = /\b(?:coast|national|home)\s+guard$/i;

function descriptionKind(head: string, text = ''): SpeakerKind {
  if (GUARD_FORCE.test(text)) return 'organization';
  if (PERSON_HEADS.has(head) || TITLES.has(head)) return 'person';
  if (ORG_HEADS.has(head) || GROUP_NOUNS.has(head)) return 'organization';
  return isPlural(head) ? 'organization' : 'person';
}

/** "experts", "fishermen": a plural head is a group. */
const isPlural = (head: string) => (/s$/.test(head) && !/ss$/.test(head)) || /men$/.test(head) || head === 'people';

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
function isDocument(words: string[]): boolean {
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

/** "One of them", "Two of the men": a piece that only counts, before the appositive that says who. */
const COUNTING_PIECE = /^(?:one|some|many|most|two|three|four|five|several|each|both)\s+of\s+\S+/i;

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
function choosePiece(text: string): { piece: string; kind?: SpeakerKind } {
  const pieces = text
    .split(/\s*,\s*/)
    .map((piece) => piece.trim())
    // "Her daughter, Lisa, 44,": an age says nothing of who.
    .filter((piece, index) => piece && !(index > 0 && /^(?:aged\s+)?\d{1,3}$/.test(piece)));
  if (pieces.length <= 1) return { piece: pieces[0] ?? '' };
  // "Moss, she said, had promised …": a frame in mid-sentence; the name before it is what was said about.
  if (/^(?:he|she|they|it)$/i.test(pieces[pieces.length - 1])) return { piece: pieces[pieces.length - 1] };
  const first = pieces[0];
  // "The head of the mission, Inga Solberg, and her deputy, Marc Aubert": two people speaking together.
  if (pieces.some((piece, index) => index > 0 && /^and\s/i.test(piece))) {
    const people = pieces
      .map((piece) => nameInRun(capitalisedTail(piece.split(/\s+/)) ?? []))
      .filter((name): name is string => !!name && looksLikePersonName(name));
    if (people.length === 2) return { piece: people.join(' and '), kind: 'organization' };
  }
  // "The document, prepared by officials for the justice secretary, Lorna Baptiste, says …": a document, whoever it names.
  const firstWords = first.split(/\s+/);
  if (
    firstWords.length <= 4 &&
    /^(?:the|a|an|this|its|their|his|her)$/i.test(firstWords[0]) &&
    DOCUMENTS.has(bareWord(firstWords[firstWords.length - 1]))
  )
    return { piece: first };
  // "Pellow, of Orchard Rise, Marlford, denies …": where the person lives follows who.
  if (/^(?:of|from)\s+\p{Lu}/u.test(pieces[1]) && /^\p{Lu}/u.test(first)) return { piece: first };
  // "Another resident, who gave his name only as Martin": the name the person gave is who.
  const gaveName = pieces.map((piece) => GAVE_NAME.exec(piece)).find(Boolean);
  if (gaveName) return { piece: gaveName[1], kind: 'person' };
  const kind = kindFromAppositive(pieces.slice(1));
  // "Greta Lindahl, head of Norrby Academy": the person named first.
  // "Writing on Facebook, Mrs Reed said", "Giving evidence on Tuesday, Deborah Nkemelu, a forensic accountant, said",
  // "Under cross-examination by his barrister, Fiona Cargill, Ms Nkemelu accepted", "Pressed by reporters, he said":
  // a participle's or a preposition's phrase, however capitalised, is not who; who is in the pieces after it.
  if (opensAdverbially(first)) return choosePiece(afterAdverbial(first, pieces.slice(1)).join(', '));
  // "A source at the tour operator, SunSeeker Holidays": the name says which operator; the source is still who.
  const placed = /^(?:[Aa]n?|[Oo]ne)\s+(\p{Ll}+)\s+(at|from|inside|close\s+to)\s+(?:the|a|an)\s+[\p{Ll}\s-]+$/u.exec(
    first,
  );
  if (
    placed &&
    !SPOKESPEOPLE.has(placed[1]) &&
    isPersonWord(placed[1]) &&
    pieces.length === 2 &&
    isWholeProperName(pieces[1])
  )
    return { piece: `${placed[1]} ${placed[2]} ${pieces[1]}`, kind: 'person' };
  if (looksLikePersonName(first)) return { piece: first, kind };
  const appositives = pieces.slice(1).filter((piece) => !/^(?:who|which|that|whose|where|when)\b/i.test(piece));
  const named = appositives.find((piece) =>
    looksLikePersonName(nameInRun(capitalisedTail(piece.split(/\s+/)) ?? []) ?? ''),
  );
  // "The interior ministry's spokesperson, Dana Oyelaran": the description before says the name is a person's;
  // "Her management company, Halo Talent": a body's.
  if (named) {
    const head = headOf(first.split(/\s+/));
    const said = isPersonWord(head) ? 'person' : ORG_HEADS.has(head) ? 'organization' : undefined;
    return { piece: named, ...(said ? { kind: said } : {}) };
  }
  // "The owner of Elmfield House, Beechwood Care": the owner; "the Marvian capital, Tessin": a capital.
  const owner = /^(.*?)\s+of\s+/i.exec(first);
  const renamed = bareWord(owner ? owner[1].split(/\s+/).pop()! : firstWords[firstWords.length - 1]);
  // "The union, the RMT Workers Alliance, …": a proper name may come with its "the".
  const appositive = pieces.length === 2 ? pieces[1].replace(/^the\s+(?=\p{Lu})/u, '') : '';
  if (
    !isWholeProperName(first) &&
    // ("The losing bidder, Phakama Pharma Distributors": a definite description before a name is what it names.)
    (isKnownHead(renamed) || namesSomeoneUnlisted(firstWords, renamed) || /^(?:the|its|their)$/i.test(firstWords[0])) &&
    !isDocument(firstWords) &&
    pieces.length === 2 &&
    isWholeProperName(appositive)
  ) {
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
  const relation = pieces.slice(1).find((piece) => relationOf(piece));
  if (relation && COUNTING_PIECE.test(first)) return { piece: relation };
  // "One of the people, a government official briefed on the matter": the appositive says who the one is.
  const described = pieces.slice(1).find((piece) => /^(?:a|an)\s/i.test(piece));
  if (described && COUNTING_PIECE.test(first)) return { piece: described };
  const adverbial =
    /^(?:in|on|at|after|before|during|speaking|writing|asked|responding|last|earlier|later|from|with|for|under|as)\b/i.test(
      first,
    );
  return adverbial ? { piece: pieces[pieces.length - 1] } : { piece: first, kind };
}

/**
 * The pieces after an adverbial, without the name that belongs to it: "Under cross-examination by his barrister, Fiona
 * Cargill, Ms Nkemelu" -> "Ms Nkemelu" (a name right after a role ending the adverbial is that role's).
 */
function afterAdverbial(adverbial: string, rest: readonly string[]): readonly string[] {
  const last = adverbial.split(/\s+/).pop() ?? '';
  return rest.length > 1 && isPersonWord(last) && isWholeProperName(rest[0]) ? rest.slice(1) : rest;
}

/** "the wife of radio reporter Emil Dragan" -> "wife of Emil Dragan". */
function relationOf(text: string): string | null {
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

function relativeOf(text: string): SpeakerRef | null {
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

/** "… under freedom of information law", "… in October": how or when a document was released, not who released it. */
const CREDITED_HOW_OR_WHEN = new RegExp(
  `\\s+(?:under|in|on|after|following|over|through|via|to)\\s+(?:\\p{Ll}|a\\s|an\\s|the\\s|(?:${CAPITALISED_DAYS_AND_MONTHS})\\b).*$`,
  'u',
);

/**
 * "figures from the statistics office", "an analysis of satellite images by the group Blue Gulf Watch",
 * "a statement from the environment ministry": a document credits who made it.
 */
function creditedDocument(text: string): string | null {
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
interface SpokenFor {
  body: string;
  word: string;
  /** "a spokesman for X", rather than "X's spokesman" or "an X spokesman". */
  forWhom?: boolean;
}

/** "a spokesperson for the ministry" -> "the ministry": the body the spokesperson speaks for. */
function bodySpokenFor(text: string): SpokenFor | null {
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
function namedBodyBefore(text: string): SpokenFor | null {
  const match = /^(?:a|an|the|one)\s+(.+?)\s+(\p{L}+)$/iu.exec(text);
  if (!match || !SPOKESPEOPLE.has(match[2].toLowerCase())) return null;
  const words = match[1].split(/\s+/);
  const named = capitalised(words[0]) && words.every((word) => capitalised(word) || /^(?:of|for|and|&)$/.test(word));
  // ("A Coastline Leisure spokesman": a name with no given name in it, before the word, is a body's.)
  return named && (!looksLikePersonName(match[1]) || !hasGivenName(match[1]))
    ? { body: match[1], word: match[2] }
    : null;
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

/** "commission figures", "government data" -> "the commission": figures credit the body that gives them. */
function bodyOfFigures(text: string): string | null {
  // (In lower case: "the Office for National Statistics" is a body's whole name.)
  const match = /^(?:[Tt]he\s+)?(.+?)\s+(?:figures|data|statistics|numbers|estimates)$/.exec(text);
  if (!match) return null;
  const last = match[1].split(/\s+/).pop()!;
  return capitalised(last) || ORG_HEADS.has(last.toLowerCase()) ? `the ${match[1]}` : null;
}

/**
 * "a cousin of the two men, who gave his name only as Bakyt", "A neighbour who would only give her first name, Rosa":
 * the person is written by the name they gave.
 */
export const GIVEN_NAME_ONLY =
  /\bwho\s+(?:gave|gives|would\s+(?:only\s+)?give|asked\s+to\s+be\s+(?:identified|named|called))\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+)?name\s*)?(?:only\s+)?(?:as\s+)?,?\s*(\p{Lu}[\p{L}'’-]+)/u;

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

/** The sex the words of a phrase give its person ("Ms Reid", "Her husband, Shaun"), if they agree. */
export function genderIn(words: readonly string[]): Gender | undefined {
  const bare = words.map((word) => word.toLowerCase().replace(/[,.;:]$/, ''));
  const female = bare.some((word) => FEMALE_WORDS.has(word));
  const male = bare.some((word) => MALE_WORDS.has(word));
  return female === male ? undefined : female ? 'f' : 'm';
}

/** "Nine in ten households", "most residents": a counted subject is a finding; "the five experts" is not. */
/**
 * A number of people, given roughly as a group is: "More than 60 artists", "Around 90 workers", "Some 300 residents"
 * (not "1,200 workers", more often a figure in what is said than who says it).
 */
const COUNTED_GROUP =
  /^(?:around|about|some|nearly|almost|more\s+than|over|at\s+least|roughly|an\s+estimated)\s+\d[\d,]*\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+)(?:\s|$)/u;

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

/** "The five independent experts" -> "The independent experts"; "One neighbour" -> "neighbour" (one person, not a count). */
function withoutDefiniteCount(text: string): string {
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

/**
 * "who requested anonymity to discuss …", "who asked not to be named": why the speaker is unnamed, not who it is
 * (but "who gave her name only as Jo" and "who asked to be identified only as Dana" say who).
 */
const ANONYMITY_CLAUSE =
  /\s+(?:who|that)\s+(?![^,]*\bgave\s+(?:his|her|their)\s+(?:first\s+)?names?\b)(?![^,]*\bonly\s+as\s+\p{Lu})[^,]*?\b(?:anonymity|anonymously|named|name|identified|authori[sz]ed|on\s+the\s+record)\b[^,]*$/iu;

/** "(R-S.D.)", "(D-Idaho)": a lawmaker's party and state after the name (a person, whatever the name looks like). */
const LAWMAKER = /\s*\((?:[RDI]|GOP|Dem|Rep|Ind)-[^)]{2,24}\)/g;

/** "Oak Brook, Illinois-based ", "Oslo-listed ": where a body is based or listed, before its name or its head. */
const BASED_IN = `(?:\\p{Lu}[\\p{L}.'’]*[\\s,]+)*\\p{Lu}[\\p{L}.'’]*-(?:based|listed|headquartered|registered)\\s+`;
const BASED_OPENING = new RegExp(`^(?:([Tt]he|[Ii]ts|[Aa]n?)\\s+)?${BASED_IN}(?=\\p{L})`, 'u');
const BASED_AFTER_BY = new RegExp(`\\b(by|from)\\s+(the\\s+)?${BASED_IN}(?=\\p{Lu})`, 'u');

/** A union's local branch, named with its number: "Local 412 of the …", "Teamsters Local 727". */
const UNION_LOCAL =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+)*Local\s+\d{1,5}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)?)$/u;

/** "records seen by the Courier", "emails obtained by The Ledger": the outlet's own look at a document. */
const SEEN_BY_OUTLET = /^(?:the\s+|an?\s+)?(?:\S+\s+){0,3}?\p{Ll}+s?\s+(?:seen|obtained)\s+by\s+(?:the\s+)?\p{Lu}/u;

/** "after neighbours", "because residents": the subject of a clause of time or reason, with nothing after a comma. */
const SUBORDINATE_OPENING = /^(?:after|before|because|since|until|unless|although|though|once|whereas)\s+[^,]+$/i;

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

export function speakerRefOf(phrase: string): SpeakerRef | null {
  // "Qasra National Oil Company (QNOC)": the short form in brackets is not part of the name.
  let text = phrase
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
    .replace(/^(?:Her|His|Their|Its|Our)\s+(?=\p{Lu}\p{Ll})(?!Majesty|Holiness|Excellency|Royal)/u, '');
  // "…, after neighbours reported a man shouting": a speech verb in a clause of time or reason frames no claim.
  // "health records seen by The Sun Deck": what the outlet itself saw is its own finding, no one's claim.
  if (SUBORDINATE_OPENING.test(text) || SEEN_BY_OUTLET.test(text)) return null;
  // "The Oak Brook, Illinois-based company", "the Oslo-listed company", "the Geneva-based Office for Migrant
  // Protection" (also after "kept by"): where a body is based or listed is not who it is.
  text = text
    .replace(BASED_OPENING, (_whole, article?: string) => (article ? `${article} ` : ''))
    .replace(BASED_AFTER_BY, '$1 $2');
  // "the Glow Up singer", "the United striker", "the Labour MP": a person described by what they belong to.
  const belonging = /^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Ll}+|MP|MSP|MEP|TD)$/u.exec(text);
  if (belonging && (isPersonWord(belonging[1].toLowerCase()) || DESCRIBED_PEOPLE.has(belonging[1])))
    text = `the ${belonging[1]}`;
  // "The Mines Minister", "the Health Secretary": a role written in capitals, the person named with it before.
  const definiteRole = /^[Tt]he\s+(.+)$/.exec(text)?.[1];
  if (definiteRole && isCapitalisedRole(definiteRole)) text = `the ${definiteRole.toLowerCase()}`;
  const givenOnly = GIVEN_NAME_ONLY.exec(text);
  if (givenOnly) return { form: 'name', text: givenOnly[1], kind: 'person' };
  // "The GMU union", "the Labour party" (", which represents …"): the body is its name.
  const namedUnion =
    /^(?:[Tt]he\s+)?(?!(?:The|A|An|Its|Their|His|Her|Our|This|That)\s)(\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+(?:union|party)$/u.exec(
      text.replace(/,\s*(?:which|who)\b.*$/, ''),
    );
  if (namedUnion) return { form: 'name', text: namedUnion[1], kind: 'organization' };
  // Before the tabloid capitals below: "A QNOC spokesman" names its body in capitals.
  const namedBody = namedBodyBefore(text);
  if (namedBody) return voiced(namedBody);
  // "FURIOUS parents": a tabloid's capitals and its feelings are not who the people are.
  text = text
    .replace(
      /^((?:[Aa]n?|[Tt]he)\s+)?(\p{Lu}{4,})(?=\s+(?:\p{Ll}|\p{Lu}{2,3}\b)|$)/u,
      // ("A PENSIONER" alone is a person; "The NSPCC" alone stays a body's letters.)
      (whole: string, article = '', word: string) =>
        whole.length < text.length || isPersonWord(word.toLowerCase()) || DESCRIBED_PEOPLE.has(word.toLowerCase())
          ? article + word.toLowerCase()
          : whole,
    )
    .replace(EMOTIVE, '$1');
  // "the Daily Beacon can reveal": the outlet telling its own story is no speaker.
  if (/\b(?:can|could)\s*$/i.test(text)) return null;
  const chosen = choosePiece(text);
  // "Local 412 of the Sanitation Workers Union", "Amalgamated Transit Workers Local 1187": a union local, number and all.
  const local = UNION_LOCAL.exec(chosen.piece.trim());
  if (local) return { form: 'name', text: local[1], kind: 'organization' };
  // ("The trawler's owner, Skarvik-based Aasen Fisk,": the appositive chosen may say where it is based too.)
  text = stripTrailing(chosen.piece).replace(BASED_OPENING, (_whole, article?: string) =>
    article ? `${article} ` : '',
  );
  // "her" alone is an object; "Her neighbour Lyn Cole" is a person.
  // ("US officials", "WHO Director-General …": a short form in capitals is no pronoun.)
  if (
    !/^\p{Lu}{2,}\b/u.test(text) &&
    /^(?:them|him|us|me|you|i|we|this|that|these|those|there|which|who)\b|^her$/i.test(text)
  )
    return null;
  const pronoun = /^(he|she|it|they)$/i.exec(text);
  if (pronoun) return { form: 'pronoun', pronoun: pronoun[1].toLowerCase() as Pronoun };
  // "the 49-year-old", "the gran-of-five", "the 58-year-old former banker": the person the story is about.
  if (
    /^the\s/i.test(text) &&
    text.split(/\s+/).length <= 4 &&
    text.split(/\s+/).some((word) => /^\d+-year-old$/i.test(word) || (isPersonWord(word) && /-of-/.test(word)))
  ) {
    const gender = genderIn(text.split(/\s+/).map((word) => word.replace(/-of-.*$/, '')));
    const age = /\b(\d+)-year-old\b/i.exec(text)?.[1];
    return { form: 'pronoun', pronoun: 'person', ...(gender ? { gender } : {}), ...(age ? { age: Number(age) } : {}) };
  }
  const source = creditedDocument(text);
  if (source) return speakerRefOf(source);
  const spokenFor = bodySpokenFor(text);
  if (spokenFor) return voiced(spokenFor);
  const figures = bodyOfFigures(text);
  if (figures) {
    const ref = speakerRefOf(figures);
    return ref?.form === 'description' ? { ...ref, pointsBackOnly: true } : ref;
  }
  const relation = relationOf(text);
  if (relation) return { form: 'name', text: relation, kind: 'person' };
  const known = relativeOf(text);
  if (known) return known;
  // "Both companies have denied wrongdoing", "The two firms said": the two bodies named together before.
  const both = /^(?:both|the\s+two)\s+(\p{Ll}+s)$/iu.exec(text);
  if (both && ORG_HEADS.has(both[1].toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''))) {
    const ref = speakerRefOf(`the ${both[1]}`);
    if (ref?.form === 'description') return { ...ref, together: true };
  }
  // "One of them", "one of the people said" after "two people familiar with the matter": that group speaks.
  const oneOfGroup =
    /^(?:one|some|two|three|several|many|most|each|both|either|neither)\s+of\s+(?:(them)|(?:the|those|these)\s+(\p{L}+))$/iu.exec(
      text,
    );
  if (oneOfGroup?.[1]) return { form: 'pronoun', pronoun: 'they' };
  if (oneOfGroup && isPlural(oneOfGroup[2].toLowerCase())) {
    const group = oneOfGroup[2].toLowerCase();
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
  text = withoutPlace(withoutDefiniteCount(text.replace(GROUP_OF, '')));
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
  let tail = capitalisedTail(words);
  // "Fishermen in the port of Dubaya": the people, not the place at the end of the phrase.
  // "Leader of Opposition in the state Assembly Harbhajan Singh Gill": after a title, the body served, then who.
  const tailName = tail && nameInRun(tail);
  const served = tailName && words.some((word) => isPersonWord(word)) ? personAfterBody(tailName.split(/\s+/)) : null;
  const placeAt = tail ? prepositionBefore(words, words.length - tail.length) : -1;
  if (
    tail &&
    placeAt >= 0 &&
    // "a grain broker in Calder": after a common noun with its article, the name is where the person is.
    (isKnownHead(headOf(words)) ||
      (/^(?:a|an|the|one)$/i.test(words[0]) && /^\p{Ll}/u.test(words[placeAt - 1] ?? ''))) &&
    // (Not "Medical superintendent of the District Hospital Dr Prakash Nair": a titled person ends the place.)
    !personAfterPlace(tail) &&
    !served
  )
    tail = null;
  // "Residents of Lund", "Workers at Harwick Steel", "Farmers in neighbouring Sarland": the people of a place or a
  // body, not its name.
  if (tail && words.length > 2 && namesPeople(words[0]) && /^(?:of|in|at|from)$/.test(words[1])) tail = null;
  if (tail && tail.length === words.length && tail.length > 2 && THINGS_OF.test(tail[0]) && /^of$/i.test(tail[1]))
    return null;
  // "guests who arrived last Friday": a name inside the relative clause is not who spoke.
  if (tail && words.slice(1, words.length - tail.length).some((word) => /^who$/i.test(word))) tail = null;
  // "Administrators Croft Shaw Restructuring", "Liquidators Brent Hale": a plural role opening the sentence says what the
  // body is, and is no part of its name.
  const role = tail && tail.length >= 3 && tail.length === words.length && pluralRole(tail[0]);
  if (role) tail = tail!.slice(1);
  let name = served ?? (tail && nameInRun(tail));
  // "Helen Marsh of the Institute for Child Health": the person, not the institute.
  const ofBody = name ? /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.exec(name) : null;
  // ("Meteorologist Kalinda Stewart of the Canadian Weather Service": the person's own descriptor goes too.)
  if (ofBody && looksLikePersonName(ofBody[1])) name = nameInRun(ofBody[1].split(/\s+/)) ?? ofBody[1];
  if (tail && name) {
    // "Security firm Blackfen", "campaign group Tafod Dyfan", "retired engineer Walter Brandt": the word before says what it is.
    const described = (words[words.length - tail.length - 1] ?? '').toLowerCase();
    // "central bank Governor Elise Marchetti": a title in the run says a person, whatever the word before it.
    const titled =
      !!served || tail.slice(0, tail.length - name.split(/\s+/).length).some((word) => isPersonWord(bareWord(word)));
    const lawmaker = new RegExp(LAWMAKER.source).test(phrase);
    // "The Liberal Democrats said": a name written with "the" is a body's, however it looks.
    const kind =
      isPersonWord(described) || titled || lawmaker
        ? 'person'
        : ORG_HEADS.has(described) || role || (described === 'the' && looksLikePersonName(name))
          ? 'organization'
          : chosen.kind;
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
    if (kind !== 'person' && /^the\s+state$/i.test(owner)) name = `state ${name}`;
    return {
      form: 'name',
      text: name,
      ...(place && kind !== 'person' ? { placeOwner: /^(?:city|town)$/.test(place) ? 'city' : 'country' } : {}),
      ...(kind ? { kind } : {}),
      ...(gender ? { gender } : {}),
      ...(kind === 'person' && titles.length > 0 ? { titles } : {}),
    };
  }
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
  if (ownedBody) text = bySurname[0];
  // "Ortiz's office said": the office of the person that surname points back to ("Jan Ortiz's office").
  const namedOwner = ownedBody ? bySurname[1] : undefined;
  const determiner = /^(the|a|an|its|his|her|their)\s+/i.exec(text);
  const bare = determiner ? text.slice(determiner[0].length) : text;
  const bareWords = bare.split(/\s+/);
  // "guests who arrived last Friday": a relative clause says which people; "the plan that …" is no one.
  const relative = bareWords.findIndex(
    (word) => /^(?:who|which|that|whose)$/i.test(word) && !/^\p{Lu}{2,}$/u.test(word),
  );
  if (
    !/\p{L}/u.test(bare) ||
    (relative >= 0 && !(/^who$/i.test(bareWords[relative]) && relative > 0 && isKnownHead(headOf(bareWords))))
  )
    return null;
  const definite = !!determiner && !/^(a|an)$/i.test(determiner[1]);
  const head = headOf(bareWords);
  // "Her office said", "Its interior ministry said": the body of the person or body the pronoun points back to.
  const owner =
    determiner && /^(?:his|her|its)$/i.test(determiner[1]) && ORG_HEADS.has(head) && !isPersonWord(head)
      ? ({ her: 'she', his: 'he', its: 'it' } as const)[determiner[1].toLowerCase() as 'her' | 'his' | 'its']
      : undefined;
  const speaksFor =
    determiner && /^(?:his|her)$/i.test(determiner[1]) && bareWords.length === 1 && SPEAKS_FOR.has(head)
      ? ({ her: 'she', his: 'he' } as const)[determiner[1].toLowerCase() as 'her' | 'his']
      : undefined;
  const kinOf =
    determiner && /^(?:his|her)$/i.test(determiner[1]) && bareWords.length === 1 && RELATIONS.has(head)
      ? ({ her: 'she', his: 'he' } as const)[determiner[1].toLowerCase() as 'her' | 'his']
      : undefined;
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
    ...(owner ? { owner } : {}),
    ...(speaksFor ? { speaksFor } : {}),
    ...(kinOf ? { kinOf } : {}),
    ...(namedOwner ? { namedOwner } : {}),
    ...(ownerDescription ? { ownerDescription } : {}),
    ...(indefinite ? { indefinite } : {}),
  };
}
