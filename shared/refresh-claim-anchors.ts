import { plainTextOf } from './plain-text';
import type { Project } from './schema';
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
    return { ...claim, anchor: anchorFor(text, range.start, range.end), orphaned: false };
  });
  return { ...project, claims };
}
