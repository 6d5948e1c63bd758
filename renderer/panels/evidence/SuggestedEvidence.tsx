import { useEffect, useState } from 'react';
import type { EvidenceSuggestion } from '../../../shared/evidence/evidence-index';
import { STANCES, type Stance } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';
import { linkEvidence } from '../../project/evidence-actions';
import { afterNextPaint } from '../../timing/after-paint';
import { fetchEvidenceSuggestions } from '../../project/evidence-suggestions';
import { openSourceViewer } from '../../state/source-viewer-store';

/** Visible text is part of each button's accessible name ("Link as supporting: …"). */
const BUTTON_TEXT: Record<Stance, string> = {
  supports: 'Supporting',
  contradicts: 'Contradicting',
  context: 'Context',
};

const LINK_LABELS: Record<Stance, string> = {
  supports: 'Link as supporting',
  contradicts: 'Link as contradicting',
  context: 'Link as context',
};

/** The best candidate passages from all sources for this claim, each linkable in one click. */
export function SuggestedEvidence({ claimId, claimText }: { claimId: string; claimText: string }) {
  const sources = useOpenDocument((doc) => doc?.project.sources ?? []);
  const evidence = useOpenDocument((doc) => doc?.project.evidence ?? []);
  // Ranked in main and shown when they arrive: opening a claim never waits for the search (or the first index build).
  const [suggestions, setSuggestions] = useState<EvidenceSuggestion[] | null>(null);
  useEffect(() => {
    let current = true;
    const cancel = afterNextPaint(() =>
      fetchEvidenceSuggestions(claimText).then(
        (found) => current && setSuggestions(found),
        () => current && setSuggestions([]),
      ),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [sources, claimText]);
  const linked = (s: { sourceId: string; start: number; end: number }) =>
    evidence.some(
      (link) =>
        link.claimId === claimId &&
        link.sourceId === s.sourceId &&
        link.anchor.position.start === s.start &&
        link.anchor.position.end === s.end,
    );
  const [showDistant, setShowDistant] = useState(false);
  const unlinked = suggestions?.filter((s) => !linked(s)) ?? [];
  const close = unlinked.filter((s) => s.closeMatch);
  const shown = showDistant ? unlinked : close;
  const sourceName = (id: string) => {
    const source = sources.find((s) => s.id === id);
    return source?.outlet || source?.title || 'a source';
  };
  if (sources.length === 0) return null;
  return (
    <section className="evidence-section">
      <h4>Suggested evidence</h4>
      {suggestions === null ? (
        <p className="hint">Looking for matching passages…</p>
      ) : unlinked.length === 0 ? (
        <p className="hint">No passage in the sources matches this claim.</p>
      ) : shown.length === 0 ? (
        <p className="hint no-close-match">
          No close match in the sources.{' '}
          <button type="button" className="link-button" onClick={() => setShowDistant(true)}>
            Show the nearest passages
          </button>
        </p>
      ) : (
        <ol className="evidence-list suggested" aria-label="Suggested evidence">
          {shown.map((suggestion) => {
            const source = sources.find((s) => s.id === suggestion.sourceId);
            return (
              <li key={`${suggestion.sourceId}:${suggestion.start}`} className="evidence-item">
                <button
                  type="button"
                  className="evidence-excerpt"
                  title="Open the source at this passage"
                  onClick={() => openSourceViewer(suggestion.sourceId, suggestion)}
                >
                  “{suggestion.text}”
                </button>
                <cite>{[source?.title, source?.outlet].filter(Boolean).join(' — ')}</cite>
                <p className="match-why">
                  <span className="match-score" title="How closely the passage matches the claim, 0 to 1">
                    {suggestion.score.toFixed(2)}
                  </span>{' '}
                  {[suggestion.closeMatch ? '' : 'not a close match', ...suggestion.reasons].filter(Boolean).join('; ')}
                </p>
                {suggestion.sameTextIn.length > 0 && (
                  <p className="same-text-note">
                    Same wording in {suggestion.sameTextIn.length + 1} sources:{' '}
                    {[suggestion.sourceId, ...suggestion.sameTextIn.map((copy) => copy.sourceId)]
                      .map(sourceName)
                      .join(', ')}{' '}
                    — one source copied, not independent confirmations.
                  </p>
                )}
                <div className="evidence-actions">
                  {STANCES.map((stance) => (
                    <button
                      key={stance}
                      type="button"
                      className={`small stance-button stance-${stance}`}
                      aria-label={`${LINK_LABELS[stance]}: ${suggestion.text}`}
                      onClick={() => void linkEvidence(claimId, suggestion, stance)}
                    >
                      {BUTTON_TEXT[stance]}
                    </button>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export { LINK_LABELS };
