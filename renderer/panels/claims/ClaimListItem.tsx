import type { Claim } from '../../../shared/schema';
import { VERDICT_INFO } from '../../../shared/verdicts';
import { setActiveClaim } from '../../state/active-claim-store';

/**
 * One row of the Claims panel: the button (number and quote; its name says
 * the verdict too), then the verdict as text — never colour alone — and tags.
 */
export function ClaimListItem({ claim, number, quote, active }: { claim: Claim; number: number; quote: string; active: boolean }) {
  return (
    <div className={`claim-row verdict-${claim.verdict}`}>
      <button
        type="button"
        className="claim-row-button"
        aria-expanded={active}
        onClick={() => setActiveClaim(active ? null : claim.id, !active)}
      >
        <span className="visually-hidden">{`Claim ${number}: ${VERDICT_INFO[claim.verdict].label}. `}</span>
        <span className="claim-number" aria-hidden="true">
          {number}
        </span>
        <span className="claim-quote">{quote}</span>
      </button>
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
    </div>
  );
}
