import { useMemo, useState } from 'react';
import { setActiveClaim } from '../../state/active-claim-store';
import { claimsViewStore } from '../../state/claims-view-store';
import { documentStore } from '../../state/document-store';
import { useStore } from '../../state/store';

/** Who did what to which claim, and when — newest first, filterable by person and claim. */
export function ActivityPanel() {
  const activity = useStore(documentStore, (doc) => doc?.project.activity ?? []);
  const order = useStore(claimsViewStore, (view) => view.order);
  const [person, setPerson] = useState('all');
  const [claimId, setClaimId] = useState('all');
  const people = useMemo(() => [...new Set(activity.map((entry) => entry.actor))].sort(), [activity]);
  const claimIds = useMemo(() => [...new Set(activity.map((entry) => entry.claimId).filter((id): id is string => id !== null))], [activity]);
  const label = (id: string) => (order.includes(id) ? `Claim ${order.indexOf(id) + 1}` : 'A deleted claim');
  const shown = activity.filter((entry) => (person === 'all' || entry.actor === person) && (claimId === 'all' || entry.claimId === claimId)).slice().reverse();
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
        <p className="empty-hint">Changes to claims are recorded here as you work.</p>
      ) : (
        <ol className="activity-list" aria-label="Activity log">
          {shown.map((entry) => (
            <li key={entry.id}>
              <div className="activity-line">
                <strong>{entry.actor || 'Someone'}</strong> {entry.action}{' '}
                {entry.claimId &&
                  (order.includes(entry.claimId) ? (
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
    </section>
  );
}
