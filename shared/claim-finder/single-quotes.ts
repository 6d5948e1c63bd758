/**
 * Quotations in single marks ('…' or ‘…’, the house style of many British papers and sites) rewritten as double ones,
 * one character for one so every offset stays: the finder reads quotations by their double marks. A single mark is an
 * apostrophe far more often than a quotation mark ("it's", "the workers' pay", "’90s"), so a pair counts only when it
 * opens before a word and closes after one, outside any double quotation.
 */

/** A mark that may open: at the start of the line or after a space, bracket or dash, and before a word. */
const OPENS_BEFORE = /[\s([{—–-]/;
/** Elisions that start with an apostrophe: "’90s", "'em", "’tis", "rock 'n' roll". */
const ELISION = /^(?:\d\ds\b|em\b|tis\b|twas\b|n\b|cause\b)/i;
/** After a closing mark: the end, a space or punctuation. */
const CLOSES_BEFORE = /^(?:$|[\s,.;:!?)\]—–-])/;

const isSingle = (char: string) => char === "'" || char === '‘' || char === '’';
const isDouble = (char: string) => char === '"' || char === '“' || char === '”';

function opensAt(line: string, index: number): boolean {
  const before = index === 0 ? ' ' : line[index - 1];
  const rest = line.slice(index + 1);
  return line[index] !== '’' && OPENS_BEFORE.test(before) && /^[\p{L}\d£$€…]/u.test(rest) && !ELISION.test(rest);
}

/** "the workers' pay": a plural's apostrophe before a lower-case word, not a quotation's end. */
const isPluralPossessive = (line: string, index: number) =>
  /s$/i.test(line.slice(0, index)) && /^\s\p{Ll}/u.test(line.slice(index + 1));

function closesAt(line: string, index: number): boolean {
  return (
    line[index] !== '‘' &&
    !/\s/.test(line[index - 1] ?? ' ') &&
    CLOSES_BEFORE.test(line.slice(index + 1)) &&
    !isPluralPossessive(line, index)
  );
}

/** The positions of single marks that open and close quotations in one line ([open, close], close -1 if unclosed). */
function singlePairs(line: string): [number, number][] {
  const pairs: [number, number][] = [];
  let inDouble = false;
  let openAt = -1;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (isDouble(char) && openAt < 0) inDouble = !inDouble;
    if (inDouble || !isSingle(char)) continue;
    if (openAt < 0 && opensAt(line, index)) openAt = index;
    else if (openAt >= 0 && closesAt(line, index)) {
      pairs.push([openAt, index]);
      openAt = -1;
    }
  }
  // A paragraph that opens a quotation carried on in the next one (wire style) has no closing mark: one that opens
  // with it, or one whose frame introduces it ('…, said: 'This is not …').
  if (openAt === 0 || (openAt > 0 && /:\s$/.test(line.slice(0, openAt)))) pairs.push([openAt, -1]);
  return pairs;
}

/** The text with single-mark quotations in double marks; everything else, apostrophes included, as it was. */
export function withDoubleQuotes(text: string): string {
  if (!/['‘’]/.test(text)) return text;
  const marks: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const pair of singlePairs(line)) for (const at of pair) if (at >= 0) marks.push(lineStart + at);
    lineStart += line.length + 1;
  }
  if (marks.length === 0) return text;
  // Split by UTF-16 code unit, not code point, so that positions match the string's offsets.
  const units = text.split('');
  for (const at of marks) units[at] = units[at] === '‘' ? '“' : units[at] === '’' ? '”' : '"';
  return units.join('');
}
