import { useEffect, useState } from 'react';
import { STANCES } from '../../../shared/project/schema';
import { commands } from '../../commands/command-registry';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore } from '../../project/claims-view-store';
import { linkEvidence } from '../../project/evidence-actions';
import { useStore } from '../../state/store';
import type { SourceExcerpt } from '../sources/SourceViewer';
import { LINK_LABELS } from './SuggestedEvidence';

const COMMAND_OF = {
  supports: 'evidence.linkSupporting',
  contradicts: 'evidence.linkContradicting',
  context: 'evidence.linkContext',
} as const;

/**
 * Under the source viewer: link the selected excerpt to the active claim as
 * supporting, contradicting or context, with an optional note. The same three
 * actions are commands with shortcuts (Evidence menu).
 */
export function EvidenceLinkBar({ excerpt, onLinked }: { excerpt: SourceExcerpt | null; onLinked: () => void }) {
  const activeId = useStore(activeClaimStore, (active) => active.id);
  const number = useStore(claimsViewStore, (view) => (activeId ? (view.claims[activeId]?.number ?? 0) : 0));
  const [note, setNote] = useState('');
  const ready = activeId !== null && excerpt !== null;

  useEffect(() => {
    const unbind = STANCES.map((stance) =>
      commands.bind(COMMAND_OF[stance], () => {
        if (!activeId || !excerpt) return;
        void linkEvidence(activeId, excerpt, stance, note).then((linked) => {
          if (!linked) return;
          setNote('');
          onLinked();
        });
      }),
    );
    return () => unbind.forEach((fn) => fn());
  }, [activeId, excerpt, note, onLinked]);

  const hint = !activeId
    ? 'Open a claim to link evidence to it.'
    : !excerpt
      ? `Select a passage to link to claim ${number}.`
      : `Link the selection to claim ${number}:`;
  return (
    <div className="evidence-link-bar" role="toolbar" aria-label="Link evidence">
      <span className="hint">{hint}</span>
      <input
        aria-label="Evidence note"
        placeholder="Note (optional)"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        disabled={!ready}
      />
      <div className="evidence-actions">
        {STANCES.map((stance) => (
          <button
            key={stance}
            type="button"
            className={`small stance-button stance-${stance}`}
            disabled={!ready}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => commands.run(COMMAND_OF[stance])}
          >
            {LINK_LABELS[stance]}
          </button>
        ))}
      </div>
    </div>
  );
}
