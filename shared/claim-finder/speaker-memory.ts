import {
  genderIn,
  headOf,
  looksLikePersonName,
  ORG_HEADS,
  type Gender,
  type SpeakerKind,
  type SpeakerRef,
} from './speaker-phrase';
import { MentionIndex, singular, wordsOf, type Mention } from './mention-index';
import { SYNONYM_HEADS } from './speaker-words';

/**
 * Who has been mentioned so far in the article, for resolving a later "he
 * said", "the ministry said" or a bare surname to the full mention first
 * used, across paragraphs.
 */

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  /** A description that named nothing said before ("their union said"): its head, for a name that follows (find-claims.ts). */
  pointsAhead?: string;
  /** A person's sex, where the text showed it. */
  gender?: Gender;
}

const opposite = (gender: Gender | undefined, other: Gender | undefined) => !!gender && !!other && gender !== other;

/** A pronoun resolves only to one of the last few different people and bodies mentioned as subjects or speakers. */
const PRONOUN_LOOKBACK = 8;
/** "The company said" may mean a name among the last few mentioned. */
const RECENT_NAMES = 3;
/** Subjects and speakers older than this many are forgotten (pronouns only look at the last few). */
const MAX_SALIENT = 1000;
/** Descriptions that may stand for any organisation named before ("the company said"). */
const GENERIC_ORG_HEADS = new Set(
  'company firm agency group organisation organization charity body business operator institution union federation association alliance coalition club side'.split(
    ' ',
  ),
);

/** The head and the heads that stand for it ("insider" for "source"). */
const headsLike = (head: string) => [
  head,
  ...SYNONYM_HEADS.filter((set) => set.has(head)).flatMap((set) => [...set].filter((other) => other !== head)),
];

export class SpeakerMemory {
  /** Names and descriptions seen. */
  private readonly mentions = new MentionIndex();
  /** Sentence subjects and speakers, newest last: what a pronoun points back to. */
  private readonly salient: Mention[] = [];

  /** The clock when the current sentence began: names in it are not what its own "the company" points back to. */
  private sentenceStart = 0;

  startSentence(): void {
    this.sentenceStart = this.mentions.now;
  }

  /** The kind of a name seen on its own (no title, no description around it). */
  kindOfName(name: string): SpeakerKind {
    const known = this.mentions.named(name);
    if (known) return known.kind;
    const words = name.toLowerCase().split(/\s+/);
    if (words.some((word) => ORG_HEADS.has(word))) return 'organization';
    return looksLikePersonName(name) ? 'person' : 'organization';
  }

  /** A name as the text wrote it, with the titles before it (a titled name is a person); its kind guessed otherwise. */
  noteName(name: string, titles: readonly string[] = []): void {
    const body = name
      .toLowerCase()
      .split(/\s+/)
      .some((word) => ORG_HEADS.has(word));
    if (titles.length > 0 && !body) this.mentions.note(name, 'person', false, titles, genderIn(titles));
    else this.mentions.note(name, this.kindOfName(name), !this.mentions.named(name));
  }

  noteSalient(speaker: Speaker): void {
    this.salient.push(this.mentions.note(speaker.name, speaker.kind, false, [], speaker.gender));
    if (this.salient.length > MAX_SALIENT) this.salient.splice(0, MAX_SALIENT / 2);
  }

  /** "Quill" -> "Mara Quill", "Ms Marsh" -> "Fiona Marsh" when that name came earlier. */
  fullName(name: string, gender?: Gender): Speaker {
    const words = wordsOf(name);
    const last = name.split(/\s+/).pop()!;
    const longer =
      words.length === 0
        ? null
        : this.mentions.withWord(
            words[words.length - 1],
            (mention) =>
              !opposite(mention.gender, gender) &&
              mention.words.length > words.length &&
              words.every((word) => mention.words.includes(word)) &&
              mention.name.includes(last),
          );
    // A single word completes to a person's name, or to a body's name it ends ("Rovers" -> "Kestrel Rovers"), not "Kosmar" -> "Kosmar's foreign ministry".
    if (longer && (longer.kind === 'person' || words.length > 1 || longer.words[longer.words.length - 1] === words[0]))
      return { name: longer.name, kind: longer.kind, gender: longer.gender ?? gender };
    return { name, kind: this.kindOfName(name), gender };
  }

