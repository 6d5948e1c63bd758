import { headOf } from './description-heads';
import { genderIn, type Gender, type Pronoun, type Speaker, type SpeakerKind } from './speaker-ref';
import { singular, wordsOf, type Mention, type MentionIndex } from './mention-index';
import { DESCRIBED_PEOPLE, namesPeople, ORG_HEADS, PERSON_HEADS, TITLES } from './speaker-words';
import { hasGivenName } from './given-names';
import {
  COMMERCIAL_HEADS,
  COUPLES,
  DATELINE_PLACE_HEADS,
  GENERIC_ORG_HEADS,
  isPublicBody,
  namedAsBody,
  NOT_FOR_PROFIT_HEADS,
  OVERSIGHT_HEADS,
  PLAIN_MODIFIERS,
  PUBLIC_HEADS,
  STREET,
} from './body-heads';
import {
  actionRoot,
  agentRoot,
  contradicts,
  headsLike,
  isProperName,
  lowerOwnerOf,
  modifiersOf,
  opposite,
  roleWords,
} from './mention-words';

/**
 * What a description ("the ministry", "the judge", "the company") points back to among the names and descriptions
 * an article has used before it: the part of SpeakerMemory that reads descriptions, given a view of that memory.
 */

/** What description resolution reads of the speaker memory (and the two things it tells it). */
export interface MemoryView {
  readonly mentions: MentionIndex;
  /** Sentence subjects and speakers, newest last. */
  readonly salient: readonly Mention[];
  /** Names known to be bodies; resolution adds the ones a description shows to be. */
  readonly bodies: Set<string>;
  readonly datelinePlace: string | null;
  /** Where the current sentence starts in the text, and the mention clock when it began. */
  readonly sentenceAt: number;
  readonly sentenceClock: number;
  recentSalient(): Mention[];
  resolvePronoun(pronoun: Pronoun, described?: Gender): Speaker | null;
  noteAlias(description: string, speaker: Speaker): void;
}

/** "The company said" may mean one of the last few names mentioned before the sentence. */
const RECENT_NAMES = 3;

/** How far into a sentence its subject's name may start ('"The Harlow Ferries'). */
const SUBJECT_SLACK = 5;

type Before = (mention: Mention) => boolean;

/** A description read once: its words (singular), head, modifiers, and which mentions stand before it. */
interface Description {
  text: string;
  kind: SpeakerKind;
  words: string[];
  head: string;
  modifiers: string[];
  before: Before;
}

export function latestOf<T>(list: readonly T[], accept: (item: T) => boolean): T | null {
  for (let index = list.length - 1; index >= 0; index -= 1) if (accept(list[index])) return list[index];
  return null;
}

/**
 * "the ministry" -> the last mention of that kind holding its words ("Tarsia's Interior Ministry"), else one
 * with its head ("the independent experts" -> "UN experts", "the insider" -> "source close to the chef"),
 * else, for a generic word ("the company", "the union"), the last organisation the article was about.
 */
export function resolveDescription(memory: MemoryView, text: string, kind: SpeakerKind, at?: number): Speaker {
  const head = singular(headOf(text.split(/\s+/)));
  const description: Description = {
    text,
    kind,
    words: wordsOf(text).map(singular),
    head,
    modifiers: modifiersOf(text, head),
    before: (mention) => at === undefined || mention.at === undefined || mention.at < at,
  };
  const { words } = description;
  const found =
    fromEarlierMention(memory, description) ??
    cityGovernment(memory, description) ??
    (kind === 'organization' ? bodyDoingWhat(memory, description) : null) ??
    (kind === 'person' ? personByRole(memory, description) : null) ??
    (kind === 'person' ? storyPerson(memory, description) : null);
  if (found) return found;
  if (words.length > 1) return { name: text, kind, ...(kind === 'person' ? { pointsAhead: head } : {}) };
  const body = kind === 'organization' && GENERIC_ORG_HEADS.has(head) ? genericBody(memory, description) : null;
  return body ?? { name: text, kind, pointsAhead: head };
}

const speakerOf = (mention: Mention): Speaker => ({ name: mention.name, kind: mention.kind });

