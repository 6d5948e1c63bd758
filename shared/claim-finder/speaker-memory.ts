import { headOf, looksLikePersonName, ORG_HEADS, type SpeakerKind, type SpeakerRef } from './speaker-phrase';
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
}

interface Mention extends Speaker {
  words: string[];
  /** The words without a plural "s", for matching "the experts" to "UN experts". */
  stems: string[];
  /** The head noun, without a plural "s": "expert" for "UN experts", "federation" for "Federation of Energy Workers". */
  head: string;
}

/** A pronoun resolves only to one of the last few people and bodies mentioned as subjects or speakers. */
const PRONOUN_LOOKBACK = 12;
/** Older mentions are forgotten past this many (a 100,000-word text must not slow every look-up). */
const MAX_MENTIONS = 1000;
/** Descriptions that may stand for any organisation named before ("the company said"). */
const GENERIC_ORG_HEADS = new Set(
  'company firm agency group organisation organization charity body business operator institution union federation association alliance coalition'.split(' '),
);

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/\s+/)
    .filter((word) => word && word !== 'of' && word !== 'the' && word !== 'for');
}

const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');

function mentionOf(speaker: Speaker): Mention {
  const words = wordsOf(speaker.name);
  return { ...speaker, words, stems: words.map(singular), head: singular(headOf(speaker.name.split(/\s+/))) };
}

const sameHead = (a: string, b: string) => a === b || SYNONYM_HEADS.some((set) => set.has(a) && set.has(b));

export class SpeakerMemory {
  /** Names and descriptions seen, newest last. */
  private readonly mentions: Mention[] = [];
  /** Sentence subjects and speakers, newest last: what a pronoun points back to. */
  private readonly salient: Mention[] = [];

  /** The kind of a name seen on its own (no title, no description around it). */
  kindOfName(name: string): SpeakerKind {
    const known = this.latest(this.mentions, (mention) => mention.name === name);
    if (known) return known.kind;
    const words = name.toLowerCase().split(/\s+/);
    if (words.some((word) => ORG_HEADS.has(word))) return 'organization';
    return looksLikePersonName(name) ? 'person' : 'organization';
  }

  noteName(name: string, kind: SpeakerKind = this.kindOfName(name)): void {
    this.remember(this.mentions, mentionOf({ name, kind }));
  }

  noteSalient(speaker: Speaker): void {
    const mention = mentionOf(speaker);
    this.remember(this.mentions, mention);
    this.remember(this.salient, mention);
  }

  private remember(list: Mention[], mention: Mention): void {
    list.push(mention);
    if (list.length > MAX_MENTIONS) list.splice(0, MAX_MENTIONS / 2);
  }

  /** "Quill" -> "Mara Quill", "Ms Marsh" -> "Fiona Marsh" when that name came earlier. */
  fullName(name: string): Speaker {
    const words = wordsOf(name);
    const longer = this.latest(this.mentions, (mention) => mention.words.length > words.length && words.every((word) => mention.words.includes(word)) && mention.name.includes(name.split(/\s+/).pop()!));
    if (longer && (longer.kind === 'person' || words.length > 1)) return { name: longer.name, kind: longer.kind };
    return { name, kind: this.kindOfName(name) };
  }

  resolve(ref: SpeakerRef): Speaker | null {
    if (ref.form === 'pronoun') return this.resolvePronoun(ref.pronoun);
    if (ref.form === 'name') {
      const full = this.fullName(ref.text);
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
    const earlier =
      this.latest(this.mentions, (mention) => mention.kind === kind && mention.stems.length >= words.length && words.every((word) => mention.stems.includes(word))) ??
      this.latest(this.mentions, (mention) => mention.kind === kind && mention.stems.length > 1 && sameHead(mention.head, head));
    if (earlier) return { name: earlier.name, kind: earlier.kind };
    if (words.length > 1) return { name: text, kind };
    if (kind === 'organization' && GENERIC_ORG_HEADS.has(head)) {
      const organisation = this.latest(this.salient, (mention) => mention.kind === 'organization');
      if (organisation) return { name: organisation.name, kind: organisation.kind };
    }
    return { name: text, kind, pointsAhead: head };
  }

  /** The person mentioned last: who a Q/A interview that follows is with. */
  latestPerson(): Speaker | null {
    const person = this.latest(this.mentions, (mention) => mention.kind === 'person' && mention.words.length > 1);
    return person ? { name: person.name, kind: person.kind } : null;
  }

  /** he/she -> the last person; it -> the last organisation; they -> an organisation or group, else a person. */
  private resolvePronoun(pronoun: 'he' | 'she' | 'it' | 'they'): Speaker | null {
    const recent = this.salient.slice(-PRONOUN_LOOKBACK);
    const want: SpeakerKind = pronoun === 'it' || pronoun === 'they' ? 'organization' : 'person';
    const match = this.latest(recent, (mention) => mention.kind === want) ?? (pronoun === 'they' ? this.latest(recent, () => true) : null);
    return match ? { name: match.name, kind: match.kind } : null;
  }

  private latest<T>(list: readonly T[], accept: (item: T) => boolean): T | null {
    for (let index = list.length - 1; index >= 0; index -= 1) if (accept(list[index])) return list[index];
    return null;
  }
}
