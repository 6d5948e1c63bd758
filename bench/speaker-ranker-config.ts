/** Where the shipped speaker-ranker weights live, and the margin chosen by dev cross-validation (speaker-ranker-cv.ts). */
export const WEIGHTS_FILE = 'shared/claim-finder/speaker-ranker-weights.json';
export const SHIPPED_MARGIN = 2;
