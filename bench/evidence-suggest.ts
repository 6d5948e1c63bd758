/**
 * Evidence suggestion benchmark: 1,000 generated sources (~1,000,000 words),
 * index build time and per-claim latency of suggestEvidence next to a naive
 * baseline (every sentence scanned for shared words) in the same run, plus how
 * often each puts the restated sentence first. Run: npm run bench:evidence
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEvidenceIndex, suggestEvidence } from '../shared/evidence/evidence-index';
import { passagesOf } from '../shared/evidence/passages';
import { generateCorpus, paraphrase, seededRandom } from './corpus';

const SEED = 20261122;
const CLAIMS = 200;

const median = (values: number[]) => percentile(values, 0.5);
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

interface Sentence {
  text: string;
  words: string[];
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

function naiveBest(sentences: Sentence[], claim: string): string {
  const wanted = new Set(wordsOf(claim));
  let best = sentences[0];
  let bestCount = -1;
  for (const sentence of sentences) {
    let shared = 0;
    for (const word of sentence.words) if (wanted.has(word)) shared++;
    if (shared > bestCount) [best, bestCount] = [sentence, shared];
  }
  return best.text;
}

const corpus = generateCorpus(SEED, 1000, 1000);
const [index, indexMs] = time(() => buildEvidenceIndex(corpus.sources));
const [sentences, naiveSetupMs] = time(() =>
  corpus.sources.flatMap((source) => passagesOf(source.text).map(({ start, end }) => source.text.slice(start, end))).map((text) => ({ text, words: wordsOf(text) })),
);

const random = seededRandom(SEED + 1);
const claims = Array.from({ length: CLAIMS }, () => {
  const target = sentences[Math.floor(random() * sentences.length)].text;
  return { target, claim: paraphrase(random, target) };
});

const indexTimes: number[] = [];
const naiveTimes: number[] = [];
let indexHits = 0;
let naiveHits = 0;
for (const { target, claim } of claims) {
  const [suggestions, ms] = time(() => suggestEvidence(index, claim, { top: 5 }));
  indexTimes.push(ms);
  if (suggestions[0]?.text === target) indexHits++;
  const [naive, naiveMs] = time(() => naiveBest(sentences, claim));
  naiveTimes.push(naiveMs);
  if (naive === target) naiveHits++;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows = [
  ['', 'suggestEvidence (MiniSearch BM25 + re-rank)', 'naive scan (shared words)'],
  ['setup (index / sentence split)', ms(indexMs), ms(naiveSetupMs)],
  ['per claim, median', ms(median(indexTimes)), ms(median(naiveTimes))],
  ['per claim, p95', ms(percentile(indexTimes, 0.95)), ms(percentile(naiveTimes, 0.95))],
  ['restated sentence ranked first', `${indexHits}/${CLAIMS}`, `${naiveHits}/${CLAIMS}`],
];
const table = rows.map((row) => `| ${row.join(' | ')} |`);
table.splice(1, 0, '|---|---|---|');
const date = new Date().toISOString().slice(0, 10);
const summary = [
  `## Evidence suggestion`,
  '',
  `Measured ${date} on this machine (Node ${process.version}): ${corpus.sources.length} generated sources, ${corpus.words.toLocaleString('en')} words, ${sentences.length.toLocaleString('en')} sentences (seed ${SEED}); ${CLAIMS} claims, each restating one sentence with words dropped, American spellings and amounts rewritten ("$12m" -> "USD 12 million", "7 per cent" -> "7%"). Targets: index < 5 s, median < 50 ms per claim.`,
  '',
  ...table,
  '',
].join('\n');
console.log(summary);

const readme = path.resolve(__dirname === undefined ? '.' : process.cwd(), 'bench', 'README.md');
let current = '';
try {
  current = readFileSync(readme, 'utf8');
} catch {
  current = '# Benchmarks\n\nFigures printed by the scripts in this folder, each next to a baseline measured in the same run.\n\n';
}
const section = /## Evidence suggestion\n[\s\S]*?(?=\n## |$)/;
writeFileSync(readme, section.test(current) ? current.replace(section, summary) : `${current.trimEnd()}\n\n${summary}`);
