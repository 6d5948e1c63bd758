/**
 * The speaker ranker's committed weights: the averaged perceptron (with the rules' pick among its features) trained
 * on all of real-copy dev by `npm run bench:speaker-ranker -- --write`. findClaims does not use them — neither dev
 * cross-validation nor the batches on arrival showed a gain over the rules (bench/README.md) — they are kept so
 * that the experiment can be rerun and checked (test/unit/shared/claim-finder/speaker-ranker-weights.test.ts).
 */
export const WEIGHTS_FILE = 'bench/speaker-ranker-weights.json';
export const SHIPPED_MARGIN = 0;
