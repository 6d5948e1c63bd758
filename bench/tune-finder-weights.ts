/**
 * The grid the claim finder's weights (shared/claim-finder/scoring.ts) were
 * chosen from: F1 and recall on the two tuning sets only (clean tuning,
 * real-copy dev) for each combination. Never reads a held-out set.
 *   esbuild bench/tune-finder-weights.ts --bundle --platform=node --outfile=dist/bench/tune.cjs && node dist/bench/tune.cjs
 */
import { claimCandidates, scoredSuggestions, DEFAULT_MIN_SCORE } from '../shared/claim-finder/find-claims';
import { BIAS, scoreOf, WEIGHTS } from '../shared/claim-finder/scoring';
import type { Feature } from '../shared/claim-finder/features';
import { loadLabelledSet } from './claim-fixtures';
import { addTally, emptyTally, matchClaims, ratesOf, tallyArticle } from './claim-metrics';
import { loadRealCopy } from './real-copy';

const sets = { clean: loadLabelledSet('tuning'), real: loadRealCopy('dev') };
const prepared = Object.fromEntries(
  Object.entries(sets).map(([name, articles]) => [
    name,
    articles.map((article) => ({ article, candidates: claimCandidates(article.text) })),
  ]),
);

const GRID: Partial<Record<Feature | 'bias', number[]>> = {
  bias: [-2.2, -1.8, -1.4, -1.0],
  namedSpeaker: [0.6, 1.0, 1.4],
  reportedSpeech: [0.6, 1.0],
  pastEvent: [0.5, 1.0, 1.5],
  speechAct: [0.4, 0.8],
  firstPerson: [-1.0, -0.5],
  opinion: [-1.2, -0.6],
};

function evaluate(weights: Record<Feature, number>, bias: number) {
  const result: Record<string, ReturnType<typeof ratesOf>> = {};
  for (const [name, items] of Object.entries(prepared)) {
    let tally = emptyTally();
    for (const { article, candidates } of items) {
      const suggestions = scoredSuggestions(candidates, DEFAULT_MIN_SCORE, (features) =>
        scoreOf(features, weights, bias),
      );
      tally = addTally(tally, tallyArticle(article.claims, suggestions, matchClaims(article.claims, suggestions)));
    }
    result[name] = ratesOf(tally);
  }
  return result;
}

const keys = Object.keys(GRID) as (Feature | 'bias')[];
const rows: { setting: string; real: ReturnType<typeof ratesOf>; clean: ReturnType<typeof ratesOf> }[] = [];
function walk(index: number, chosen: Record<string, number>): void {
  if (index === keys.length) {
    const { bias, ...rest } = chosen;
    const rates = evaluate({ ...WEIGHTS, ...rest }, bias ?? BIAS);
    rows.push({ setting: JSON.stringify(chosen), real: rates.real, clean: rates.clean });
    return;
  }
  for (const value of GRID[keys[index]]!) walk(index + 1, { ...chosen, [keys[index]]: value });
}
walk(0, {});
const pct = (value: number) => (value * 100).toFixed(1);
rows.sort((a, b) => b.real.f1 + b.clean.f1 - (a.real.f1 + a.clean.f1));
console.log('real F1 / recall | clean F1 / recall | setting');
for (const row of rows.slice(0, 25))
  console.log(
    `${pct(row.real.f1)} / ${pct(row.real.recall)} | ${pct(row.clean.f1)} / ${pct(row.clean.recall)} | ${row.setting}`,
  );
