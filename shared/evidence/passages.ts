/**
 * Sentence-sized passages of a source text, as offsets into that text.
 * Sentences come from the platform's ICU sentence splitter (Intl.Segmenter),
 * run per block: ICU is fast on paragraphs but slows badly on one
 * multi-megabyte string. Fragments ending in a title abbreviation ("Dr.")
 * are joined to the sentence that follows.
 */

export interface PassageSpan {
  start: number;
  end: number;
}

const ABBREVIATION_END =
  /\b(?:mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|col|lt|sgt|capt|rev|no|vs|inc|ltd|co|jr|sr|hon|cllr|u\.s|u\.k)\.\s*$/i;
/** Very long blocks are split at this size so one paragraph never slows the splitter. */
const MAX_BLOCK = 20_000;

let segmenter: Intl.Segmenter | null = null;

function sentenceSpans(text: string, blockStart: number, blockEnd: number, into: PassageSpan[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let pendingStart = -1;
  for (const { segment, index } of segmenter.segment(text.slice(blockStart, blockEnd))) {
    const start = pendingStart >= 0 ? pendingStart : blockStart + index;
    if (ABBREVIATION_END.test(segment)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(text, start, blockStart + index + segment.length, into);
  }
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, blockEnd, into);
}

function pushTrimmed(text: string, start: number, end: number, into: PassageSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ start, end });
}

export function passagesOf(text: string): PassageSpan[] {
  const spans: PassageSpan[] = [];
  let blockStart = 0;
  while (blockStart < text.length) {
    const newline = text.indexOf('\n', blockStart);
    const blockEnd = Math.min(newline === -1 ? text.length : newline, blockStart + MAX_BLOCK);
    sentenceSpans(text, blockStart, blockEnd, spans);
    blockStart = blockEnd === newline ? blockEnd + 1 : blockEnd;
  }
  return spans;
}
