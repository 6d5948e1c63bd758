import { isOrganisation } from './names';

/**
 * Who has been named so far in the article, for resolving a later "he said",
 * "the trust said" or a bare surname to the full name first used.
 */
/** A pronoun resolves only to someone among the last few people and bodies mentioned. */
const PRONOUN_LOOKBACK = 40;

export class SpeakerMemory {
  /** Each distinct name seen, with when it was last seen; indexed by its words (an article repeats few names). */
  private readonly known = new Map<string, { words: string[]; lastSeen: number }>();
  private readonly byWord = new Map<string, Set<string>>();
  private seen = 0;
  /** Sentence subjects and speakers, oldest first: what a pronoun points back to. */
  private readonly salient: string[] = [];

  noteName(name: string): void {
    this.seen += 1;
    const entry = this.known.get(name);
    if (entry) {
      entry.lastSeen = this.seen;
      return;
    }
    const words = wordsOf(name);
    this.known.set(name, { words, lastSeen: this.seen });
    for (const word of words) {
      const names = this.byWord.get(word) ?? new Set<string>();
      names.add(name);
      this.byWord.set(word, names);
    }
  }

  noteSalient(name: string): void {
    this.salient.push(this.fullName(name));
  }

  /** "Quill" -> "Mara Quill", "Rovers" -> "Kestrel Rovers" when that name came earlier. */
  fullName(name: string): string {
    const words = wordsOf(name);
    return this.latestKnown(words[0], (candidate) => candidate.length > words.length && words.every((word) => candidate.includes(word))) ?? name;
  }

  /** he/she -> the last person; it -> the last organisation; they -> an organisation, else a person. */
  resolvePronoun(pronoun: string): string | null {
    const word = pronoun.toLowerCase();
    const wantOrganisation = word === 'it' || word === 'they';
    const match = this.lastSalient((name) => isOrganisation(name) === wantOrganisation);
    if (match || word !== 'they') return match;
    return this.lastSalient(() => true);
  }

  /** "the trust" -> the last named organisation whose name holds "Trust". */
  resolveDescription(headWord: string): string | null {
    return this.latestKnown(headWord.toLowerCase(), (_words, name) => isOrganisation(name));
  }

  private latestKnown(word: string | undefined, accept: (words: string[], name: string) => boolean): string | null {
    let best: string | null = null;
    let bestSeen = -1;
    for (const name of this.byWord.get(word ?? '') ?? []) {
      const entry = this.known.get(name)!;
      if (entry.lastSeen > bestSeen && accept(entry.words, name)) {
        best = name;
        bestSeen = entry.lastSeen;
      }
    }
    return best;
  }

  private lastSalient(accept: (name: string) => boolean): string | null {
    const oldest = Math.max(0, this.salient.length - PRONOUN_LOOKBACK);
    for (let index = this.salient.length - 1; index >= oldest; index -= 1) {
      if (accept(this.salient[index])) return this.salient[index];
    }
    return null;
  }
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s?\b/g, '')
    .split(/\s+/)
    .filter((word) => word && word !== 'of' && word !== 'the' && word !== 'for');
}
