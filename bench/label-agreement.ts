/**
 * How far two people agree when they label the same real copy by the same guide: the second labeller's labels
 * (test/fixtures/real-copy/second-labeller, written without seeing the first's) scored against the corpus labels
 * exactly as the finder is scored (bench/claim-metrics.ts), beside the finder on the same articles. The figure a
 * finder can be asked to reach is bounded by it. Run: npm run bench:agreement
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimSuggestion } from '../shared/claim-finder/find-claims';
import { findClaims } from '../shared/claim-finder/find-claims';
import { addTally, emptyTally, matchClaims, tallyArticle, tallyFinder, type Tally } from './claim-metrics';
import { QUALITY_HEADER, qualityRow } from './quality-table';
import { loadRealCopy, parseRealCopyArticle, REAL_COPY_ROOT, type RealCopyArticle } from './real-copy';

const SECOND = path.join(REAL_COPY_ROOT, 'second-labeller');

/** One labeller's claims as if a finder had suggested them, for scoring against the other's. */
export const asSuggestions = (article: RealCopyArticle): ClaimSuggestion[] =>
  article.claims.map((claim) => ({
    text: claim.text,
    start: claim.start,
    end: claim.end,
    score: 1,
    reasons: [],
    attributed: claim.speaker !== null,
    speaker: claim.speaker,
    speakerKind: claim.kind,
  }));

/** `gold` scored against `other`'s labels of the same articles, article by article. */
export function agreement(gold: readonly RealCopyArticle[], other: readonly RealCopyArticle[]): Tally {
  return gold.reduce((total, article) => {
    const theirs = asSuggestions(other.find((candidate) => candidate.name === article.name)!);
    return addTally(total, tallyArticle(article.claims, theirs, matchClaims(article.claims, theirs)));
  }, emptyTally());
}

/** The dev articles the second labeller labelled: the corpus's labels (first) and the second's, in one order. */
export function loadBothLabellers(): { first: RealCopyArticle[]; second: RealCopyArticle[] } {
  const names = readdirSync(SECOND)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
  const first = loadRealCopy('dev').filter((article) => names.includes(article.name));
  const second = first.map((article) =>
    parseRealCopyArticle(
      article.name,
      article.raw,
      JSON.parse(readFileSync(path.join(SECOND, `${article.name}.json`), 'utf8')),
    ),
  );
  return { first, second };
}

function main() {
  const { first, second } = loadBothLabellers();
  console.log(
    `Label agreement on ${first.length} dev articles: the corpus labels as gold, scored as bench:finder scores\n`,
  );
  console.log(QUALITY_HEADER.join('\n'));
  console.log(qualityRow('second labeller', first.length, agreement(first, second)));
  console.log(qualityRow('first labeller, against the second', first.length, agreement(second, first)));
  console.log(
    qualityRow(
      'claim finder',
      first.length,
      tallyFinder((text) => findClaims(text), first),
    ),
  );
}

if (!process.env.VITEST) main();
