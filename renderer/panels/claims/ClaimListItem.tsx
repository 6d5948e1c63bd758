import { memo } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { PresenceDot } from '../../collab/PresenceDot';
import { setActiveClaim } from '../../state/active-claim-store';
import { useVerdictLabel } from '../widgets/use-verdict-label';
import { TagChip } from './TagChip';

/**
 * One row of the Claims panel: the button (number and quote; its name says
 * the verdict too), then the verdict as text — never colour alone — and tags.
 * Memoised apart from its row: a filter keystroke changes every row's place
 * in the list (aria-setsize), not what each row shows.
 */
export const ClaimListItem = memo(function ClaimListItem({
  claim,
  number,
  quote,
  active,
}: {
  claim: Claim;
  number: number;
  quote: string;
  active: boolean;
}) {
  const labelOf = useVerdictLabel();
  return (
    <div className={`claim-row verdict-${claim.verdict}`}>
      <button
        type="button"
        className="claim-row-button"
        aria-expanded={active}
        onClick={() => setActiveClaim(active ? null : claim.id, !active)}
      >
        <span className="visually-hidden">{`Claim ${number}: ${labelOf(claim.verdict)}. `}</span>
        <span className="claim-number" aria-hidden="true">
          {number}
        </span>
        <span className="claim-quote">{quote}</span>
      </button>
      <span className="claim-meta">
        <PresenceDot claimId={claim.id} />
        <span className={`verdict-badge verdict-${claim.verdict}`}>{labelOf(claim.verdict)}</span>
        {claim.tags.attributed && <span className="tag">{claim.tags.attributed.speaker || 'Attributed'}</span>}
        {claim.tags.disputed && <span className="tag tag-disputed">Disputed</span>}
        {claim.tags.free.map((tag) => (
          <TagChip key={tag} tag={tag} />
        ))}
      </span>
    </div>
  );
});
