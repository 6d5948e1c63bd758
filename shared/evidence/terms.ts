import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import { canonicalSpelling } from './spelling-variants';
import { STOPWORDS } from './stopwords';

/**
 * Text -> the terms the evidence index compares: case, accents, curly quotes
 * and punctuation folded; spelling variants unified; words stemmed (Porter2);
 * amounts written differently ("$767m", "USD 767 million", "767,000,000
 * dollars") reduced to the same "usd 767000000"; "14%" and "14 per cent" to
 * "14 percent".
 */

const RAW_TOKEN = /[$£€%]|\d[\d,]*(?:\.\d+)?|\p{L}+(?:'\p{L}+)*/gu;

const CURRENCY: Record<string, string> = {
  $: 'usd',
  usd: 'usd',
  dollar: 'usd',
  dollars: 'usd',
  '£': 'gbp',
  gbp: 'gbp',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  '€': 'eur',
  eur: 'eur',
  euro: 'eur',
  euros: 'eur',
  '%': 'percent',
  percent: 'percent',
  pc: 'percent',
};

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};
/** Single-letter scales count only glued to the number ("767m"), never "5 m". */
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, tn: 1e12, mn: 1e6 };

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
};

interface RawToken {
  text: string;
  start: number;
  end: number;
}

function rawTokens(text: string): RawToken[] {
  const folded = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const tokens: RawToken[] = [];
  for (const match of folded.matchAll(RAW_TOKEN))
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

const wordTerms = new Map<string, string | null>();

/**
 * Longer than any word (a run of letters pasted without spaces): left unstemmed, as the stemmer's time grows with
 * the square of a word's length (20,000 letters: 6 s).
 */
const MAX_STEMMED_LENGTH = 64;

/** A word's term, or null for a stop word; memoised since vocabularies are small. */
function termOfWord(word: string): string | null {
  let term = wordTerms.get(word);
  if (term === undefined) {
    const bare = word.replace(/'s$/, '').replace(/'/g, '');
    term = STOPWORDS.has(bare)
      ? null
      : (NUMBER_WORDS[bare] ?? (bare.length > MAX_STEMMED_LENGTH ? bare : stem(canonicalSpelling(bare))));
    if (wordTerms.size < 500_000) wordTerms.set(word, term);
  }
  return term;
}

function numberText(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Reads a number and the scale that follows it; returns the term and how many tokens it used. */
function readNumber(tokens: RawToken[], index: number): [string, number] {
  const token = tokens[index];
  const value = Number(token.text.replace(/,/g, ''));
  const next = tokens[index + 1];
  if (next) {
    const glued = next.start === token.end ? GLUED_SCALES[next.text] : undefined;
    const scale = glued ?? SCALE_WORDS[next.text];
    if (scale) return [numberText(value * scale), 2];
  }
  return [numberText(value), 1];
}

/** "forty-one million" -> 41000000, "twelve thousand" -> 12000: number words read as one figure. */
function readNumberWords(tokens: RawToken[], index: number): [string, number] | null {
  const first = NUMBER_WORDS[tokens[index].text];
  if (first === undefined) return null;
  let value = Number(first);
  let used = 1;
  const unit = NUMBER_WORDS[tokens[index + 1]?.text ?? ''];
  if (value >= 20 && value % 10 === 0 && unit !== undefined && Number(unit) < 10) {
    value += Number(unit);
    used += 1;
  }
  const scale = SCALE_WORDS[tokens[index + used]?.text ?? ''];
  if (scale) return [numberText(value * scale), used + 1];
  return used > 1 ? [numberText(value), used] : null;
}

export function evidenceTerms(text: string): string[] {
  const tokens = rawTokens(text);
  const terms: string[] = [];
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index].text;
    if (token === 'us' && tokens[index + 1]?.text === '$') {
      index += 1; // "US$" is the dollar sign
    } else if (token === 'per' && tokens[index + 1]?.text === 'cent') {
      terms.push('percent');
      index += 2;
    } else if (token >= '0' && token <= '9~') {
      const [term, used] = readNumber(tokens, index);
      terms.push(term);
      index += used;
    } else if (readNumberWords(tokens, index)) {
      const [term, used] = readNumberWords(tokens, index)!;
      terms.push(term);
      index += used;
    } else {
      const term = CURRENCY[token] ?? termOfWord(token);
      if (term) terms.push(term);
      index += 1;
    }
  }
  return terms;
}
