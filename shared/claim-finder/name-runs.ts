/**
 * Runs of capitalised words in a speaker phrase, and the person's or body's name in them: titles, descriptors and
 * places around a name told apart from it ("Defence Minister Ilse Varga" -> "Ilse Varga").
 */

import { descriptorsBefore, hasGivenName, INITIALS, opensWithDescriptor } from './given-names';
import { isPersonWord, ORG_HEADS, POST_NOMINALS, TITLES } from './speaker-words';

/** Capitalised, or a name's particle joined to a capitalised part ("al-Masri", "el-Sayed"). */
export const capitalised = (word: string) =>
  /^[\p{Lu}\d]/u.test(word) || /^(?:al|el|ad|ash|as|ar|an|at|az|ul|bin|ibn|abu|ben)-\p{Lu}/u.test(word);

/** Small words inside a name: "Ministry of Transport", "Omar bin Rashid", "Jan de Vries". */
export const isConnector = (word: string) =>
  /^(?:of|for|the|and|&|de|al|van|von|der|den|da|del|la|le|on|bin|ibn|bint|abu|el|du|di|dos|das|ter|ten|zu|y)$/i.test(
    word,
  );

/** A particle that may open a surname, capitalised: "Van der Linde said", "Dos Anjos said", "De Klerk". */
export const opensSurname = (word: string) => /^(?:De|Van|Von|Da|Del|Du|Di|Dos|Das|Le|La|Ter|Ten)$/.test(word);

export const bareWord = (word: string) => word.toLowerCase().replace(/[.,]$/, '');

/**
 * "Defence Minister Ilse Varga" -> "Ilse Varga"; "Kosmar's President Dariusz Olek" -> "Dariusz Olek", but
 * "Tarsia's Interior Ministry" stays whole (a body is named with its country); null when the run is all title.
 */
export function nameInRun(words: string[]): string | null {
  if (words.length === 0) return null;
  let start = 0;
  const endsInBody = ORG_HEADS.has(bareWord(words[words.length - 1]));
  words.forEach((word, index) => {
    // ("Labour's Anna Smith", "the Nationals' Sally Hutchins": her party is no part of her name.)
    if (/(?:['’]s|s['’])$/.test(word) && index < words.length - 1 && !endsInBody) start = index + 1;
  });
  let lastTitle = start - 1;
  for (let index = start; index < words.length - 1; index += 1) {
    const word = bareWord(words[index]);
    // "Dean Marsh": a given name that is also a title, right before the surname, is the name.
    const givenName = index === words.length - 2 && index === lastTitle + 1 && hasGivenName(words[index]);
    if (isPersonWord(word) && !givenName) lastTitle = index;
  }
  // "Social Justice Network": a title-like word inside a body's name is part of it.
  // (Not "Inspector Rachel Ode of Bramford Police": a body after "of" is where the person works.)
  const rest = words.slice(lastTitle + 1);
  const of = rest.findIndex((word) => /^(?:of|from|at)$/i.test(word));
  if ((of >= 0 ? rest.slice(0, of) : rest).some((word) => ORG_HEADS.has(bareWord(word)))) lastTitle = start - 1;
  let name = words.slice(lastTitle + 1);
  // "Minister of State for Older People Kieran Lynch": a title's portfolio, then the name (its last two words).
  const portfolio = lastTitle >= start && /^(?:for|of)$/i.test(name[0] ?? '');
  while (name.length > 1 && isConnector(name[0]) && !opensSurname(name[0])) name.shift();
  if (!endsInBody) {
    // "Independent TD Declan Furlong" (descriptors ending in an office's letters), "Landlord Mick Fenn".
    const descriptors = descriptorsBefore(name);
    if (descriptors > 1) name.splice(0, descriptors);
    else if (opensWithDescriptor(name)) name.shift();
  }
  // "Secretary of State for Transport Ann Lowe": after a title, the portfolio ends where a known given name starts.
  let cutAtGivenName = false;
  if (lastTitle >= start && !endsInBody && !hasGivenName(name[0] ?? '')) {
    // (Initials before the given name are the name's: "District Collector M. Lakshmi Prasanna".)
    const given = name.findIndex(
      (word, index) =>
        index > 0 &&
        name.length - index <= 3 &&
        (hasGivenName(word) || INITIALS.test(word)) &&
        !INITIALS.test(name[index - 1]),
    );
    if (given > 0 && name.slice(given).every((word) => capitalised(word) || isConnector(word))) {
      name = name.slice(given);
      cutAtGivenName = true;
    }
  }
  if (!cutAtGivenName && portfolio && name.length > 2 && !name.slice(-2).some((word) => ORG_HEADS.has(bareWord(word))))
    name = name.slice(-2);
  while (name.length > 1 && POST_NOMINALS.has(bareWord(name[name.length - 1]))) name.pop();
  if (name.length === 0 || (name.length === 1 && TITLES.has(name[0].toLowerCase()))) return null;
  return name.join(' ');
}

