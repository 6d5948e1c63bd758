import { useStore } from '../../state/store';
import { Modal } from '../widgets/Modal';
import { unsavedPromptStore } from '../../state/unsaved-prompt-store';

/** "Save changes to X?" — Save / Don't save / Cancel. Escape cancels. */
export function UnsavedChangesDialog() {
  const prompt = useStore(unsavedPromptStore, (value) => value);
  if (!prompt) return null;
  return (
    <Modal
      title="Unsaved changes"
      role="alertdialog"
      description={`Do you want to save the changes you made to “${prompt.name}”? If you don’t save, your changes will be lost.`}
      onEscape={() => prompt.answer('cancel')}
    >
      <div className="modal-actions">
        <button type="button" onClick={() => prompt.answer('discard')}>
          Don’t save
        </button>
        <span className="spacer" />
        <button type="button" onClick={() => prompt.answer('cancel')}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => prompt.answer('save')} data-autofocus>
          Save
        </button>
      </div>
    </Modal>
  );
}
