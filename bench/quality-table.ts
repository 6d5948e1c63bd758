import { ratesOf, type Tally } from './claim-metrics';

/** The claim finder's quality table as bench:finder and bench:finder-arrival print it (Markdown). */

export const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export const QUALITY_HEADER = [
  '| set | articles | labelled claims | suggestions | precision | recall | F1 | speaker accuracy | same person or body | speaker kind |',
  '|---|---|---|---|---|---|---|---|---|---|',
];

export function qualityRow(name: string, articles: number, tally: Tally): string {
  const rates = ratesOf(tally);
  const kinds = tally.kinded ? `${pct(rates.kindAccuracy)} (${tally.kindRight}/${tally.kinded})` : '—';
  return `| ${name} | ${articles} | ${tally.labelled} | ${tally.suggested} | ${pct(rates.precision)} | ${pct(rates.recall)} | ${pct(rates.f1)} | ${pct(rates.speakerAccuracy)} (${tally.speakerRight}/${tally.attributed + tally.spuriousSpeakers}) | ${pct(rates.entityAccuracy)} (${tally.entityRight}) | ${kinds} |`;
}
