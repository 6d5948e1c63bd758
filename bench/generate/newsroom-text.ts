import type { Random } from './prng';

/**
 * Fictional local-news prose for the benchmark workload, assembled from
 * phrase lists written for it. Only its size and shape matter; it reads
 * roughly like a council report so highlights fall on plausible words.
 */

const SUBJECTS = [
  'The harbour board',
  'Councillor Ines Marlow',
  'The regional health trust',
  'A spokesperson for Calder Rail',
  'The finance committee',
  'Residents of the Westbank estate',
  'The school inspectorate',
  'Mayor Tobias Ferrant',
  'The fire service',
  'Local shopkeepers',
  'The university press office',
  'An internal audit',
  'The opposition group',
  'Transport planners',
  'The housing association',
  'Officials at the water utility',
];

const VERBS = [
  'said',
  'reported',
  'estimated',
  'claimed',
  'told the meeting',
  'wrote in a statement',
  'insisted',
  'confirmed',
];

const FACTS = [
  'that bus journeys rose by {pct} per cent over {n} months',
  'that the new clinic would treat {num} patients a week',
  'that repairs had cost £{num} more than the original budget',
  'that waiting times fell to {n} days in the spring',
  'that {num} households were still without broadband',
  'that the bridge carried {num} vehicles on a typical weekday',
  'that rents in the district climbed {pct} per cent since {year}',
  'that only {n} of the promised homes had been finished',
  'that the library served {num} visitors last year',
  'that recycling rates reached {pct} per cent in {year}',
  'that the ferry ran late on {n} days out of every ten',
  'that emergency calls doubled between {year} and {year2}',
];

const TAILS = [
  'a figure the council disputes.',
  'although the report gives no source.',
  'according to figures released on Monday.',
  'the highest level on record.',
  'a claim repeated at two public meetings.',
  'without citing the survey it relied on.',
  'in a letter seen by this newspaper.',
  'well above the national average.',
];

function fill(template: string, random: Random): string {
  const year = random.int(2009, 2024);
  return template
    .replace('{pct}', String(random.int(3, 64)))
    .replace('{num}', random.int(120, 98_000).toLocaleString('en-GB'))
    .replace('{n}', String(random.int(2, 40)))
    .replace('{year2}', String(year + random.int(1, 3)))
    .replace('{year}', String(year));
}

export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${fill(random.pick(FACTS), random)}, ${random.pick(TAILS)}`;
}

/** Exactly `count` words of running prose, ending with a full stop. */
export function words(count: number, random: Random): string[] {
  const out: string[] = [];
  while (out.length < count) out.push(...sentence(random).split(' '));
  out.length = count;
  out[count - 1] = out[count - 1].replace(/[.,]?$/, '.');
  return out;
}

export const CHECKERS = ['Priya Shah', 'Tomasz Wrona', 'Ada Mensah', 'Luis Ferreira', 'Hanna Berg'];
export const SPEAKERS = ['Ines Marlow', 'Tobias Ferrant', 'Calder Rail', 'the harbour board', 'the health trust'];
export const FREE_TAGS = ['budget', 'transport', 'housing', 'health', 'schools', 'figures', 'follow-up', 'legal'];
export const OUTLETS = [
  'Port Calder Gazette',
  'Westbank Weekly',
  'Council minutes',
  'Regional Statistics Office',
  'Calder Rail press desk',
];
export { SUBJECTS };
