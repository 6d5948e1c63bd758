import type { findClaims } from '../shared/claim-finder/find-claims';
import type { RankerWeights } from '../shared/claim-finder/speaker-ranker';
import { addTally, emptyTally, matchClaims, ratesOf, tallyArticle, type Tally } from './claim-metrics';
import type { LabelledArticle } from './claim-fixtures';

/** bench:finder's tally of `articles` with a speaker ranker (null: the rules), for any version of the finder. */
export function tallyWithRanker(
  find: typeof findClaims,
  articles: readonly LabelledArticle[],
  model: RankerWeights | null,
): Tally {
  return articles.reduce((total, article) => {
    const suggestions = find(article.text, { speakerModel: model });
    return addTally(total, tallyArticle(article.claims, suggestions, matchClaims(article.claims, suggestions)));
  }, emptyTally());
}

/** Speaker accuracy as bench:finder prints it: "98.7% (472/478)". */
export const speakerCell = (tally: Tally) =>
  `${(ratesOf(tally).speakerAccuracy * 100).toFixed(1)}% (${tally.speakerRight}/${tally.attributed + tally.spuriousSpeakers})`;
