/**
 * The fixed verdict scale. Each verdict maps to a schema.org ClaimReview
 * rating: ratingValue on a 1 (worst) .. 5 (best) scale, and alternateName text.
 * `unrated` and `unverifiable` carry no numeric rating.
 */
export const VERDICTS = [
  'unrated',
  'accurate',
  'mostly-accurate',
  'mixed',
  'misleading',
  'false',
  'unverifiable',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export interface VerdictInfo {
  label: string;
  ratingValue: number | null;
  ratingText: string;
}

export const VERDICT_INFO: Record<Verdict, VerdictInfo> = {
  unrated: { label: 'Unrated', ratingValue: null, ratingText: 'Not yet rated' },
  accurate: { label: 'Accurate', ratingValue: 5, ratingText: 'Accurate' },
  'mostly-accurate': { label: 'Mostly accurate', ratingValue: 4, ratingText: 'Mostly accurate' },
  mixed: { label: 'Mixed', ratingValue: 3, ratingText: 'Mixed' },
  misleading: { label: 'Misleading', ratingValue: 2, ratingText: 'Misleading' },
  false: { label: 'False', ratingValue: 1, ratingText: 'False' },
  unverifiable: { label: 'Unverifiable', ratingValue: null, ratingText: 'Unverifiable' },
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;
