import type { Claim } from './schema';

/** A new, untagged, unrated claim for the passage `quote`, highlighted by mark `id`. */
export function newClaim(id: string, quote: string, author: string, now: Date): Claim {
  const at = now.toISOString();
  return {
    id,
    markId: id,
    anchor: { position: { start: 0, end: quote.length }, quote: { exact: quote, prefix: '', suffix: '' } },
    tags: { attributed: null, disputed: null, free: [] },
    verdict: 'unrated',
    note: '',
    status: 'open',
    comments: [],
    orphaned: false,
    createdBy: author,
    createdAt: at,
    updatedBy: author,
    updatedAt: at,
  };
}
