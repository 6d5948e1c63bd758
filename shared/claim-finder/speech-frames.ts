import type { Sentence, Token } from './nlp';

/**
 * Reported-speech frames inside one sentence, found from its tokens:
 *   leading   "Council leader Edwin Farrow said (that) CLAIM."   "According to X, CLAIM."
 *   trailing  "CLAIM, he told reporters."  "CLAIM, said Renner."  "CLAIM, according to X."
 * A frame gives the character range of its subject (who spoke) and of the claim.
 */

export interface Range {
  start: number;
  end: number;
}

export interface SpeechFrame {
  subject: Range | null;
  claim: Range;
}

export const REPORTING_VERBS = new Set(
  ('said says say told tells added adds warned warns claimed claims announced announces insisted insists argued argues ' +
    'denied denies denounced denounces condemned condemns stated states explained explains noted notes wrote writes ' +
    'reported reports estimated estimates confirmed confirms admitted admits acknowledged cautioned disputed disputes ' +
    'maintained maintains revealed reveals stressed stresses found finds showed shows').split(' '),
);

/** Objects of "told" that sit between the verb and the claim: "told reporters (that) ...". */
const AUDIENCES = new Set('reporters journalists analysts parliament investors supporters the a an committee chamber council media'.split(' '));

const isComma = (token: Token) => token.text === ',';
const isQuoteMark = (token: Token) => /^["“”]$/.test(token.text);
const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';
const isReporting = (token: Token) => REPORTING_VERBS.has(token.text.toLowerCase());
const isEndPunctuation = (token: Token) => /^[.!?;:"“”)]+$/.test(token.text);

function rangeOf(tokens: Token[], from: number, to: number): Range | null {
  const inner = tokens.slice(from, to).filter((token) => !isEndPunctuation(token) && !isComma(token));
  if (inner.length === 0) return null;
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** The end of the sentence's content, before its closing punctuation. */
function contentEnd(tokens: Token[]): number {
  let end = tokens.length;
  while (end > 0 && isEndPunctuation(tokens[end - 1])) end -= 1;
  return end;
}

/** True when tokens [from, to) hold no verb outside comma-enclosed asides ("X, the firm based in Y, said"). */
function isPlainSubject(tokens: Token[], from: number, to: number): boolean {
  let insideAside = false;
  // The first word is skipped: the tagger reads some capitalised openers as verbs ("Lead researcher ...").
  for (let index = from + 1; index < to; index += 1) {
    if (isComma(tokens[index])) insideAside = !insideAside;
    else if (isVerb(tokens[index]) && !insideAside) return false;
    else if (isQuoteMark(tokens[index])) return false;
  }
  return true;
}

function claimStartAfterVerb(tokens: Token[], verb: number): number {
  const limit = Math.min(tokens.length, verb + 7);
  for (let index = verb + 1; index < limit; index += 1) {
    if (isComma(tokens[index]) || isQuoteMark(tokens[index])) break;
    if (tokens[index].text.toLowerCase() === 'that') return index + 1;
  }
  let start = verb + 1;
  if (/^tell|^told/i.test(tokens[verb].text)) {
    while (start < tokens.length && start <= verb + 2 && AUDIENCES.has(tokens[start].text.toLowerCase())) start += 1;
  }
  return start;
}

function accordingLeading(tokens: Token[]): SpeechFrame | null {
  if (tokens.length < 4 || tokens[0].text.toLowerCase() !== 'according' || tokens[1].text.toLowerCase() !== 'to') return null;
  const comma = tokens.findIndex(isComma);
  const end = contentEnd(tokens);
  if (comma < 3 || comma + 2 >= end) return null;
  const claim = rangeOf(tokens, comma + 1, end);
  return claim && { subject: rangeOf(tokens, 2, comma), claim };
}

function leading(tokens: Token[]): SpeechFrame | null {
  const end = contentEnd(tokens);
  const verb = tokens.findIndex((token, index) => index > 0 && index < 25 && isReporting(token));
  if (verb < 1 || !isPlainSubject(tokens, 0, verb)) return null;
  const start = claimStartAfterVerb(tokens, verb);
  if (end - start < 3) return null;
  const claim = rangeOf(tokens, start, end);
  return claim && { subject: rangeOf(tokens, 0, verb), claim };
}

function trailing(tokens: Token[]): SpeechFrame | null {
  const end = contentEnd(tokens);
  for (let comma = 3; comma < end; comma += 1) {
    if (!isComma(tokens[comma])) continue;
    const frame = trailingAfter(tokens, comma, end);
    if (frame) return frame;
  }
  return null;
}

function trailingAfter(tokens: Token[], comma: number, end: number): SpeechFrame | null {
  let next = comma + 1;
  if (next < end && isQuoteMark(tokens[next])) next += 1;
  const stop = tokens.findIndex((token, index) => index > next && isComma(token));
  const frameEnd = stop < 0 ? end : stop;
  const claim = rangeOf(tokens, 0, comma);
  if (!claim) return null;
  if (tokens[next]?.text.toLowerCase() === 'according' && tokens[next + 1]?.text.toLowerCase() === 'to') {
    return { subject: rangeOf(tokens, next + 2, frameEnd), claim };
  }
  if (next < end && isReporting(tokens[next])) return { subject: rangeOf(tokens, next + 1, frameEnd), claim };
  for (let verb = next + 1; verb < Math.min(frameEnd, next + 8); verb += 1) {
    if (isReporting(tokens[verb])) return isPlainSubject(tokens, next, verb) ? { subject: rangeOf(tokens, next, verb), claim } : null;
    if (isVerb(tokens[verb])) return null;
  }
  return null;
}

export function speechFrameOf(sentence: Sentence): SpeechFrame | null {
  const { tokens } = sentence;
  return accordingLeading(tokens) ?? leading(tokens) ?? trailing(tokens);
}
