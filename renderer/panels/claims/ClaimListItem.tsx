import type { Claim } from '../../../shared/schema';
import { VERDICT_INFO } from '../../../shared/verdicts';
import { setActiveClaim } from '../../state/active-claim-store';

/** One row of the Claims panel: number, quote, verdict (as text, not colour alone) and tags. */
export function ClaimListItem({ claim, number, quote, active }: { claim: Claim; number: number; quote: string; active: boolean }) {
  return (
    <button
      type="button"
      className={`claim-row verdict-${claim.verdict}`}
      aria-expanded={active}
      aria-label={`Claim ${number}: ${VERDICT_INFO[claim.verdict].label}. ${quote}`}
      onClick={() => setActiveClaim(active ? null : claim.id, !active)}
    >
      <span className="claim-number">{number}</span>
      <span className="claim-body">
        <span className="claim-quote">{quote}</span>
        <span className="claim-meta">
          <span className={`verdict-badge verdict-${claim.verdict}`}>{VERDICT_INFO[claim.verdict].label}</span>
          {claim.tags.attributed && <span className="tag">{claim.tags.attributed.speaker || 'Attributed'}</span>}
          {claim.tags.disputed && <span className="tag tag-disputed">Disputed</span>}
          {claim.tags.free.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      </span>
    </button>
  );
}
