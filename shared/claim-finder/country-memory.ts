import { isMonth, isWeekday } from './speaker-words';

/**
 * Which country "the country's coast guard" means: copy names the country and then says "the country" for it. The
 * country is one the sentence itself names ("Karsten's drinking water, according to the country's environment
 * agency"), else the dateline's ("ISOLA BRAVA, Marenza (EPN) —"), else the place the story has most often put
 * things "in" or owned ("in southern Quenca", "Quenca's glaciers").
 */

/** "in southern Quenca", "in Quenca.": one capitalised word after "in", not the start of a longer name. */
const IN_PLACE =
  /(?<!\p{L})in\s+(?:(?:north|south|east|west|central)(?:ern|-eastern|-western)?\s+)?(\p{Lu}\p{Ll}{2,})(?!\p{L})(?![\s-]+\p{Lu})/gu;
/** "Quenca's glaciers": a capitalised word owning a thing in lower case, not the end of a longer name ("Mr Reed's"). */
const OWNING_PLACE = /(?<!\p{Lu}[\p{L}.'’-]*\s)(?<!\p{L})(\p{Lu}\p{Ll}{2,})['’]s\s+(?=\p{Ll})/gu;

export class CountryMemory {
  private datelineCountry: string | null = null;
  private readonly counts = new Map<string, number>();
  private sentenceOwners: string[] = [];

  noteDatelineCountry(country: string): void {
    this.datelineCountry ??= country;
  }

  /** A sentence's places; `isPerson` keeps "Reed's office" (a person's) out. */
  noteSentence(text: string, isPerson: (word: string) => boolean): void {
    // ("in October", "Monday's vote": a time is no place.)
    const place = (word: string) => !isPerson(word) && !isMonth(word) && !isWeekday(word);
    const owners = [...text.matchAll(OWNING_PLACE)].map((match) => match[1]).filter(place);
    const places = [...text.matchAll(IN_PLACE)].map((match) => match[1]).filter(place);
    for (const place of [...owners, ...places]) this.counts.set(place, (this.counts.get(place) ?? 0) + 1);
    this.sentenceOwners = owners;
  }

  /** The country "the country" means now, if the text has said. */
  current(): string | null {
    const here = this.sentenceOwners[this.sentenceOwners.length - 1];
    if (here) return here;
    if (this.datelineCountry) return this.datelineCountry;
    let best: string | null = null;
    for (const [place, count] of this.counts) if (!best || count > this.counts.get(best)!) best = place;
    return best;
  }
}
