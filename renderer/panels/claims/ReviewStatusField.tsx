import { notReadyReason, sentUnreadyGaps } from '../../../shared/review/readiness';
import { canSendToReview } from '../../../shared/review/status';
import type { Claim } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';
import { sendToReview } from '../../project/review-actions';
import { STATUS_LABELS } from './ClaimFilters';
import { shortcutOf, useShortcutText } from '../../commands/use-shortcut-text';

/** The claim's review status, Send to review, and what the readiness rule still asks for. */
export function ReviewStatusField({ claim }: { claim: Claim }) {
  const evidence = useOpenDocument((doc) => doc?.project.evidence ?? []);
  const missing = canSendToReview(claim) ? notReadyReason(claim, evidence) : null;
  const sentUnready = sentUnreadyGaps(claim, evidence);
  const { tip } = useShortcutText();
  return (
    <div className="card-field">
      <span>Review status</span>
      <span className={`status-badge status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
      {canSendToReview(claim) && (
        <button
          type="button"
          className="small"
          aria-disabled={missing !== null}
          title={missing ? `Not ready for review: ${missing}` : tip('Send to review', shortcutOf('review.send'))}
          onClick={() => sendToReview(claim)}
        >
          Send to review
        </button>
      )}
      {missing && <span className="readiness-hint">Not ready for review: {missing}.</span>}
      {sentUnready && (
        <span className="readiness-warning" role="note">
          Sent to review without meeting the readiness rule: {sentUnready}.
        </span>
      )}
    </div>
  );
}
