import { looksLikeOutletName } from './outlet-names';

/**
 * Whether a line of copy is a byline, from its wording: "By Ana Ruiz", "Exclusive by Ana Ruiz", "Author: Ana
 * Ruiz", "Health reporter, BBN News", "Hannah Lowther Home affairs editor", "Ana Ruiz | KTVN 4 News", "Ana Ruiz
 * for The Coast Ledger", "Special Correspondent". What the byline says is read in byline-parts.ts.
 */

/** "By Tuesday, …", "By March …": a time, not a writer. */
const NOT_A_TIME =
  '(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Then|Now|Noon|Midnight)\\b)';
/** "regional affairs reporter " before the name */
const JOB_BEFORE_NAME = '(?:(?:[\\p{Ll}-]+\\s+){0,3}(?:reporter|correspondent|editor|writer)\\s+)?';

const BYLINE_SHAPES = [
  // "Health reporter, BBN News", "Political correspondent, The Courier", "World desk, Globe Current"
  /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|desk),\s+\p{Lu}[\p{L}\d&.'’ -]{1,40}$/iu,
  // "By Ana Ruiz", "Exclusive by Ana Ruiz", "Posted by Ana Ruiz", "By regional affairs reporter Ana Ruiz"
  new RegExp(
    `^(?:(?:[Ee]xclusive|EXCLUSIVE|[Aa]nalysis|[Cc]omment|[Ww]ords|[Rr]eport|[Pp]osted|[Ww]ritten)\\s+)?[Bb][Yy]\\s+${JOB_BEFORE_NAME}${NOT_A_TIME}\\p{Lu}`,
    'u',
  ),
  /^(?:[Aa]uthor|[Ww]riter|[Ww]ords)\s*:\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u,
  // "Special Correspondent", "Staff Reporter": the byline of a writer the outlet does not name
  /^(?:Special|Staff|Our|Senior|Chief|Foreign|Political|Legal|Business)\s+(?:Correspondent|Reporter|Writer)s?$/iu,
  // "Hannah Lowther Home affairs editor", "Dana Whitfield Staff Writer": a name and the writer's job
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:[\p{L}-]+\s+){0,3}(?:[Ee]ditor|[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Cc]olumnist)$/u,
];

/** "Carlo Mendes / Atlas Wire December 14, 2021", "Tom Reyes, Channel 7 News", "Ana Ruiz | KTVN 4 News", "Ana Ruiz · CPB" */
const NAME_THEN_OUTLET =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:\/|,|\||·)\s*\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+))*(?:\s|$)/u;

/** "Ana Ruiz for The Coast Ledger": a name, then the outlet the writer files for. */
function isNameForOutlet(text: string): boolean {
  const match = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+for\s+(.+)$/u.exec(text);
  return match !== null && looksLikeOutletName(match[1]);
}

const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;

export function isByline(text: string): boolean {
  const count = wordsIn(text);
  if (count > 24 || /["“”]/.test(text)) return false;
  // "By comparison, the county spent £2m on the scheme last year." is a sentence.
  if (/^[Bb]y\s/.test(text) && count > 8 && /[.!?]$/.test(text)) return false;
  if (BYLINE_SHAPES.some((pattern) => pattern.test(text)) || isNameForOutlet(text)) return true;
  // A name and an outlet: no sentence (nothing lower-case but short function words, or a date after it).
  return (
    NAME_THEN_OUTLET.test(text) &&
    !/\b(?:said|says|told|is|are|was|were|has|have|had)\b/.test(text) &&
    !/[.!?]$/.test(text.replace(/\d{4}$/, ''))
  );
}
