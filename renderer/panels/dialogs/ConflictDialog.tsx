import type { Claim } from '../../../shared/project/schema';
import {
  askToKeepMine,
  cancelConflict,
  conflictStore,
  pickClaim,
  type ClaimPick,
  type ConflictState,
} from '../../project/conflict-state';
import { finishPicking, keepMine, mergeWithDisk, saveMineAsCopy } from '../../project/conflict-flow';
import { useStore } from '../../state/store';
import { Modal, ModalFooter } from '../widgets/Modal';
import { useVerdictLabel } from '../widgets/use-verdict-label';

/** The open file changed on disk while we had changes: Merge / Keep mine / Save mine as a copy. */
export function ConflictDialog() {
  const state = useStore(conflictStore, (s) => s);
  if (!state) return null;
  if (state.stage === 'confirm-overwrite') return <ConfirmOverwrite name={state.name} />;
  if (state.stage === 'pick-claims') return <PickClaims state={state} />;
  const opening =
    state.reason === 'save'
      ? `“${state.name}” was changed on disk by someone else since you opened it, so your save was stopped.`
      : `“${state.name}” was just changed on disk by someone else, and you have unsaved changes.`;
  return (
    <Modal
      title="The file changed on disk"
      description={`${opening} Nothing has been overwritten.`}
      onEscape={cancelConflict}
    >
      <ul className="conflict-choices">
        <li>
          <button type="button" className="primary" onClick={() => void mergeWithDisk()}>
            Merge
          </button>
          <span>Combine their changes with yours; you pick where you both changed the same claim.</span>
        </li>
        <li>
          <button type="button" onClick={askToKeepMine}>
            Keep mine
          </button>
          <span>Save your version over theirs.</span>
        </li>
        <li>
          <button type="button" onClick={() => void saveMineAsCopy()}>
            Save mine as a copy
          </button>
          <span>Leave their file alone and save yours under another name.</span>
        </li>
      </ul>
      <ModalFooter onDismiss={cancelConflict} />
    </Modal>
  );
}

function ConfirmOverwrite({ name }: { name: string }) {
  return (
    <Modal
      title="Replace their version?"
      description={`Saving your version over “${name}” throws away the changes the other person saved. This cannot be undone from Factdesk.`}
      onEscape={cancelConflict}
    >
      <ModalFooter onDismiss={cancelConflict}>
        <button type="button" className="danger" onClick={() => void keepMine()}>
          Overwrite their changes
        </button>
      </ModalFooter>
    </Modal>
  );
}

function ClaimVersion({ claim }: { claim: Claim }) {
  const labelOf = useVerdictLabel();
  return (
    <dl className="claim-version">
      <dt>Text</dt>
      <dd>{claim.anchor.quote.exact || '—'}</dd>
      <dt>Verdict</dt>
      <dd>{labelOf(claim.verdict)}</dd>
      <dt>Status</dt>
      <dd>{claim.status}</dd>
      <dt>Note</dt>
      <dd>{claim.note || '—'}</dd>
      <dt>Changed by</dt>
      <dd>{claim.updatedBy || '—'}</dd>
    </dl>
  );
}

function PickClaims({ state }: { state: Extract<ConflictState, { stage: 'pick-claims' }> }) {
  const choose = (claimId: string, pick: ClaimPick) => () => pickClaim(claimId, pick);
  return (
    <Modal
      title="Claims changed on both sides"
      description="You and the other person changed these claims differently. Choose which version of each to keep; everything else has been merged."
      onEscape={cancelConflict}
      wide
    >
      <ol className="conflict-claims">
        {state.conflicts.map((conflict) => (
          <li key={conflict.claimId}>
            <fieldset>
              <legend>
                Claim {conflict.mine.number}: “{conflict.mine.anchor.quote.exact.slice(0, 80)}”
              </legend>
              <div className="side-by-side">
                {(['mine', 'theirs'] as const).map((side) => (
                  <label
                    key={side}
                    className={`claim-side ${state.picks[conflict.claimId] === side ? 'is-picked' : ''}`}
                  >
                    <input
                      type="radio"
                      name={`pick-${conflict.claimId}`}
                      checked={state.picks[conflict.claimId] === side}
                      onChange={choose(conflict.claimId, side)}
                    />
                    <span className="side-name">{side === 'mine' ? 'Keep my version' : 'Keep their version'}</span>
                    <ClaimVersion claim={conflict[side]} />
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <ModalFooter onDismiss={cancelConflict}>
        <button type="button" className="primary" onClick={() => void finishPicking()} data-autofocus>
          Finish merge
        </button>
      </ModalFooter>
    </Modal>
  );
}
