import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/schema';
import { claimsViewStore } from '../state/claims-view-store';
import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';
import { STATUS_LABELS } from './claims/ClaimFilters';
import { saveStateLabel } from '../state/save-state';

function countByStatus(claims: Record<string, { status: ReviewStatus }>): Record<ReviewStatus, number> {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<ReviewStatus, number>;
  for (const claim of Object.values(claims)) counts[claim.status] += 1;
  return counts;
}

/** Claim counts by review status, sources, and whether everything is saved. */
export function StatusBar() {
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const sources = useStore(documentStore, (doc) => doc!.project.sources.length);
  const path = useStore(documentStore, (doc) => doc!.path);
  const dirty = useStore(documentStore, (doc) => doc!.dirty);
  const counts = countByStatus(claims);
  const total = Object.keys(claims).length;
  return (
    <footer className="status-bar" aria-label="Status">
      <span>
        {total} {total === 1 ? 'claim' : 'claims'}
        {total > 0 &&
          `: ${REVIEW_STATUSES.filter((status) => counts[status] > 0)
            .map((status) => `${counts[status]} ${STATUS_LABELS[status].toLowerCase()}`)
            .join(' · ')}`}{' '}
        · {sources} {sources === 1 ? 'source' : 'sources'}
      </span>
      <span className="status-path" title={path ?? undefined}>
        {saveStateLabel(dirty, path)}
        {path ? ` — ${path}` : ''}
      </span>
    </footer>
  );
}
