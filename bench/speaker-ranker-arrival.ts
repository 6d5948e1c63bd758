/**
 * The rules and the speaker ranker on each dev batch as it arrived: run by scripts/speaker-ranker-arrival.mjs, which
 * bundles the finder of the commit that added batches 5, 6 and 7 (with the ranker's hook) into ARRIVAL_FINDERS.
 * For batch N, with the finder that had not seen it:
 *   - rules: the finder's own speakers (the figure each round recorded "on arrival");
 *   - ranker without rule features, trained on the dev articles that finder was written from;
 *   - the rules unless that ranker prefers another candidate by more than a margin;
 *   - a ranker with rule features trained on the other two batches' arrivals (where the rules did make mistakes);
 *   - how many matched claims have their labelled speaker among the candidates at all.
 * Dev only; held-out is never read.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Finder from '../shared/claim-finder/find-claims';
import type { RankerWeights } from '../shared/claim-finder/speaker-ranker';
import { addTally, emptyTally, matchClaims, ratesOf, tallyArticle, type Tally } from './claim-metrics';
import { loadRealCopy, type RealCopyArticle } from './real-copy';
import { speakerExamples, trainRanker, withoutRuleFeatures, type SpeakerExample } from './train-speaker-ranker';

const BATCHES = [5, 6, 7];
const MARGINS = [2, 8];
const ALWAYS = -1e9;

const folder = process.env.ARRIVAL_FINDERS;
if (!folder) throw new Error('Run through scripts/speaker-ranker-arrival.mjs (ARRIVAL_FINDERS is not set).');
const load = createRequire(path.join(folder, 'x.cjs'));
const finders = new Map(BATCHES.map((batch) => [batch, load(`./finder-${batch}.cjs`) as typeof Finder]));

const dev = loadRealCopy('dev');
const inBatch = (batch: number) => dev.filter((article) => article.batch === batch);

function tallyWith(finder: typeof Finder, articles: readonly RealCopyArticle[], model: RankerWeights | null): Tally {
  return articles.reduce((total, article) => {
    const suggestions = finder.findClaims(article.text, { speakerModel: model });
    return addTally(total, tallyArticle(article.claims, suggestions, matchClaims(article.claims, suggestions)));
  }, emptyTally());
}

const cell = (tally: Tally) =>
  `${(ratesOf(tally).speakerAccuracy * 100).toFixed(1)}% (${tally.speakerRight}/${tally.attributed + tally.spuriousSpeakers})`;

const arrivals = new Map<number, SpeakerExample[]>(
  BATCHES.map((batch) => [batch, speakerExamples(inBatch(batch), finders.get(batch)!.claimCandidates)]),
);
const columns = [
  'rules (on arrival)',
  'ranker without rule features',
  ...MARGINS.map((margin) => `rules unless it prefers another by > ${margin}`),
  'ranker with rule features, trained on the other arrivals',
  'labelled speaker among the candidates',
];
console.log('Speaker ranker on arrival: each dev batch with the finder of the commit that added it\n');
console.log(`| batch | articles | ${columns.join(' | ')} |`);
console.log(`|${'---|'.repeat(columns.length + 2)}`);
const totals = columns.slice(0, -1).map(() => emptyTally());
for (const batch of BATCHES) {
  const finder = finders.get(batch)!;
  const test = inBatch(batch);
  const before = dev.filter((article) => (article.batch ?? 0) < batch);
  const alone = trainRanker(withoutRuleFeatures(speakerExamples(before, finder.claimCandidates)));
  const others = BATCHES.filter((other) => other !== batch).flatMap((other) => arrivals.get(other)!);
  const models = [
    null,
    { ...alone, margin: ALWAYS },
    ...MARGINS.map((margin) => ({ ...alone, margin })),
    { ...trainRanker(others), margin: ALWAYS },
  ];
  const tallies = models.map((model) => tallyWith(finder, test, model));
  tallies.forEach((tally, index) => (totals[index] = addTally(totals[index], tally)));
  const examples = arrivals.get(batch)!;
  const reachable = examples.filter((example) => example.gold >= 0).length;
  console.log(`| ${batch} | ${test.length} | ${tallies.map(cell).join(' | ')} | ${reachable}/${examples.length} |`);
}
console.log(
  `| all | ${BATCHES.map((batch) => inBatch(batch).length).reduce((a, b) => a + b)} | ${totals.map(cell).join(' | ')} | |`,
);