  resolve(ref: SpeakerRef): Speaker | null {
    if (ref.form === 'pronoun') return this.resolvePronoun(ref.pronoun);
    if (ref.form === 'name') {
      const full = this.fullName(ref.text, ref.gender);
      return ref.kind && full.name === ref.text ? { ...full, kind: ref.kind } : full;
    }
    if (!ref.definite) return { name: ref.text, kind: ref.kind };
    const speaker = this.resolveDescription(ref.text, ref.kind);
    return ref.pointsBackOnly && speaker.name === ref.text ? null : speaker;
  }

  /**
   * "the ministry" -> the last mention of that kind holding its words ("Tarsia's Interior Ministry"), else one
   * with its head ("the independent experts" -> "UN experts", "the insider" -> "source close to the chef"),
   * else, for a generic word ("the company", "the union"), the last organisation the article was about.
   */
  private resolveDescription(text: string, kind: SpeakerKind): Speaker {
    const words = wordsOf(text).map(singular);
    const head = singular(headOf(text.split(/\s+/)));
    const holdsWords = (mention: Mention) =>
      mention.kind === kind &&
      mention.stems.length >= words.length &&
      words.every((word) => mention.stems.includes(word));
    // "the council" is Westbury Council rather than "Officers from Westbury Council", said later.
    const earlier =
      (words.length === 0
        ? null
        : this.mentions.withStem(words[0], (mention) => holdsWords(mention) && mention.head === head)) ??
      (words.length === 0 ? null : this.mentions.withStem(words[0], holdsWords)) ??
      this.mentions.withHead(headsLike(head), (mention) => mention.kind === kind && mention.stems.length > 1);
    if (earlier) return { name: earlier.name, kind: earlier.kind };
    // "the judge" after "Judge Anna Berg", "the minister" after "Trade Minister Lucia Benedetti".
    const titled =
      kind === 'person' && words.length === 1
        ? this.mentions.latest((mention) => mention.kind === 'person' && mention.titles.has(head))
        : null;
    if (titled) return { name: titled.name, kind: titled.kind };
    if (words.length > 1) return { name: text, kind };
    if (kind === 'organization' && GENERIC_ORG_HEADS.has(head)) {
      const organisation = this.latest(this.salient, (mention) => mention.kind === 'organization');
      // "The site is run by Calder Build ... The company said": a name just mentioned whose kind was only guessed.
      const named = this.mentions.latest(
        (mention) =>
          mention.guessed &&
          mention.kind === 'person' &&
          mention.seen > (organisation?.seen ?? 0) &&
          mention.seen <= this.sentenceStart &&
          mention.seen > this.sentenceStart - RECENT_NAMES,
      );
      if (named) return { name: named.name, kind: 'organization' };
      if (organisation) return { name: organisation.name, kind: organisation.kind };
    }
    return { name: text, kind, pointsAhead: head };
  }

  /** The person mentioned last: who a Q/A interview that follows is with. */
  latestPerson(): Speaker | null {
    const person = this.mentions.latest((mention) => mention.kind === 'person' && mention.words.length > 1);
    return person ? { name: person.name, kind: person.kind } : null;
  }

  /** he/she -> the last person; it -> the last organisation; they -> an organisation or group, else a person. */
  private resolvePronoun(pronoun: 'he' | 'she' | 'it' | 'they'): Speaker | null {
    const recent = this.recentSalient();
    const want: SpeakerKind = pronoun === 'it' || pronoun === 'they' ? 'organization' : 'person';
    const gender: Gender | undefined = pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : undefined;
    const match =
      this.latest(recent, (mention) => mention.kind === want && !opposite(mention.gender, gender)) ??
      (pronoun === 'they' ? this.latest(recent, () => true) : null);
    return match ? { name: match.name, kind: match.kind, ...(match.gender ? { gender: match.gender } : {}) } : null;
  }

  /** The last few different people and bodies that were subjects or speakers, oldest first. */
  private recentSalient(): Mention[] {
    const recent: Mention[] = [];
    for (let index = this.salient.length - 1; index >= 0 && recent.length < PRONOUN_LOOKBACK; index -= 1) {
      if (!recent.includes(this.salient[index])) recent.unshift(this.salient[index]);
    }
    return recent;
  }

  private latest<T>(list: readonly T[], accept: (item: T) => boolean): T | null {
    for (let index = list.length - 1; index >= 0; index -= 1) if (accept(list[index])) return list[index];
    return null;
  }
}
