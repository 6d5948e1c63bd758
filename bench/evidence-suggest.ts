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
import { CLOSE_MATCH } from '../shared/evidence/match-score';
import { generateCorpus, paraphrase, seededRandom } from './corpus';
import { loadRealCopy, type RealCopyHalf } from './real-copy';

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

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

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
  corpus.sources
    .flatMap((source) => passagesOf(source.text).map(({ start, end }) => source.text.slice(start, end)))
    .map((text) => ({ text, words: wordsOf(text) })),
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
let closeOnRestated = 0;
for (const { target, claim } of claims) {
  const [suggestions, ms] = time(() => suggestEvidence(index, claim, { top: 5 }));
  indexTimes.push(ms);
  if (suggestions[0]?.text === target) indexHits++;
  if (suggestions[0]?.text === target && suggestions[0].closeMatch) closeOnRestated++;
  const [naive, naiveMs] = time(() => naiveBest(sentences, claim));
  naiveTimes.push(naiveMs);
  if (naive === target) naiveHits++;
}

/**
 * The real-copy corpus (test/fixtures/real-copy), one half at a time: its
 * articles are added to the 1,000 sources. Each labelled claim, restated,
 * must find its own sentence first and as a close match; the same claim with
 * its article left out is about something no source mentions and must get no
 * close match. Then each article's first labelled sentence is copied into
 * two generated sources (wire copy run by three outlets): the suggestion must
 * list the two copies in sameTextIn, not as three confirmations.
 */
function realCopyHalf(half: RealCopyHalf) {
  const articles = loadRealCopy(half);
  const withArticles = buildEvidenceIndex([
    ...corpus.sources,
    ...articles.map((article) => ({ id: `real_${article.name}`, text: article.text })),
  ]);
  const random = seededRandom(SEED + 2);
  let claims = 0;
  let foundFirst = 0;
  let close = 0;
  let absentClose = 0;
  for (const article of articles) {
    for (const label of article.claims) {
      claims++;
      const claim = paraphrase(random, label.text);
      const [first] = suggestEvidence(withArticles, claim, { top: 5 });
      if (first && first.sourceId === `real_${article.name}` && first.start <= label.start && first.end >= label.end) {
        foundFirst++;
        if (first.closeMatch) close++;
      }
      if (suggestEvidence(index, claim, { top: 5 }).some((suggestion) => suggestion.closeMatch)) absentClose++;
    }
  }
  let grouped = 0;
  const copies = articles.map((article, position) => {
    const label = article.claims[0];
    const passage = passagesOf(article.text).find((span) => span.start <= label.start && span.end >= label.end)!;
    const sentence = article.text.slice(passage.start, passage.end);
    const hosts = [corpus.sources[position * 2], corpus.sources[position * 2 + 1]];
    return { sentence, article, hosts };
  });
  const syndicated = buildEvidenceIndex([
    ...corpus.sources.map((source) => {
      const copy = copies.find((item) => item.hosts.includes(source));
      return copy ? { ...source, text: `${source.text}\n${copy.sentence}` } : source;
    }),
    ...articles.map((article) => ({ id: `real_${article.name}`, text: article.text })),
  ]);
  for (const { sentence } of copies) {
    const [first] = suggestEvidence(syndicated, sentence, { top: 5 });
    if (first && first.sameTextIn.length === 2) grouped++;
  }
  return { half, articles: articles.length, claims, foundFirst, close, absentClose, grouped };
}

const halves = (['dev', 'held-out'] as const).map(realCopyHalf);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows = [
  ['', 'suggestEvidence (MiniSearch BM25 + re-rank)', 'naive scan (shared words)'],
  ['setup (index / sentence split)', ms(indexMs), ms(naiveSetupMs)],
  ['per claim, median', ms(median(indexTimes)), ms(median(naiveTimes))],
  ['per claim, p95', ms(percentile(indexTimes, 0.95)), ms(percentile(naiveTimes, 0.95))],
  ['restated sentence ranked first', `${indexHits}/${CLAIMS}`, `${naiveHits}/${CLAIMS}`],
  [`... and marked a close match (score ≥ ${CLOSE_MATCH})`, `${closeOnRestated}/${CLAIMS}`, '—'],
];
const realRows = [
  '| real-copy half | articles | labelled claims, restated | own sentence first | ... and a close match | article left out: a close match anyway (should be 0) | wire sentence in 3 sources grouped as one |',
  '|---|---|---|---|---|---|---|',
  ...halves.map(
    (h) =>
      `| ${h.half} | ${h.articles} | ${h.claims} | ${h.foundFirst}/${h.claims} | ${h.close}/${h.claims} | ${h.absentClose}/${h.claims} | ${h.grouped}/${h.articles} |`,
  ),
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
  `Real-copy corpus, each half on its own, its articles added to the same 1,000 sources: each labelled claim restated (as above) must find its own sentence first and be a close match; with its article left out, no source states it and it must get no close match ("No close match in the sources"). Each article's first claim copied word for word into two generated sources must come back as one suggestion naming the two copies (\`sameTextIn\`). The close-match threshold (${CLOSE_MATCH}, shared/evidence/match-score.ts) and the figure bonus were set on the dev half only; the generated sources are thick with random amounts, so an absent claim's figure often has a neighbour within 5% there, more than in a real project's sources.`,
  '',
  ...realRows,
  '',
].join('\n');
console.log(summary);

const readme = path.resolve(__dirname === undefined ? '.' : process.cwd(), 'bench', 'README.md');
let current: string;
try {
  current = readFileSync(readme, 'utf8');
} catch {
  current =
    '# Benchmarks\n\nFigures printed by the scripts in this folder, each next to a baseline measured in the same run.\n\n';
}
const section = /## Evidence suggestion\n[\s\S]*?(?=\n## |$)/;
writeFileSync(readme, section.test(current) ? current.replace(section, summary) : `${current.trimEnd()}\n\n${summary}`);
