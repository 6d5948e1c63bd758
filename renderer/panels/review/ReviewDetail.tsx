import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import type { Claim } from '../../../shared/schema';
import { useVerdictLabel } from '../use-verdict-label';
import { addComment } from '../../state/review-actions';
import { EvidenceList } from '../evidence/EvidenceList';
import { CommentThread } from './CommentThread';

interface Props {
  claim: Claim;
  number: number;
  quote: string;
  requesting: boolean;
  onApprove: (comment: string) => void;
  onRequestChanges: (comment: string) => void;
  onStartRequest: () => void;
  onCancelRequest: () => void;
}

/** Everything an editor needs to decide on one claim, and the three decisions. */
export function ReviewDetail({ claim, number, quote, requesting, onApprove, onRequestChanges, onStartRequest, onCancelRequest }: Props) {
  const labelOf = useVerdictLabel();
  const [editor] = useLexicalComposerContext();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const commentField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setComment('');
    setMissingComment(false);
  }, [claim.id]);
  useEffect(() => {
    if (requesting) commentField.current?.focus();
  }, [requesting]);
  const requestChanges = () => {
    if (!comment.trim()) {
      setMissingComment(true);
      onStartRequest();
      commentField.current?.focus();
      return;
    }
    onRequestChanges(comment);
  };
  return (
    <section className="review-detail" aria-label={`Reviewing claim ${number}`}>
      <blockquote className="review-quote">{quote}</blockquote>
      <dl className="review-facts">
        <dt>Verdict</dt>
        <dd>
          <span className={`verdict-badge verdict-${claim.verdict}`}>{labelOf(claim.verdict)}</span>
        </dd>
        <dt>Speaker</dt>
        <dd>{claim.tags.attributed ? claim.tags.attributed.speaker || '(not named)' : 'Not attributed'}</dd>
        {claim.tags.disputed && (
          <>
            <dt>Disputed</dt>
            <dd>{claim.tags.disputed.reason || 'Yes'}</dd>
          </>
        )}
        {claim.tags.free.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{claim.tags.free.map((tag) => `#${tag}`).join(' ')}</dd>
          </>
        )}
        <dt>Note</dt>
        <dd>{claim.note || '—'}</dd>
        <dt>Checked by</dt>
        <dd>{claim.updatedBy || claim.createdBy || '—'}</dd>
      </dl>
      <EvidenceList claimId={claim.id} readOnly />
      <label className="form-field">
        <span>{requesting ? 'What should the checker change? (required)' : 'Review comment'}</span>
        <textarea
          ref={commentField}
          aria-label="Review comment"
          aria-invalid={missingComment}
          rows={3}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setMissingComment(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancelRequest();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && requesting) {
              event.preventDefault();
              requestChanges();
            }
          }}
        />
      </label>
      {missingComment && (
        <p className="field-error" role="alert">
          Say what needs to change before sending the claim back.
        </p>
      )}
      <div className="review-actions">
        <button type="button" className="primary" onClick={() => onApprove(comment)}>
          Approve
        </button>
        <button type="button" onClick={requestChanges}>
          Request changes
        </button>
        <button
          type="button"
          disabled={!comment.trim()}
          onClick={() => {
            addComment(editor, claim, comment);
            setComment('');
          }}
        >
          Comment
        </button>
      </div>
      <CommentThread claim={claim} canAdd={false} />
    </section>
  );
}
