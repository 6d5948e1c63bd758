import { useMemo, useState } from 'react';
import { activityActors, activityClaimIds, matchesActivityFilter } from '../../../shared/activity/activity-log';
import type { ActivityEntry } from '../../../shared/project/schema';
import { setActiveClaim } from '../../state/active-claim-store';
import { claimsViewStore } from '../../project/claims-view-store';
import { useOpenDocument } from '../../project/document-store';
import { useStore } from '../../state/store';
import { useHeldActivity } from './use-held-activity';

const NO_ENTRIES: ActivityEntry[] = [];

/**
 * Who did what to which claim, and when — newest first, filterable by person
 * and claim. The entries added in this window come first; the log as the
 * project was opened stays in main and is read a page at a time.
 */
export function ActivityPanel() {
  const session = useOpenDocument((doc) => doc?.session ?? '');
  const heldActivity = useOpenDocument((doc) => doc?.project.heldActivity ?? '');
  const newer = useOpenDocument((doc) => doc?.project.activity ?? NO_ENTRIES);
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const [person, setPerson] = useState('all');
  const [claimId, setClaimId] = useState('all');
  const filter = { actor: person === 'all' ? null : person, claimId: claimId === 'all' ? null : claimId };
  const earlier = useHeldActivity(session, heldActivity, filter);
  const people = useMemo(
    () => [...new Set([...earlier.actors, ...activityActors(newer)])].sort(),
    [earlier.actors, newer],
  );
  const numbers = useMemo(() => new Map(Object.values(claims).map((claim) => [claim.id, claim.number])), [claims]);
  // The claim filter lists claims by number; deleted claims (no number any more) come last.
  const claimIds = useMemo(
    () =>
      [...new Set([...earlier.claimIds, ...activityClaimIds(newer)])].sort(
        (a, b) => (numbers.get(a) ?? Infinity) - (numbers.get(b) ?? Infinity),
      ),
    [earlier.claimIds, newer, numbers],
  );
  const label = (id: string) => (numbers.has(id) ? `Claim ${numbers.get(id)}` : 'A deleted claim');
  const shown = [...newer.filter((entry) => matchesActivityFilter(entry, filter)).reverse(), ...earlier.entries];
  return (
    <section className="side-panel-body activity-panel" role="region" aria-label="Activity">
      <div className="claim-filters">
        <div className="filter-row two">
          <select aria-label="Filter by person" value={person} onChange={(event) => setPerson(event.target.value)}>
            <option value="all">Everyone</option>
            {people.map((name) => (
              <option key={name} value={name}>
                {name || '(no name)'}
              </option>
            ))}
          </select>
          <select aria-label="Filter by claim" value={claimId} onChange={(event) => setClaimId(event.target.value)}>
            <option value="all">All claims</option>
            {claimIds.map((id) => (
              <option key={id} value={id}>
                {label(id)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {shown.length === 0 ? (
        !earlier.loading && <p className="empty-hint">Changes to claims are recorded here as you work.</p>
      ) : (
        <ol className="activity-list" aria-label="Activity log">
          {shown.map((entry) => (
            <li key={entry.id}>
              <div className="activity-line">
                <strong>{entry.actor || 'Someone'}</strong> {entry.action}{' '}
                {entry.claimId &&
                  (numbers.has(entry.claimId) ? (
                    <button type="button" className="link-button" onClick={() => setActiveClaim(entry.claimId, true)}>
                      {label(entry.claimId)}
                    </button>
                  ) : (
                    <span>{label(entry.claimId)}</span>
                  ))}
              </div>
              {entry.detail && <div className="activity-detail">{entry.detail}</div>}
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
            </li>
          ))}
        </ol>
      )}
      {earlier.more && (
        <button type="button" className="activity-more" onClick={earlier.showMore}>
          Show earlier entries
        </button>
      )}
    </section>
  );
}
