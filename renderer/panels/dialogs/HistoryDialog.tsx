import { closeHistory, describeTime, historyStore, restoreSnapshot } from '../../project/recovery-actions';
import { useStore } from '../../state/store';
import { Modal, ModalFooter } from '../widgets/Modal';

/** File → Restore from History…: earlier versions of the open project, newest first. */
export function HistoryDialog() {
  const history = useStore(historyStore, (h) => h);
  if (!history) return null;
  const { snapshots } = history;
  return (
    <Modal
      title="Restore from history"
      description={`Earlier versions of “${history.projectName}” kept on this computer for seven days, at least five minutes apart.`}
      onEscape={closeHistory}
      wide
    >
      {snapshots.length === 0 ? (
        <p className="empty-hint">No earlier versions yet. They are kept as you save and edit.</p>
      ) : (
        <ul className="history-list" aria-label="Earlier versions">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="history-item">
              <span className="history-time">{describeTime(snapshot.takenAt)}</span>
              <span className="history-detail">
                {snapshot.claimCount} {snapshot.claimCount === 1 ? 'claim' : 'claims'}
                {snapshot.title ? ` · ${snapshot.title}` : ''}
              </span>
              <button
                type="button"
                aria-label={`Restore the version from ${describeTime(snapshot.takenAt)}`}
                onClick={() => void restoreSnapshot(snapshot)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <ModalFooter dismissLabel="Close" onDismiss={closeHistory} />
    </Modal>
  );
}
