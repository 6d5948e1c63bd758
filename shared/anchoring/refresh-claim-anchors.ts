import { plainTextOf } from '../article/plain-text';
import type { Project } from '../project/schema';
import { anchorFor } from './selectors';

/**
 * Recompute every claim's selectors from where its mark sits in the body.
 * A claim whose mark is gone keeps its last known selectors and is flagged
 * orphaned, never dropped. Run at save time, not per keystroke.
 */
export function refreshClaimAnchors(project: Project): Project {
  const { text, marks } = plainTextOf(project.article.body);
  const claims = project.claims.map((claim) => {
    const range = marks.get(claim.markId);
    if (!range) return claim.orphaned ? claim : { ...claim, orphaned: true };
    const fresh = anchorFor(text, range.start, range.end);
    // Fields of the anchor this version does not know are kept (see schema.ts).
    const anchor = {
      ...claim.anchor,
      position: { ...claim.anchor.position, ...fresh.position },
      quote: { ...claim.anchor.quote, ...fresh.quote },
    };
    return { ...claim, anchor, orphaned: false };
  });
  return { ...project, claims };
}
