import { useEffect, useRef, useState } from 'react';
import type { Claim } from '../../../shared/project/schema';
import { useVerdictLabel } from '../widgets/use-verdict-label';
import { sentUnreadyGaps } from '../../../shared/review/readiness';
import { useOpenDocument } from '../../project/document-store';
import { addComment, permission } from '../../project/review-actions';
import { useStore } from '../../state/store';
import { EvidenceList } from '../evidence/EvidenceList';
import { CommentThread } from './CommentThread';
import { identityStore } from '../../state/identity-store';

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
export function ReviewDetail({
  claim,
  number,
  quote,
  requesting,
  onApprove,
  onRequestChanges,
  onStartRequest,
  onCancelRequest,
}: Props) {
  const labelOf = useVerdictLabel();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const commentField = useRef<HTMLTextAreaElement>(null);
  const isEditor = useStore(identityStore, (identity) => identity?.role === 'editor');
  const evidence = useOpenDocument((doc) => doc?.project.evidence ?? []);
  // Read so that a change to the project's review settings (the two-person rule) is shown at once.
  useOpenDocument((doc) => doc?.project.review.twoPersonRule);
  const unready = sentUnreadyGaps(claim, evidence);
  const approval = permission('approve', claim);
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
        <dt>Public explanation</dt>
        <dd>{claim.publicExplanation || '—'}</dd>
        <dt>Internal note</dt>
        <dd>{claim.note || '—'}</dd>
        {claim.noEvidenceReason && (
          <>
            <dt>No evidence needed</dt>
            <dd>{claim.noEvidenceReason}</dd>
          </>
        )}
        <dt>Checked by</dt>
        <dd>{claim.updatedBy || claim.createdBy || '—'}</dd>
      </dl>
      {unready && (
        <p className="readiness-warning" role="note">
          Sent to review without meeting the readiness rule: {unready}.
        </p>
      )}
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
      {!isEditor && (
        <p className="role-note">
          You are working as a fact-checker: approving and requesting changes are for editors.
        </p>
      )}
      {isEditor && !approval.allowed && <p className="role-note">{approval.reason}</p>}
      <div className="review-actions">
        {isEditor && (
          <>
            <button
              type="button"
              className="primary"
              aria-disabled={!approval.allowed}
              title={approval.allowed ? undefined : approval.reason}
              onClick={() => onApprove(comment)}
            >
              Approve
            </button>
            <button type="button" onClick={requestChanges}>
              Request changes
            </button>
          </>
        )}
        <button
          type="button"
          disabled={!comment.trim()}
          onClick={() => {
            addComment(claim, comment);
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
