/**
 * A looser speaker match than the corpus guide's written form, for telling "the wrong person" apart from "the right
 * person or body, written another way": "Independent TD Declan Furlong" for Declan Furlong, "Linde" for Marieke van
 * der Linde, "HUD" for the U.S. Department of Housing and Urban Development, "Brightwater" for Brightwater Foods. Never
 * the figure a target is measured by (that is claim-metrics' sameSpeaker, which this adds to): a second column.
 */
export function sameEntity(label: string | null, got: string | null): boolean {
  if (!label || !got) return false;
  return wordsInOther(label, got) || initialsOf(label, got) || initialsOf(got, label);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'at', 'in', 'to']);

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\d\s-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !STOP.has(word));

/** Every word of one name in the other ("Declan Furlong" in "Independent TD Declan Furlong"). */
function wordsInOther(label: string, got: string): boolean {
  const [short, long] = [wordsOf(label), wordsOf(got)].sort((a, b) => a.length - b.length);
  return short.length > 0 && short.every((word) => long.includes(word));
}

/** "HUD" and "U.S. Department of Housing and Urban Development": the letters at either end of the initials. */
function initialsOf(short: string, full: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short.trim())) return false;
  const letters = full
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !/^(?:The|Of|For|And)$/.test(word))
    .map((word) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word[0]))
    .join('');
  return letters.length >= short.length && (letters.startsWith(short.trim()) || letters.endsWith(short.trim()));
}
