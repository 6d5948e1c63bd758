import { useEffect, useRef } from 'react';
import { useStore } from '../state/store';
import { uiStore } from '../state/ui-store';

/** "Save changes to X?" — Save / Don't save / Cancel. Escape cancels. */
export function UnsavedChangesDialog() {
  const prompt = useStore(uiStore, (ui) => ui.unsavedPrompt);
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    saveButton.current?.focus();
  }, [prompt]);
  if (!prompt) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-text"
        onKeyDown={(event) => {
          if (event.key === 'Escape') prompt.answer('cancel');
        }}
      >
        <h2 id="unsaved-title">Unsaved changes</h2>
        <p id="unsaved-text">Do you want to save the changes you made to “{prompt.name}”? If you don’t save, your changes will be lost.</p>
        <div className="modal-actions">
          <button type="button" onClick={() => prompt.answer('discard')}>
            Don’t save
          </button>
          <span className="spacer" />
          <button type="button" onClick={() => prompt.answer('cancel')}>
            Cancel
          </button>
          <button type="button" className="primary" ref={saveButton} onClick={() => prompt.answer('save')}>
            Save
          </button>
        </div>
      </div>
    </div>
  );
}
