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
import { addTally, emptyTally } from './claim-metrics';
import { speakerCell, tallyWithRanker } from './speaker-ranker-tally';
import { loadRealCopy } from './real-copy';
import { speakerExamples, trainRanker, withoutRuleFeatures } from './train-speaker-ranker';

const MARGINS = [2, 8];
const OTHERS_MARGINS = [0, 2, 4];
const ALWAYS = -1e9;

interface Arrival {
  commit: string;
  finder: string;
  /** The dev articles the commit added, and those there before (what its finder was written from). */
  articles: string[];
  before: string[];
}

const folder = process.env.ARRIVAL_FINDERS;
if (!folder || !process.env.ARRIVALS)
  throw new Error('Run through scripts/speaker-ranker-arrival.mjs (ARRIVAL_FINDERS is not set).');
const load = createRequire(path.join(folder, 'x.cjs'));
const dev = loadRealCopy('dev');
const named = (names: readonly string[]) => dev.filter((article) => names.includes(article.name));
const arrivals = (JSON.parse(process.env.ARRIVALS) as Arrival[]).map((arrival) => {
  const finder = load(`./${arrival.finder}`) as typeof Finder;
  const test = named(arrival.articles);
  return { ...arrival, finder, test, examples: speakerExamples(test, finder.claimCandidates) };
});

const columns = [
  'rules (on arrival)',
  'ranker without rule features',
  ...MARGINS.map((margin) => `rules unless it prefers another by > ${margin}`),
  ...OTHERS_MARGINS.map((margin) => `ranker with rule features trained on the other arrivals, margin ${margin}`),
];
console.log('Speaker ranker on arrival: each batch of dev copy with the finder of the commit that added it\n');
console.log(`| commit | articles | ${columns.join(' | ')} | labelled speaker among the candidates |`);
console.log(`|${'---|'.repeat(columns.length + 3)}`);
const totals = columns.map(() => emptyTally());
for (const arrival of arrivals) {
  const alone = trainRanker(
    withoutRuleFeatures(speakerExamples(named(arrival.before), arrival.finder.claimCandidates)),
  );
  const fromOthers = trainRanker(arrivals.filter((other) => other !== arrival).flatMap((other) => other.examples));
  const models = [
    null,
    { ...alone, margin: ALWAYS },
    ...MARGINS.map((margin) => ({ ...alone, margin })),
    ...OTHERS_MARGINS.map((margin) => ({ ...fromOthers, margin })),
  ];
  const tallies = models.map((model) => tallyWithRanker(arrival.finder.findClaims, arrival.test, model));
  tallies.forEach((tally, index) => (totals[index] = addTally(totals[index], tally)));
  const reachable = arrival.examples.filter((example) => example.gold >= 0).length;
  console.log(
    `| ${arrival.commit} | ${arrival.test.length} | ${tallies.map(speakerCell).join(' | ')} | ${reachable}/${arrival.examples.length} |`,
  );
}
console.log(
  `| all | ${arrivals.reduce((sum, arrival) => sum + arrival.test.length, 0)} | ${totals.map(speakerCell).join(' | ')} | |`,
);
