import type { Claim, Comment } from '../project/schema';

/** A new, untagged, unrated claim numbered `number` for the passage `quote`, highlighted by mark `id`. */
export function newClaim(id: string, quote: string, author: string, now: Date, number = 0): Claim {
  const at = now.toISOString();
  return {
    id,
    number,
    markId: id,
    anchor: { position: { start: 0, end: quote.length }, quote: { exact: quote, prefix: '', suffix: '' } },
    tags: { attributed: null, disputed: null, free: [] },
    verdict: 'unrated',
    verdictBy: '',
    note: '',
    publicExplanation: '',
    noEvidenceReason: '',
    notForPublication: null,
    status: 'open',
    comments: [],
    orphaned: false,
    createdBy: author,
    createdAt: at,
    updatedBy: author,
    updatedAt: at,
  };
}

export function newComment(id: string, author: string, text: string, kind: Comment['kind'], now: Date): Comment {
  return { id, author, text, kind, createdAt: now.toISOString(), editedAt: null, resolved: false };
}
