import type { RecoverableBackup } from '../../../shared/api';
import {
  describeTime,
  discardBackup,
  openSavedVersion,
  recoveryStore,
  restoreBackup,
} from '../../project/recovery-actions';
import { useStore } from '../../state/store';
import { Modal } from '../widgets/Modal';

/** At start-up: unsaved work found from a session that did not end normally. */
export function RecoveryDialog() {
  const backups = useStore(recoveryStore, (list) => list);
  if (backups.length === 0) return null;
  return (
    <Modal
      title="Recover unsaved work"
      description="Factdesk did not close normally last time. These projects have changes that were never saved."
      wide
    >
      <ul className="recovery-list" aria-label="Unsaved work">
        {backups.map((backup) => (
          <RecoveryItem key={backup.key} backup={backup} />
        ))}
      </ul>
    </Modal>
  );
}

function RecoveryItem({ backup }: { backup: RecoverableBackup }) {
  const claims = `${backup.claimCount} ${backup.claimCount === 1 ? 'claim' : 'claims'}`;
  return (
    <li className="recovery-item" aria-label={backup.name}>
      <div className="recovery-name">{backup.name}</div>
      <div className="recovery-detail">
        Unsaved changes from {describeTime(backup.writtenAt)} · {claims}
      </div>
      <div className="recovery-detail">
        {backup.path
          ? backup.fileSavedAt
            ? `Saved file: ${backup.path}, last saved ${describeTime(backup.fileSavedAt)}`
            : `Saved file: ${backup.path} (no longer there)`
          : 'Never saved to a file'}
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => void restoreBackup(backup)}>
          Restore
        </button>
        {backup.path && backup.fileSavedAt && (
          <button type="button" onClick={() => void openSavedVersion(backup)}>
            Open saved version
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => void discardBackup(backup)}>
          Discard
        </button>
      </div>
    </li>
  );
}
