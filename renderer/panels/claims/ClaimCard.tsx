import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { UNDO_COMMAND } from 'lexical';
import { SPEAKER_KINDS, type Claim, type SpeakerKind } from '../../../shared/project/schema';
import { VERDICTS, type Verdict } from '../../../shared/claims/verdicts';
import { DELETE_CLAIM_COMMAND, UPDATE_CLAIM_COMMAND, type ClaimPatch } from '../../editor/claims/claim-commands';
import { showNotice } from '../../state/notices-store';
import { TagEditor } from './TagEditor';
import { CommentThread } from '../review/CommentThread';
import { EvidenceList } from '../evidence/EvidenceList';
import { SuggestedEvidence } from '../evidence/SuggestedEvidence';
import { useVerdictLabel } from '../widgets/use-verdict-label';
import { CommittedInput } from './CommittedInput';
import { NotForPublicationField } from './NotForPublicationField';
import { ReviewStatusField } from './ReviewStatusField';

const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = { person: 'A person', organization: 'An organisation' };

/** The open claim: tags, speaker, dispute, verdict, note. Every change is one undoable step. */
export function ClaimCard({
  claim,
  number,
  quote,
  knownTags,
  onEscape,
}: {
  claim: Claim;
  number: number;
  quote: string;
  knownTags: string[];
  onEscape: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const labelOf = useVerdictLabel();
  const update = (patch: ClaimPatch) => editor.dispatchCommand(UPDATE_CLAIM_COMMAND, { id: claim.id, patch });
  const tags = claim.tags;
  const setTags = (change: Partial<Claim['tags']>) => update({ tags: { ...tags, ...change } });
  const remove = () => {
    editor.dispatchCommand(DELETE_CLAIM_COMMAND, claim.id);
    showNotice('info', `Claim ${number} deleted.`, {
      label: 'Undo',
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    });
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
          <select
            aria-label="Verdict"
            value={claim.verdict}
            onChange={(event) => update({ verdict: event.target.value as Verdict })}
          >
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {labelOf(verdict)}
              </option>
            ))}
          </select>
        </label>
        <ReviewStatusField claim={claim} />
      </div>
      <div className="card-toggle">
        <label>
          <input
            type="checkbox"
            checked={tags.attributed !== null}
            onChange={(event) => setTags({ attributed: event.target.checked ? { speaker: '' } : null })}
          />
          Attributed
        </label>
        {tags.attributed && (
          <CommittedInput
            label="Speaker"
            value={tags.attributed.speaker}
            onCommit={(speaker) => setTags({ attributed: { ...tags.attributed, speaker } })}
          />
        )}
        {tags.attributed && (
          <select
            aria-label="Speaker is"
            value={tags.attributed.kind ?? ''}
            onChange={(event) => {
              const kind = event.target.value as SpeakerKind | '';
              const { kind: _old, ...speaker } = tags.attributed!;
              setTags({ attributed: kind ? { ...speaker, kind } : speaker });
            }}
          >
            <option value="">Person or organisation?</option>
            {SPEAKER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SPEAKER_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="card-toggle">
        <label>
          <input
            type="checkbox"
            checked={tags.disputed !== null}
            onChange={(event) => setTags({ disputed: event.target.checked ? { reason: '' } : null })}
          />
          Disputed
        </label>
        {tags.disputed && (
          <CommittedInput
            label="Reason"
            value={tags.disputed.reason}
            onCommit={(reason) => setTags({ disputed: { reason } })}
          />
        )}
      </div>
      <TagEditor
        tags={tags.free}
        known={knownTags}
        listId={`tags-${claim.id}`}
        onChange={(free) => setTags({ free })}
      />
      <label className="card-field">
        <span>Public explanation</span>
        <CommittedInput
          label="Public explanation"
          value={claim.publicExplanation}
          onCommit={(publicExplanation) => update({ publicExplanation })}
          multiline
          placeholder="What readers are told: published with the verdict"
        />
      </label>
      <label className="card-field">
        <span>Note (internal)</span>
        <CommittedInput
          label="Note"
          value={claim.note}
          onCommit={(note) => update({ note })}
          multiline
          placeholder="What you found, and where: never published"
        />
      </label>
      <NotForPublicationField claim={claim} />
      <EvidenceList claimId={claim.id} />
      <label className="card-field">
        <span>No evidence needed because</span>
        <CommittedInput
          label="No evidence needed because"
          value={claim.noEvidenceReason}
          onCommit={(noEvidenceReason) => update({ noEvidenceReason: noEvidenceReason.trim() })}
          placeholder="Leave empty when evidence is linked"
        />
      </label>
      <SuggestedEvidence claimId={claim.id} claimText={quote} />
      <CommentThread claim={claim} />
      <div className="card-actions">
        <span className="card-meta">
          {claim.updatedAt
            ? `Changed ${new Date(claim.updatedAt).toLocaleString()}${claim.updatedBy ? ` by ${claim.updatedBy}` : ''}`
            : ''}
        </span>
        <button type="button" className="danger subtle" onClick={remove}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
