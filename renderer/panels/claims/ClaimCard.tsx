import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { UNDO_COMMAND } from 'lexical';
import type { Claim } from '../../../shared/schema';
import { VERDICTS, type Verdict } from '../../../shared/verdicts';
import { DELETE_CLAIM_COMMAND, UPDATE_CLAIM_COMMAND, type ClaimPatch } from '../../editor/claims/claim-commands';
import { showNotice } from '../../state/ui-store';
import { STATUS_LABELS } from './ClaimFilters';
import { TagEditor } from './TagEditor';
import { canSendToReview } from '../../../shared/review';
import { sendToReview } from '../../state/review-actions';
import { CommentThread } from '../review/CommentThread';
import { EvidenceList } from '../evidence/EvidenceList';
import { SuggestedEvidence } from '../evidence/SuggestedEvidence';
import { useCommittedText } from './use-committed-text';
import { useVerdictLabel } from '../use-verdict-label';
import { shortcutOf, useShortcutText } from '../../commands/use-shortcut-text';

function CommittedInput({ label, value, onCommit, multiline = false }: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean }) {
  const field = useCommittedText(value, onCommit);
  const props = {
    'aria-label': label,
    value: field.value,
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: field.onBlur,
  };
  return multiline ? (
    <textarea {...props} rows={3} placeholder="What you found, and where" />
  ) : (
    <input {...props} onKeyDown={(event) => event.key === 'Enter' && field.onBlur()} />
  );
}

/** The open claim: tags, speaker, dispute, verdict, note. Every change is one undoable step. */
export function ClaimCard({ claim, number, quote, knownTags, onEscape }: { claim: Claim; number: number; quote: string; knownTags: string[]; onEscape: () => void }) {
  const [editor] = useLexicalComposerContext();
  const labelOf = useVerdictLabel();
  const { tip } = useShortcutText();
  const update = (patch: ClaimPatch) => editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch });
  const tags = claim.tags;
  const setTags = (change: Partial<Claim['tags']>) => update({ tags: { ...tags, ...change } });
  const remove = () => {
    editor.dispatchCommand(DELETE_CLAIM_COMMAND, claim.id);
    showNotice('info', `Claim ${number} deleted.`, { label: 'Undo', run: () => editor.dispatchCommand(UNDO_COMMAND, undefined) });
  };
  return (
    <section
      className="claim-card"
      data-claim-card={claim.id}
      aria-label={`Claim ${number}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onEscape();
        }
      }}
    >
      <div className="card-grid">
        <label className="card-field">
          <span>Verdict</span>
          <select aria-label="Verdict" value={claim.verdict} onChange={(event) => update({ verdict: event.target.value as Verdict })}>
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {labelOf(verdict)}
              </option>
            ))}
          </select>
        </label>
        <div className="card-field">
          <span>Review status</span>
          <span className={`status-badge status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
          {canSendToReview(claim) && (
            <button type="button" className="small" title={tip('Send to review', shortcutOf('review.send'))} onClick={() => sendToReview(editor, claim)}>
              Send to review
            </button>
          )}
        </div>
      </div>
      <div className="card-toggle">
        <label>
          <input type="checkbox" checked={tags.attributed !== null} onChange={(event) => setTags({ attributed: event.target.checked ? { speaker: '' } : null })} />
          Attributed
        </label>
        {tags.attributed && <CommittedInput label="Speaker" value={tags.attributed.speaker} onCommit={(speaker) => setTags({ attributed: { speaker } })} />}
      </div>
      <div className="card-toggle">
        <label>
          <input type="checkbox" checked={tags.disputed !== null} onChange={(event) => setTags({ disputed: event.target.checked ? { reason: '' } : null })} />
          Disputed
        </label>
        {tags.disputed && <CommittedInput label="Reason" value={tags.disputed.reason} onCommit={(reason) => setTags({ disputed: { reason } })} />}
      </div>
      <TagEditor tags={tags.free} known={knownTags} listId={`tags-${claim.id}`} onChange={(free) => setTags({ free })} />
      <label className="card-field">
        <span>Note</span>
        <CommittedInput label="Note" value={claim.note} onCommit={(note) => update({ note })} multiline />
      </label>
      <EvidenceList claimId={claim.id} />
      <SuggestedEvidence claimId={claim.id} claimText={quote} />
      <CommentThread claim={claim} />
      <div className="card-actions">
        <span className="card-meta">{claim.updatedAt ? `Changed ${new Date(claim.updatedAt).toLocaleString()}${claim.updatedBy ? ` by ${claim.updatedBy}` : ''}` : ''}</span>
        <button type="button" className="danger subtle" onClick={remove}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
