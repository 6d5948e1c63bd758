import { headOf } from './description-heads';
import type { Gender, SpeakerKind } from './speaker-ref';
import { FOREIGN_BODY_HEADS } from './speaker-words';

/**
 * The names and descriptions an article has used so far, each kept once with
 * when it was last seen, and found by a word, a stem or a head noun rather
 * than by scanning every mention (a 100,000-word text notes tens of thousands).
 */

export interface Mention {
  name: string;
  kind: SpeakerKind;
  words: string[];
  /** The words without a plural "s", for matching "the experts" to "UN experts". */
  stems: string[];
  /** The head noun, without a plural "s": "expert" for "UN experts", "federation" for "Federation of Energy Workers". */
  head: string;
  /** When it was last mentioned: higher is more recent. */
  seen: number;
  /** Job titles it was written with ("judge"): "the judge" points back to it. */
  titles: Set<string>;
  /** Its kind is only guessed from the shape of the name ("Calder Build" looks like a person's name). */
  guessed: boolean;
  /** A person's sex, once the text has shown it. */
  gender?: Gender;
  /** A description later found to be a name ("a children's charity" → Brightstart): what it stands for. */
  aliasOf?: { name: string; kind: SpeakerKind };
  /** Where in the text its name was last written (names only): a description only points back to what comes before it. */
  at?: number;
  /** Where its name was first written: "Tamarack" said alone before "Tamarack Energy Resources" is a name of its own. */
  firstAt?: number;
}

export function wordsOf(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/\s+/)
    .filter((word) => word && word !== 'of' && word !== 'the' && word !== 'for');
  // "Abdel Fattah al-Burhan" is also "Burhan": a surname's particle is often left out.
  const bare = words.flatMap((word) =>
    /^(?:al|el|ad|ash|as|ar|an|at|az|ul)-\p{L}/u.exec(word) ? [word.slice(word.indexOf('-') + 1)] : [],
  );
  return bare.length > 0 && words.length > 1 ? [...words, ...bare] : words;
}

export const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');

type Accept = (mention: Mention) => boolean;
/** How many recent mentions latestLately looks through (at least). */
const LATELY = 64;

export class MentionIndex {
  private readonly byKey = new Map<string, Mention>();
  private readonly byWord = new Map<string, Set<Mention>>();
  private readonly byStem = new Map<string, Set<Mention>>();
  private readonly byHead = new Map<string, Set<Mention>>();
  private readonly byTitle = new Map<string, Set<Mention>>();
  /** The last mentions noted, oldest first: what "this sentence" and "just mentioned" look through. */
  private readonly lately: Mention[] = [];
  private clock = 0;

  /** Notes a mention now; the same name and kind noted again is the same mention, seen later. */
  note(
    name: string,
    kind: SpeakerKind,
    guessed: boolean | undefined,
    titles: readonly string[] = [],
    gender?: Gender,
    at?: number,
  ): Mention {
    this.clock += 1;
    const key = `${kind}\u0000${name}`;
    const known = this.byKey.get(key);
    if (known) {
      known.seen = this.clock;
      if (at !== undefined) known.at = at;
      known.firstAt ??= at;
      if (guessed !== undefined) known.guessed &&= guessed;
      known.gender ??= gender;
      for (const title of titles) {
        known.titles.add(title);
        add(this.byTitle, title, known);
      }
      return this.remember(known);
    }
    const words = wordsOf(name);
    // "Partido da Unidade Nacional": a body named in another language is also what "the party" means.
    const translated = words.flatMap((word) => FOREIGN_BODY_HEADS.get(word) ?? []);
    const head = FOREIGN_BODY_HEADS.get(words[0]) ?? singular(headOf(name.split(/\s+/)));
    const mention: Mention = {
      name,
      kind,
      words,
      stems: [...words.map(singular), ...translated],
      head,
      seen: this.clock,
      titles: new Set(titles),
      guessed: guessed ?? false,
      gender,
      at,
      firstAt: at,
    };
    this.byKey.set(key, mention);
    for (const word of words) add(this.byWord, word, mention);
    for (const stem of mention.stems) add(this.byStem, stem, mention);
    add(this.byHead, mention.head, mention);
    for (const title of titles) add(this.byTitle, title, mention);
    return this.remember(mention);
  }

  private remember(mention: Mention): Mention {
    this.lately.push(mention);
    if (this.lately.length > LATELY * 2) this.lately.splice(0, LATELY);
    return mention;
  }

  /** The newest of the last few mentions noted that is accepted. */
  latestLately(accept: Accept): Mention | null {
    for (let index = this.lately.length - 1; index >= 0; index -= 1)
      if (accept(this.lately[index])) return this.lately[index];
    return null;
  }

  withTitle(title: string, accept: Accept): Mention | null {
    return newest(this.byTitle.get(title), accept);
  }

  /** The latest mention of exactly this name, of either kind. */
  named(name: string): Mention | null {
    return newest([this.byKey.get(`person\u0000${name}`), this.byKey.get(`organization\u0000${name}`)], () => true);
  }

  withWord(word: string, accept: Accept): Mention | null {
    return newest(this.byWord.get(word), accept);
  }

  withStem(stem: string, accept: Accept): Mention | null {
    return newest(this.byStem.get(stem), accept);
  }

  withHead(heads: Iterable<string>, accept: Accept): Mention | null {
    let best: Mention | null = null;
    for (const head of heads) {
      const found = newest(this.byHead.get(head), accept);
      if (found && (!best || found.seen > best.seen)) best = found;
    }
    return best;
  }

  /** The clock: how many mentions have been noted. */
  get now(): number {
    return this.clock;
  }

  latest(accept: Accept): Mention | null {
    return newest(this.byKey.values(), accept);
  }
}

function add(index: Map<string, Set<Mention>>, key: string, mention: Mention): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(mention);
}

function newest(mentions: Iterable<Mention | undefined> | undefined, accept: Accept): Mention | null {
  let best: Mention | null = null;
  for (const mention of mentions ?? [])
    if (mention && (!best || mention.seen > best.seen) && accept(mention)) best = mention;
  return best;
}