/** Whether a mention before the description, of its kind, holds all its words. */
const holdsWordsOf =
  ({ kind, words, before }: Description) =>
  (mention: Mention) =>
    mention.kind === kind &&
    before(mention) &&
    mention.stems.length >= words.length &&
    words.every((word) => mention.stems.includes(word));

/** A mention before the description holding all its words, the same kind ("the council" -> "Westbury Council"). */
function holdingWords(memory: MemoryView, description: Description): Mention | null {
  const { kind, words, head, modifiers, text, before } = description;
  const holdsWords = holdsWordsOf(description);
  // "the council" is Westbury Council rather than "Officers from Westbury Council", said later.
  return (
    (words.length === 0
      ? null
      : memory.mentions.withStem(words[0], (mention) => holdsWords(mention) && mention.head === head)) ??
    (words.length === 0 ? null : memory.mentions.withStem(words[0], holdsWords)) ??
    memory.mentions.withHead(
      headsLike(head),
      (mention) =>
        mention.kind === kind &&
        before(mention) &&
        mention.stems.length > 1 &&
        !contradicts(mention, modifiers, lowerOwnerOf(text)),
    )
  );
}

/** The mention written before that the description names again, or the body it was since named as. */
function fromEarlierMention(memory: MemoryView, description: Description): Speaker | null {
  const { text, kind, words, head, before } = description;
  const earlier = holdingWords(memory, description);
  // "the council" after "Kelsworth Borough Council's full council": the body itself, not a part of it.
  const whole = /^(.+?)['’]s\s+\p{Ll}[^'’]*$/u.exec(earlier?.name ?? '')?.[1];
  const owner = whole ? memory.mentions.named(whole) : null;
  if (owner && holdsWordsOf(description)(owner)) return owner.aliasOf ?? speakerOf(owner);
  const renamed =
    earlier && words.length === 1 && kind === 'organization' && GENERIC_ORG_HEADS.has(head)
      ? namedSince(memory, earlier, head, before)
      : null;
  if (renamed) {
    memory.bodies.add(renamed.name);
    return { name: renamed.name, kind: 'organization' };
  }
  // "the energy regulator" written twice is still the "Energy Markets Authority" named before it.
  const described = earlier && !earlier.aliasOf && !/\p{Lu}/u.test(earlier.name) && kind === 'organization';
  // A description nothing holds whole, or one that points back to another lower-case description ("the agency"
  // after "the weather service"): the body named before with a telling word of it.
  const sharing =
    kind === 'organization' && !earlier
      ? namedSharingWord(memory, text, head, before)
      : described && earlier
        ? namedSharingWord(memory, earlier.name, earlier.head, before)
        : null;
  if (sharing) return speakerOf(sharing);
  if (!earlier) return null;
  const found = earlier.aliasOf ?? speakerOf(earlier);
  // "The local authority said" meaning Westshire Council: a later "the authority" means it too.
  if (found.name !== text && kind === 'organization') memory.noteAlias(text, found);
  return found;
}

/** "The city says …" in a story datelined from a city, with no body of that name before: the city's own government. */
function cityGovernment(memory: MemoryView, { words, head }: Description): Speaker | null {
  return words.length === 1 && DATELINE_PLACE_HEADS.has(head) && memory.datelinePlace
    ? { name: memory.datelinePlace, kind: 'organization' }
    : null;
}

/** "the regulator" after "the Water Services Regulation Office", "the prosecutor" after "the Public Prosecution Service". */
function bodyDoingWhat(memory: MemoryView, { head, before }: Description): Speaker | null {
  const root = agentRoot(head);
  if (!root) return null;
  const body = memory.mentions.latestLately(
    (mention) =>
      mention.kind === 'organization' &&
      before(mention) &&
      isProperName(mention.name) &&
      mention.words.some((word) => word !== head && actionRoot(word) === root),
  );
  return body ? speakerOf(body) : null;
}

/**
 * "the judge" after "Judge Anna Berg", "the spokesman" after a body's spokesman, "the ombudsman" after "the Local
 * Government Ombudsman", "the couple" after "Ann and Tom Reed".
 */
