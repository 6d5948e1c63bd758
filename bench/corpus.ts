/**
 * A deterministic newsroom-like corpus for the evidence benchmark: sources of
 * generated sentences mixing common words, rare names, British spellings and
 * amounts, from a seeded generator (same seed, same corpus).
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  `council authority board minister mayor report budget water bills households residents repairs reservoir dam
school hospital police housing transport rail bus road bridge harbour budget spending tax rate rise fall increase cut
plan scheme contract inquiry review audit survey figures data year month week statement spokesperson official
committee election vote policy funding grant loan debt deficit surplus price cost wages jobs workers union strike
energy power gas electricity flood storm drought farmers crops market shops tourism festival museum library park
court judge trial case appeal sentence prison crime arrests officers patients doctors nurses waiting list beds`.split(
    /\s+/,
  );

const VERBS =
  'said announced confirmed denied reported approved rejected promised warned estimated found showed revealed claimed'.split(
    ' ',
  );
const BRITISH =
  'colour programme centre organised defence licence travelled labour favour theatre catalogue analysed'.split(' ');
const SYLLABLES = 'ka lo mi ra te su vin dor pel ash bru cal den fir gor hal'.split(' ');

export interface Corpus {
  sources: { id: string; text: string }[];
  words: number;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function rareName(random: () => number): string {
  const name = pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, SYLLABLES);
  return name[0].toUpperCase() + name.slice(1);
}

function amount(random: () => number): string {
  const value = 1 + Math.floor(random() * 900);
  return random() < 0.5 ? `$${value}m` : `${1 + Math.floor(random() * 40)} per cent`;
}

function sentence(random: () => number): string {
  const words = [`The ${pick(random, COMMON)}`, rareName(random), pick(random, VERBS)];
  const length = 8 + Math.floor(random() * 14);
  while (words.length < length) {
    const roll = random();
    words.push(
      roll < 0.08
        ? amount(random)
        : roll < 0.14
          ? pick(random, BRITISH)
          : roll < 0.2
            ? rareName(random)
            : pick(random, COMMON),
    );
  }
  return `${words.join(' ')}.`;
}

export function generateCorpus(seed: number, sourceCount: number, wordsPerSource: number): Corpus {
  const random = seededRandom(seed);
  const sources = [];
  let words = 0;
  for (let index = 0; index < sourceCount; index++) {
    const sentences: string[] = [];
    let count = 0;
    while (count < wordsPerSource) {
      const next = sentence(random);
      count += next.split(' ').length;
      sentences.push(next);
      if (random() < 0.2) sentences.push('\n');
    }
    words += count;
    sources.push({ id: `src_${index}`, text: sentences.join(' ').replace(/ \n /g, '\n') });
  }
  return { sources, words };
}

const AMERICAN: Record<string, string> = {
  colour: 'color',
  programme: 'program',
  centre: 'center',
  organised: 'organized',
  defence: 'defense',
  licence: 'license',
  travelled: 'traveled',
  labour: 'labor',
  favour: 'favor',
  theatre: 'theater',
  catalogue: 'catalog',
  analysed: 'analyzed',
};

/** A claim restating a sentence: some words dropped, American spellings, amounts written out. */
export function paraphrase(random: () => number, original: string): string {
  return original
    .replace(/\.$/, '')
    .split(' ')
    .filter((word, index) => index < 2 || random() > 0.3)
    .map((word) => AMERICAN[word] ?? word)
    .join(' ')
    .replace(/\$(\d+)m/g, 'USD $1 million')
    .replace(/(\d+) per cent/g, '$1%');
}