/**
 * Where the preposition before a name is ("in the port of Dubaya", "of the state Health Department"): the name's
 * article and up to two lower-case words describing it may come between; -1 when none.
 */
export function prepositionBefore(words: readonly string[], nameAt: number): number {
  const place = (index: number) => /^(?:of|in|at|from|near|on)$/i.test(words[index] ?? '');
  const modifier = (index: number) => /^\p{Ll}+$/u.test(words[index] ?? '') && !place(index) && words[index] !== 'the';
  let index = nameAt - 1;
  // (Only before a body's name: "Chair of the bench Helen Ward" is the chair, named.)
  if (modifier(index) && ORG_HEADS.has(bareWord(words[words.length - 1]))) {
    if (modifier(index - 1)) index -= 1;
    // ("a senior official of the state Health Department"; not "retired engineer Walter Brandt").
    if (words[index - 1] !== 'the') return -1;
    index -= 1;
  }
  if (words[index] === 'the') index -= 1;
  return place(index) ? index : -1;
}

/** "District Hospital Dr Prakash Nair": a run that ends in a person named with a title (the place is where they work). */
export function personAfterPlace(run: string[]): boolean {
  const name = nameInRun(run);
  return (
    !!name &&
    name !== run.join(' ') &&
    looksLikePersonName(name) &&
    isPersonWord(bareWord(run[run.length - name.split(/\s+/).length - 1]))
  );
}

/**
 * "Assembly Harbhajan Singh Gill of the Lok Janata Party" -> "Harbhajan Singh Gill": a body's head word, then a
 * person's name (with where they belong after it); null when no person's name follows a body word.
 */
export function personAfterBody(words: string[]): string | null {
  const of = words.findIndex((word, index) => index > 0 && /^(?:of|from|at)$/i.test(word));
  const own = of > 0 ? words.slice(0, of) : words;
  for (let index = own.length - 3; index >= 0; index -= 1) {
    if (!ORG_HEADS.has(bareWord(own[index]))) continue;
    const person = own.slice(index + 1);
    return looksLikePersonName(person.join(' ')) ? person.join(' ') : null;
  }
  return null;
}

/** The trailing run of capitalised words (with "of", "for", "the" inside), or null when the phrase ends lower-case. */
export function capitalisedTail(words: string[]): string[] | null {
  if (words.length === 0 || !capitalised(words[words.length - 1])) return null;
  let start = words.length - 1;
  for (;;) {
    let next = start - 1;
    while (next > 0 && isConnector(words[next]) && !opensSurname(words[next])) next -= 1;
    if (next < 0 || next === start) break;
    // "Van der Linde said", "lecturer Dos Anjos": a capitalised particle is the surname's first word.
    if (!opensSurname(words[next]) && (!capitalised(words[next]) || isConnector(words[next]))) break;
    start = next;
  }
  return words.slice(start);
}

/** Looks like a person's name: two to four capitalised words, none of them an organisation word. */
export function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  const named = words.filter((word) => !isConnector(word) || capitalised(word));
  return (
    named.length >= 2 &&
    words.length <= 5 &&
    capitalised(words[0]) &&
    words.every((word) => (capitalised(word) || isConnector(word)) && !ORG_HEADS.has(bareWord(word))) &&
    // "Stanbury's MP" is a role; "HSE West and North West" a body: letters for a body are no part of a person's name.
    !words.some((word) => /['’]s$/.test(word) || /^\p{Lu}{3,}$/u.test(word)) &&
    // "The Taoiseach", "The Liberal Democrats": no person's name opens with "The".
    words[0] !== 'The'
  );
}
