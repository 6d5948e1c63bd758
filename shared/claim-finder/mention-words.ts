import type { Gender } from './speaker-ref';
import { singular, type Mention } from './mention-index';
import { SYNONYM_HEADS } from './speaker-words';

/**
 * How a name or a description is written: its modifiers, owner, initials and roots, for matching a later reference to
 * a mention (speaker-memory.ts). Pure functions of the text.
 */

/** A person known by a relation to a named one ("pal of Reece Hollins", "wife of Emil Dragan"). */
export const RELATED = /^\p{Ll}+\s+of\s/u;

export const opposite = (gender: Gender | undefined, other: Gender | undefined) =>
  !!gender && !!other && gender !== other;

/** "Marenza's", "Harlan Falls'": a place's name as the owner of a body. */
export const possessive = (name: string) => (/s$/.test(name) ? `${name}'` : `${name}'s`);

/** "Norvik Energy", "Ministry of Transport": every word capitalised or a name's connector; not "Shares in Norvik Energy". */
export const isProperName = (name: string) =>
  name
    .split(/\s+/)
    .every(
      (word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|for|the|and|&|de|al|van|von|da|del|la|le|bin|ibn)$/i.test(word),
    );

/** The words of a description that say which one it is: not its head, nor an owner ("board's finance director" -> finance). */
export function modifiersOf(text: string, head: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => !/['’]s?$/.test(word) && !/^(?:the|a|an|its|his|her|their|our)$/i.test(word))
    .map((word) => singular(word.toLowerCase()))
    .filter((word) => word !== head);
}

/** "the British judge" after "Judge Rosalind Peake": a capitalised word says where the person is from, not the role. */
export function roleWords(text: string, modifiers: readonly string[]): string[] {
  const capitalised = new Set(
    text
      .split(/\s+/)
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
      .map((word) => singular(word.toLowerCase())),
  );
  return modifiers.filter((word) => !capitalised.has(word));
}

/** "the prosecutor's office" -> "prosecutor": whose body a description says it is, in lower case. */
export const lowerOwnerOf = (text: string) => /^(?:the\s+)?(\p{Ll}[\p{L}-]*)['’]s\s/u.exec(text)?.[1];

/** "the finance ministry" is not "the transport ministry": both say which one, and differently. */
export function contradicts(mention: Mention, modifiers: readonly string[], owner?: string): boolean {
  // "the prosecutor's office" is not "the prime minister's office".
  if (owner && !mention.stems.includes(singular(owner.toLowerCase()))) return true;
  if (modifiers.length === 0) return false;
  const own = mention.name
    .split(/\s+/)
    .filter((word) => singular(word.toLowerCase()) !== mention.head && !/^(?:of|the|for|and)$/i.test(word));
  // "Oskary's foreign ministry" is not "the interior ministry": an owner's name says whose, its lower-case words which.
  const which = own.filter((word) => !/^\p{Lu}/u.test(word));
  return (
    which.length > 0 &&
    (which.length === own.length || own.every((word) => /['’]s$/.test(word) || !/^\p{Lu}/u.test(word))) &&
    !modifiers.some((word) => mention.stems.includes(word))
  );
}

/**
 * "ICRC" for "International Committee of the Red Cross", "NMOI" for "Nurses and Midwives Organisation of Ireland",
 * "USDHUD" for "U.S. Department of Housing and Urban Development": the first letters of the capitalised words, a dotted
 * abbreviation's letters whole.
 */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^(?:The|Of|For|And)$/.test(word))
    .map((word) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word[0]))
    .join('');

/** "PUN" for "Partido da Unidade Nacional", "CNE" for "National Electoral Commission": the capitals' first letters. */
export function isInitialsOf(short: string, full: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const initials = full
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]);
  return initials.length === short.length && [...initials].sort().join('') === [...short].sort().join('');
}

/** Whether `run` appears in `words` as consecutive words. */
export const holdsRun = (words: readonly string[], run: readonly string[]) =>
  words.some((_, at) => run.every((word, index) => words[at + index] === word));

/** "regulator" -> "regulat": the root of an agent noun, for the body named after what it does. */
export const agentRoot = (word: string) => (/^\p{L}{5,}ors?$/u.test(word) ? word.replace(/ors?$/, '') : null);

/** "Regulation" -> "regulat", "Inspectorate" -> "inspect". */
export const actionRoot = (word: string) => word.replace(/(?:ions?|orate|ory)$/, '');

/** The head and the heads that stand for it ("insider" for "source"). */
export const headsLike = (head: string) => [
  head,
  ...SYNONYM_HEADS.filter((set) => set.has(head)).flatMap((set) => [...set].filter((other) => other !== head)),
];
