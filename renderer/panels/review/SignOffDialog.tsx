import { useMemo } from 'react';
import {
  signOffBlockers,
  signOffRecord,
  signOffScope,
  type SignOffBlocker,
} from '../../../shared/review/sign-off-gate';
import { setActiveClaim } from '../../state/active-claim-store';
import { claimsViewStore, quoteOf } from '../../project/claims-view-store';
import { closeSignOffDialog, signOffDialogStore } from '../../state/sign-off-dialog-store';
import { currentActor, signOffProject } from '../../project/review-actions';
import { useStore } from '../../state/store';
import { Modal } from '../widgets/Modal';
import { leaveReviewMode } from '../../state/side-panel-store';

/** Opens the claim's card in the Claims panel (leaving review mode), and closes the dialog. */
function openCard(id: string): void {
  closeSignOffDialog();
  leaveReviewMode();
  setActiveClaim(id, true);
}

function Blockers({ blockers, total }: { blockers: SignOffBlocker[]; total: number }) {
  const view = useStore(claimsViewStore, (v) => v);
  return (
    <Modal
      title="Sign-off is blocked"
      description={`${blockers.length} of ${total} claims block sign-off. Every claim must be rated and approved, or held back as “Not for publication” with a reason.`}
      className="sign-off-dialog"
      onEscape={closeSignOffDialog}
    >
      <ul className="blocker-list" aria-label="Claims that block sign-off">
        {blockers.map(({ claim, reasons }) => (
          <li key={claim.id}>
            <button type="button" className="link-button" onClick={() => openCard(claim.id)}>
              Claim {claim.number}
            </button>
            <span className="blocker-reasons">{reasons.join('; ')}</span>
            <span className="blocker-quote">{quoteOf(view, claim.id)}</span>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" data-autofocus onClick={closeSignOffDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function Confirm() {
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const scope = useMemo(() => signOffScope(signOffRecord(Object.values(claims), '', '')), [claims]);
  const count = Object.keys(claims).length;
  return (
    <Modal
      title="Sign off this project?"
      description={`You are signing off all ${count} claims: ${scope}. Reports and exports will say so, with your name and today’s date.`}
      className="sign-off-dialog"
      onEscape={closeSignOffDialog}
    >
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" onClick={closeSignOffDialog}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() => {
            closeSignOffDialog();
            signOffProject();
          }}
        >
          Sign off
        </button>
      </div>
    </Modal>
  );
}

/** Sign off: what blocks it (each claim a link to its card), or a confirmation with the counts. */
export function SignOffDialog() {
  const open = useStore(signOffDialogStore, (state) => state.open);
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const blockers = useMemo(() => signOffBlockers(Object.values(claims)), [claims]);
  if (!open || currentActor().role !== 'editor') return null;
  return blockers.length > 0 ? <Blockers blockers={blockers} total={Object.keys(claims).length} /> : <Confirm />;
}
