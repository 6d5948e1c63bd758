import { isOrganisation } from './names';

/**
 * Who has been named so far in the article, for resolving a later "he said",
 * "the trust said" or a bare surname to the full name first used.
 */
export class SpeakerMemory {
  /** Every name seen, oldest first: the source of full names for surnames. */
  private readonly known: string[] = [];
  /** Sentence subjects and speakers, oldest first: what a pronoun points back to. */
  private readonly salient: string[] = [];

  noteName(name: string): void {
    this.known.push(name);
  }

  noteSalient(name: string): void {
    this.salient.push(this.fullName(name));
  }

  /** "Quill" -> "Mara Quill", "Rovers" -> "Kestrel Rovers" when that name came earlier. */
  fullName(name: string): string {
    const words = wordsOf(name);
    for (let index = this.known.length - 1; index >= 0; index -= 1) {
      const candidate = wordsOf(this.known[index]);
      if (candidate.length > words.length && words.every((word) => candidate.includes(word))) return this.known[index];
    }
    return name;
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
    const head = headWord.toLowerCase();
    for (let index = this.known.length - 1; index >= 0; index -= 1) {
      if (wordsOf(this.known[index]).includes(head) && isOrganisation(this.known[index])) return this.known[index];
    }
    return null;
  }

  private lastSalient(accept: (name: string) => boolean): string | null {
    for (let index = this.salient.length - 1; index >= 0; index -= 1) {
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