function personByRole(memory: MemoryView, { text, words, head, modifiers, before }: Description): Speaker | null {
  // "the board's finance director" after "finance director Amira Kaye".
  const titled = memory.mentions.withTitle(
    head,
    (mention) =>
      mention.kind === 'person' &&
      // ("the Mines Minister": its modifiers are singular, "mine"; titles are kept as written.)
      roleWords(text, modifiers).every((word) => [...mention.titles].some((title) => singular(title) === word)),
  );
  if (titled) return speakerOf(titled);
  // "A spokesman for Estravia's defence ministry told ACP … the spokesman said": the body he was heard for.
  const voice =
    words.length === 1 && headsLike('spokesperson').includes(head)
      ? latestOf(
          memory.recentSalient(),
          (mention) =>
            mention.head === 'spokesperson' && !!mention.aliasOf && !opposite(mention.gender, genderIn([head])),
        )
      : null;
  if (voice?.aliasOf) return { ...voice.aliasOf };
  if (words.length !== 1) return null;
  // "the ombudsman" after "the Local Government Ombudsman": the name that ends in the word, whatever its kind.
  const named = memory.mentions.withWord(
    head,
    (mention) =>
      before(mention) &&
      mention.words.length > 1 &&
      mention.words[mention.words.length - 1] === head &&
      isProperName(mention.name),
  );
  if (named) return speakerOf(named);
  // "The couple said" after "Ann and Tom Reed": the two people named together.
  const two = COUPLES.has(head)
    ? memory.mentions.latestLately((mention) => before(mention) && /\sand\s/.test(mention.name))
    : null;
  return two ? { name: two.name, kind: 'organization' } : null;
}

/**
 * "The actress, 36, told …": the person the story was just about. "The beautician, who …, claimed": a word for what
 * the person is, never a title anyone was named with, is the person the story was just about too.
 */
function storyPerson(memory: MemoryView, { words, head }: Description): Speaker | null {
  // (Only a word for a person: "beautician", "plumber", "novelist"; not "the agreement".)
  const epithet =
    words.length === 1 &&
    !PERSON_HEADS.has(head) &&
    !TITLES.has(head) &&
    /(?:ian|ist|er|or|man|woman|ess|ee)$/.test(head) &&
    !/(?:ment|ness|tion|ship|ance|ence)$/.test(head);
  if ((words.length <= 2 && DESCRIBED_PEOPLE.has(head)) || epithet)
    return memory.resolvePronoun('person', genderIn([head]));
  return null;
}

/** Which bodies a generic word ("the company", "the union", "the watchdog", "the party") may mean at all. */
function bodyFits(head: string, before: Before): Before {
  const commercial = COMMERCIAL_HEADS.has(head);
  return (mention) =>
    mention.kind === 'organization' &&
    before(mention) &&
    partyLike(head, mention) &&
    // ("Dockworkers at Marenport …, their union said": people are never the union or the company.)
    !namesPeople(mention.name.split(/\s+/)[0]) &&
    !(
      commercial &&
      (PUBLIC_HEADS.has(mention.head) ||
        NOT_FOR_PROFIT_HEADS.has(mention.head) ||
        !(ORG_HEADS.has(mention.head) || isProperName(mention.name)))
    ) &&
    // "the union" is no "Department for Business", nor "the charity" a company.
    !(NOT_FOR_PROFIT_HEADS.has(head) && (PUBLIC_HEADS.has(mention.head) || COMMERCIAL_HEADS.has(mention.head))) &&
    publicEnough(head, mention);
}

/** "the watchdog" is a public body, never the firm it is looking into. */
const publicEnough = (head: string, mention: Mention) => !OVERSIGHT_HEADS.has(head) || isPublicBody(mention);

/** "the party" is a party: one named so, or by its members ("the Liberal Democrats"), not any body. */
const partyLike = (head: string, mention: Mention) =>
  head !== 'party' || mention.head === 'party' || /\p{Lu}\p{Ll}+s$/u.test(mention.name);

const newest = (...mentions: (Mention | null)[]) =>
  mentions.filter((mention): mention is Mention => !!mention).sort((a, b) => b.seen - a.seen)[0];

