import type { Claim, ReviewStatus } from '../../../shared/schema';
import type { Verdict } from '../../../shared/verdicts';

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

export function matchesFilter(claim: Claim, quote: string, filter: ClaimFilter): boolean {
  if (filter.verdict !== 'all' && claim.verdict !== filter.verdict) return false;
  if (filter.status !== 'all' && claim.status !== filter.status) return false;
  if (filter.tag !== 'all' && !hasTag(claim, filter.tag)) return false;
  const needle = filter.text.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [quote, claim.note, claim.tags.attributed?.speaker ?? '', claim.tags.disputed?.reason ?? '', ...claim.tags.free].join('\n');
  return haystack.toLocaleLowerCase().includes(needle);
}

/** Every free tag used in the project, for filters and autocomplete. */
export function projectTags(claims: Iterable<Claim>): string[] {
  const tags = new Set<string>();
  for (const claim of claims) claim.tags.free.forEach((tag) => tags.add(tag));
  return [...tags].sort((a, b) => a.localeCompare(b));
}
