import { REVIEW_STATUSES } from '../../../shared/project/schema';
import { VERDICTS } from '../../../shared/claims/verdicts';
import type { ClaimFilter } from './claim-filter';
import { useVerdictLabel } from '../widgets/use-verdict-label';

export const STATUS_LABELS = {
  open: 'Open',
  'needs-review': 'Needs review',
  approved: 'Approved',
  'changes-requested': 'Changes requested',
} as const;

export function ClaimFilters({
  filter,
  tags,
  onChange,
}: {
  filter: ClaimFilter;
  tags: string[];
  onChange: (filter: ClaimFilter) => void;
}) {
  const labelOf = useVerdictLabel();
  return (
    <div className="claim-filters">
      <input
        type="search"
        aria-label="Search claims"
        placeholder="Search claims…"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <div className="filter-row">
        <select
          aria-label="Filter by verdict"
          value={filter.verdict}
          onChange={(event) => onChange({ ...filter, verdict: event.target.value as ClaimFilter['verdict'] })}
        >
          <option value="all">All verdicts</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {labelOf(verdict)}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by tag"
          value={filter.tag}
          onChange={(event) => onChange({ ...filter, tag: event.target.value })}
        >
          <option value="all">All tags</option>
          <option value="attributed">Attributed</option>
          <option value="disputed">Disputed</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by status"
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as ClaimFilter['status'] })}
        >
          <option value="all">All statuses</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