/** "the company", "the union": the body the article was just about, or a name only guessed a person's that is one. */
function genericBody(memory: MemoryView, { head, before }: Description): Speaker | null {
  const fits = bodyFits(head, before);
  const commercial = COMMERCIAL_HEADS.has(head);
  // A body that spoke or acted before, the one that opens this sentence ("Harlow Ferries will …, the company said"), or,
  // for a business, one named as a business just before ("Shares in Norvik Energy fell … The firm blamed …").
  const written = (mention: Mention) => mention.at !== undefined && fits(mention);
  const opening = (mention: Mention) =>
    written(mention) && mention.at! >= memory.sentenceAt && mention.at! <= memory.sentenceAt + SUBJECT_SLACK;
  const business = (mention: Mention) =>
    commercial && written(mention) && namedAsBody(mention) && mention.seen > memory.sentenceClock - RECENT_NAMES * 3;
  const organisation = newest(
    latestOf(memory.salient, fits),
    memory.mentions.latestLately((mention) => opening(mention) || business(mention)),
  );
  const named = guessedBody(memory, head, before, organisation?.seen ?? 0);
  if (named) {
    memory.bodies.add(named.name);
    return { name: named.name, kind: 'organization' };
  }
  return organisation ? speakerOf(organisation) : null;
}

/**
 * A name whose kind was only guessed, with no known given name, newer than `since`: one that spoke or acted ("Varna
 * Agro said …"), one just mentioned ("The site is run by Calder Build. The company said …"), or the one opening this
 * sentence.
 */
function guessedBody(memory: MemoryView, head: string, before: Before, since: number): Mention | undefined {
  const commercial = COMMERCIAL_HEADS.has(head);
  const bodyLike = (mention: Mention) =>
    partyLike(head, mention) &&
    publicEnough(head, mention) &&
    mention.guessed &&
    mention.kind === 'person' &&
    before(mention) &&
    mention.seen > since &&
    !hasGivenName(mention.name) &&
    // ("below Wall Street estimates": a business is never a street.)
    !(commercial && STREET.test(mention.name));
  const justMentioned = (mention: Mention) =>
    mention.at !== undefined &&
    (mention.at < memory.sentenceAt
      ? mention.seen > memory.sentenceClock - RECENT_NAMES
      : mention.at <= memory.sentenceAt + SUBJECT_SLACK);
  return newest(
    latestOf(memory.salient, bodyLike),
    memory.mentions.latestLately((mention) => bodyLike(mention) && justMentioned(mention)),
  );
}

/**
 * "the ambulance service" after "Midlands Ambulance Trust", "the energy regulator" after "Energy Markets Authority":
 * copy names a body once and then varies the words for it, so a description no mention holds whole is the body named
 * before with a telling word of it — a public body for a public word, never a business for it, nor one for a business's.
 */
function namedSharingWord(memory: MemoryView, description: string, head: string, before: Before): Mention | null {
  // (Its owner's words count: "the importers' body" is the "Fresh Produce Importers' Association".)
  const telling = wordsOf(description)
    .map(singular)
    .filter((word) => word !== head && word.length > 2 && !PLAIN_MODIFIERS.has(word) && !/^\p{N}/u.test(word));
  if (telling.length === 0) return null;
  const wantsPublic = PUBLIC_HEADS.has(head);
  const wantsBusiness = COMMERCIAL_HEADS.has(head);
  const fits = (mention: Mention) =>
    mention.kind === 'organization' &&
    before(mention) &&
    isProperName(mention.name) &&
    !/['’]s\b/.test(mention.name) &&
    (!wantsPublic || isPublicBody(mention)) &&
    (!wantsBusiness || !isPublicBody(mention));
  return newest(...telling.map((word) => memory.mentions.withStem(word, fits))) ?? null;
}

/**
 * "The region's water company says …", then "Calder Water says …": a later "the company" is the body named since,
 * not the description in lower case (a business is never a public body).
 */
function namedSince(memory: MemoryView, described: Mention, head: string, before: Before): Mention | null {
  if (isProperName(described.name) || described.aliasOf) return null;
  const commercial = COMMERCIAL_HEADS.has(head);
  return latestOf(
    memory.salient,
    (mention) =>
      (mention.kind === 'organization' || (mention.guessed && !hasGivenName(mention.name))) &&
      mention.seen > described.seen &&
      mention.at !== undefined &&
      before(mention) &&
      isProperName(mention.name) &&
      !(commercial && PUBLIC_HEADS.has(mention.head)),
  );
}
