/**
 * The speaker ranker against the rules, by cross-validation by article on the real-copy dev half only
 * (held-out is never read here):
 *
 *   npm run bench:speaker-ranker             per-fold speaker accuracy: rules, the model as a tie-breaker at
 *                                            each margin, and the model alone without the rules' pick
 *   npm run bench:speaker-ranker -- --write  also trains on all of dev and writes the shipped weights
 *
 * Accuracy is bench:finder's: right speakers / (matched labels with a speaker + spurious speakers).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findClaims } from '../shared/claim-finder/find-claims';
import type { RankerWeights } from '../shared/claim-finder/speaker-ranker';
import { addTally, emptyTally } from './claim-metrics';
import { speakerCell, tallyWithRanker } from './speaker-ranker-tally';
import { loadRealCopy } from './real-copy';
import { speakerExamples, trainLogit, trainRanker, withoutRuleFeatures } from './train-speaker-ranker';
import { SHIPPED_MARGIN, WEIGHTS_FILE } from './speaker-ranker-config';

const FOLDS = 5;
const ALONE_MARGINS = [2, 8];
const LOGIT_MARGINS = [0.5, 1, 2];
const ALWAYS = -1e9;

const dev = loadRealCopy('dev');
const examples = speakerExamples(dev);
const reachable = examples.filter((example) => example.gold >= 0).length;
console.log(
  `Speaker ranker, ${FOLDS}-fold CV by article on real-copy dev (${dev.length} articles, ${examples.length} matched claims, ` +
    `${reachable} with the labelled speaker among the candidates)\n`,
);
const columns = [
  'rules',
  'perceptron with rule features',
  'perceptron without',
  ...ALONE_MARGINS.map((margin) => `rules unless perceptron without prefers another by > ${margin}`),
  'logit with rule features',
  'logit without',
  ...LOGIT_MARGINS.map((margin) => `rules unless logit without prefers another by > ${margin}`),
];
console.log(`| fold | articles | ${columns.join(' | ')} |`);
console.log(`|${'---|'.repeat(columns.length + 2)}`);
const totals = columns.map(() => emptyTally());
for (let fold = 0; fold < FOLDS; fold += 1) {
  const test = dev.filter((_, index) => index % FOLDS === fold);
  const trainNames = new Set(dev.filter((_, index) => index % FOLDS !== fold).map((article) => article.name));
  const training = examples.filter((example) => trainNames.has(example.article));
  const alone = trainRanker(withoutRuleFeatures(training));
  const logitAlone = trainLogit(withoutRuleFeatures(training));
  const models: (RankerWeights | null)[] = [
    null,
    { ...trainRanker(training), margin: ALWAYS },
    { ...alone, margin: ALWAYS },
    ...ALONE_MARGINS.map((margin) => ({ ...alone, margin })),
    { ...trainLogit(training), margin: ALWAYS },
    { ...logitAlone, margin: ALWAYS },
    ...LOGIT_MARGINS.map((margin) => ({ ...logitAlone, margin })),
  ];
  const tallies = models.map((model) => tallyWithRanker(findClaims, test, model));
  tallies.forEach((tally, index) => (totals[index] = addTally(totals[index], tally)));
  console.log(`| ${fold + 1} | ${test.length} | ${tallies.map(speakerCell).join(' | ')} |`);
}
console.log(`| all | ${dev.length} | ${totals.map(speakerCell).join(' | ')} |`);

if (process.argv.includes('--write')) {
  const shipped = trainRanker(examples, SHIPPED_MARGIN);
  writeFileSync(path.resolve(WEIGHTS_FILE), `${JSON.stringify(shipped, null, 2)}\n`);
  console.log(`\nWrote ${WEIGHTS_FILE}: ${Object.keys(shipped.weights).length} weights, margin ${shipped.margin}.`);
}
