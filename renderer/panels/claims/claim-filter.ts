import type { Claim, ReviewStatus } from '../../../shared/project/schema';
import type { Verdict } from '../../../shared/claims/verdicts';
import { sortTags } from './tag-order';

export interface ClaimFilter {
  text: string;
  verdict: Verdict | 'all';
  tag: string; // 'all', 'attributed', 'disputed' or a free tag
  status: ReviewStatus | 'all';
}

export const NO_FILTER: ClaimFilter = { text: '', verdict: 'all', tag: 'all', status: 'all' };

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.text.trim() !== '' || filter.verdict !== 'all' || filter.tag !== 'all' || filter.status !== 'all';
}

function hasTag(claim: Claim, tag: string): boolean {
  if (tag === 'attributed') return claim.tags.attributed !== null;
  if (tag === 'disputed') return claim.tags.disputed !== null;
  return claim.tags.free.includes(tag);
}

/**
 * The lower-cased text a search looks in: quote, note, speaker, dispute reason
 * and tags. Kept per claim object (a changed claim is a new object) and quote,
 * so a keystroke in the search box only compares strings.
 */
const searchTexts = new WeakMap<Claim, { quote: string; text: string }>();

export function searchTextOf(claim: Claim, quote: string): string {
  const cached = searchTexts.get(claim);
  if (cached?.quote === quote) return cached.text;
  const text = [
    quote,
    claim.note,
    claim.tags.attributed?.speaker ?? '',
    claim.tags.disputed?.reason ?? '',
    ...claim.tags.free,
  ]
    .join('\n')
    .toLocaleLowerCase();
  searchTexts.set(claim, { quote, text });
  return text;
}

/** A test for one filter, to run over every claim. */
export function claimMatcher(filter: ClaimFilter): (claim: Claim, quote: string) => boolean {
  const needle = filter.text.trim().toLocaleLowerCase();
  return (claim, quote) => {
    if (filter.verdict !== 'all' && claim.verdict !== filter.verdict) return false;
    if (filter.status !== 'all' && claim.status !== filter.status) return false;
    if (filter.tag !== 'all' && !hasTag(claim, filter.tag)) return false;
    return !needle || searchTextOf(claim, quote).includes(needle);
  };
}

export function matchesFilter(claim: Claim, quote: string, filter: ClaimFilter): boolean {
  return claimMatcher(filter)(claim, quote);
}

/** Every free tag used in the project, for filters and autocomplete. */
export function projectTags(claims: Iterable<Claim>): string[] {
  const tags = new Set<string>();
  for (const claim of claims) claim.tags.free.forEach((tag) => tags.add(tag));
  return sortTags(tags);
}
