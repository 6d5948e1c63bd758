import { STANCE_LABELS } from '../../../shared/evidence/evidence-links';
import { useMemo } from 'react';
import type { EvidenceLink, SourceSummary } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';
import { useEvidencePlaces, type ExcerptPlace } from '../../project/evidence-places';
import { unlinkEvidence } from '../../project/evidence-actions';
import { openSourceViewer } from '../../state/source-viewer-store';

const NO_LINKS: EvidenceLink[] = [];

interface ItemProps {
  link: EvidenceLink;
  source: SourceSummary | undefined;
  /** undefined: not known yet (main is re-anchoring the excerpt); null: the excerpt is gone. */
  place: ExcerptPlace | undefined;
  readOnly: boolean;
}

function EvidenceItem({ link, source, place, readOnly }: ItemProps) {
  const citation = source ? [source.title, source.outlet].filter(Boolean).join(' — ') : 'Source removed';
  return (
    <li className={`evidence-item stance-${link.stance} ${place === null ? 'is-broken' : ''}`}>
      <div className="evidence-head">
        <span className="stance">{STANCE_LABELS[link.stance]}</span>
        {place === null && <span className="broken-badge">Excerpt not found in the source</span>}
        {!readOnly && (
          <button
            type="button"
            className="link-button"
            aria-label={`Unlink evidence: ${link.anchor.quote.exact}`}
            onClick={() => unlinkEvidence(link.id)}
          >
            Unlink
          </button>
        )}
      </div>
      <button
        type="button"
        className="evidence-excerpt"
        disabled={!source}
        title="Open the source at this excerpt"
        onClick={() => source && openSourceViewer(source.id, place ?? null)}
      >
        “{link.anchor.quote.exact}”
      </button>
      <cite>{citation}</cite>
      {link.note && <p className="evidence-note">{link.note}</p>}
    </li>
  );
}

/** A link into a source no longer in the project is broken, whatever main still holds for Undo. */
function placed(link: EvidenceLink, source: SourceSummary | undefined, places: Map<string, ExcerptPlace> | undefined) {
  return { source, place: source ? places?.get(link.id) : null };
}

/**
 * The claim's evidence: stance, excerpt, source; a click opens the source at
 * the excerpt. Read-only in review: the editor sees it, the checker changes it.
 */
export function EvidenceList({ claimId, readOnly = false }: { claimId: string; readOnly?: boolean }) {
  const evidence = useOpenDocument((doc) => doc?.project.evidence ?? NO_LINKS);
  const sources = useOpenDocument((doc) => doc?.project.sources);
  const links = useMemo(() => evidence.filter((link) => link.claimId === claimId), [evidence, claimId]);
  const places = useEvidencePlaces(links);
  return (
    <section className="evidence-section">
      <h4>Evidence ({links.length})</h4>
      {links.length === 0 ? (
        <p className="hint">
          {readOnly
            ? 'No evidence linked.'
            : 'Open a source, select a passage and choose Link as supporting, contradicting or context.'}
        </p>
      ) : (
        <ul className="evidence-list" aria-label="Evidence">
          {links.map((link) => (
            <EvidenceItem
              key={link.id}
              link={link}
              readOnly={readOnly}
              {...placed(
                link,
                sources?.find((s) => s.id === link.sourceId),
                places,
              )}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
