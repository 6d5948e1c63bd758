import { VERDICT_INFO } from '../../shared/verdicts';
import { documentStore } from '../state/document-store';
import { useStore } from '../state/store';

/** The claims of the project, in document order. */
export function ClaimsPanel() {
  const claims = useStore(documentStore, (doc) => doc!.project.claims);
  const ordered = [...claims].sort((a, b) => a.anchor.position.start - b.anchor.position.start);
  return (
    <aside className="side-panel claims-panel" role="region" aria-label="Claims">
      <header className="panel-header">
        <h2>Claims</h2>
        <span className="count">{claims.length}</span>
      </header>
      {ordered.length === 0 ? (
        <p className="empty-hint">No claims yet. Select a passage in the article to mark it as a claim.</p>
      ) : (
        <ol className="claim-list">
          {ordered.map((claim, index) => (
            <li key={claim.id} className={`claim-item verdict-${claim.verdict}`}>
              <span className="claim-number">{index + 1}</span>
              <div className="claim-body">
                <blockquote className="claim-quote">{claim.anchor.quote.exact}</blockquote>
                <div className="claim-meta">
                  <span className={`verdict-badge verdict-${claim.verdict}`}>{VERDICT_INFO[claim.verdict].label}</span>
                  {claim.tags.attributed && <span className="tag">Attributed: {claim.tags.attributed.speaker}</span>}
                  {claim.tags.disputed && <span className="tag tag-disputed">Disputed</span>}
                </div>
                {claim.note && <p className="claim-note">{claim.note}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
