import type { SourceSummary } from '../../../shared/project/schema';
import { evidenceCountOf, removeSource } from '../../project/source-actions';
import { Modal } from '../widgets/Modal';

/** "Remove source?" — says how many evidence links go with it. */
export function RemoveSourceDialog({ source, onClose }: { source: SourceSummary; onClose: () => void }) {
  const links = evidenceCountOf(source.id);
  const consequence =
    links === 0
      ? 'No evidence is linked to it.'
      : links === 1
        ? 'The 1 evidence link to it will be removed too.'
        : `The ${links} evidence links to it will be removed too.`;
  return (
    <Modal title="Remove source?" role="alertdialog" onEscape={onClose}>
      <p>
        Remove “{source.title}” from the project? {consequence} You can undo this right after.
      </p>
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            removeSource(source.id);
            onClose();
          }}
        >
          Remove
        </button>
      </div>
    </Modal>
  );
}
