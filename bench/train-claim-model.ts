/**
 * Trains the claim finder's model (bench/claim-model-training.ts) and writes shared/claim-finder/claim-model.json.
 * First it prints what copy from a new writer can expect: each batch scored by a model trained without it (leave one
 * batch out), beside the committed model, which has seen it.
 *   npm run train:finder             (writes the model)
 *   npm run train:finder -- --check  (writes nothing; fails if the committed model is not what training gives)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_MODEL } from '../shared/claim-finder/claim-model';
import { modelFile, tallyOf, trainClaimModel, trainingArticles } from './claim-model-training';
import { addTally, emptyTally, ratesOf, type Tally } from './claim-metrics';

const MODEL_FILE = path.resolve('shared', 'claim-finder', 'claim-model.json');

const articles = trainingArticles();
const groups = [...new Set(articles.map((article) => article.group))];
const figures = (tally: Tally) => {
  const rates = ratesOf(tally);
  return [rates.precision, rates.recall, rates.f1].map((value) => `${(value * 100).toFixed(1)}%`).join(' | ');
};

console.log(
  'Claims, each group scored by a model trained without it, and by the committed model (which has seen it)\n',
);
console.log('| group | articles | left out: precision | recall | F1 | committed: precision | recall | F1 |');
console.log('|---|---|---|---|---|---|---|---|');
let leftOut = emptyTally();
let committed = emptyTally();
for (const group of groups) {
  const held = articles.filter((article) => article.group === group);
  const withoutIt = tallyOf(held, trainClaimModel(articles.filter((article) => article.group !== group)));
  leftOut = addTally(leftOut, withoutIt);
  committed = addTally(committed, tallyOf(held, CLAIM_MODEL));
  console.log(`| ${group} | ${held.length} | ${figures(withoutIt)} | ${figures(tallyOf(held, CLAIM_MODEL))} |`);
}
console.log(`| all | ${articles.length} | ${figures(leftOut)} | ${figures(committed)} |`);

const trained = modelFile(trainClaimModel(articles));
if (process.argv.includes('--check')) {
  const same = readFileSync(MODEL_FILE, 'utf8') === trained;
  console.log(same ? '\nThe committed model is what training gives.' : '\nThe committed model differs from training.');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(MODEL_FILE, trained);
  console.log(`\nWrote ${path.relative(process.cwd(), MODEL_FILE)}.`);
}
