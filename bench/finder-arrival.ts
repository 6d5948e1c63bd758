/**
 * The claim finder on each dev batch as it arrived: run by scripts/finder-arrival.mjs, which bundles into
 * ARRIVAL_FINDERS the find-claims.ts of each commit that added a batch. One row per batch, scored by the finder that
 * had not seen it (claims and speakers, as bench:finder counts them), and their total. Dev only.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Finder from '../shared/claim-finder/find-claims';
import { addTally, emptyTally, tallyFinder } from './claim-metrics';
import { QUALITY_HEADER, qualityRow } from './quality-table';
import { loadRealCopy } from './real-copy';

interface Arrival {
  commit: string;
  batch: string;
  /** The bundled finder, in ARRIVAL_FINDERS. */
  finder: string;
  /** The dev articles the commit added. */
  articles: string[];
}

const folder = process.env.ARRIVAL_FINDERS;
if (!folder || !process.env.ARRIVALS)
  throw new Error('Run through scripts/finder-arrival.mjs (npm run bench:finder-arrival).');
const load = createRequire(path.join(folder, 'x.cjs'));
const dev = loadRealCopy('dev');

console.log('Claim finder on arrival: each batch of dev copy scored by the finder of the commit that added it\n');
console.log(QUALITY_HEADER.join('\n'));
let total = emptyTally();
let articles = 0;
for (const arrival of JSON.parse(process.env.ARRIVALS) as Arrival[]) {
  const { findClaims } = load(`./${arrival.finder}`) as typeof Finder;
  const batch = dev.filter((article) => arrival.articles.includes(article.name));
  if (batch.length !== arrival.articles.length)
    throw new Error(`${arrival.commit}: some of its articles are no longer in dev (${arrival.articles.join(', ')})`);
  const tally = tallyFinder((text) => findClaims(text), batch);
  total = addTally(total, tally);
  articles += batch.length;
  console.log(qualityRow(`${arrival.batch} (${arrival.commit})`, batch.length, tally));
}
console.log(qualityRow('all, on arrival', articles, total));
