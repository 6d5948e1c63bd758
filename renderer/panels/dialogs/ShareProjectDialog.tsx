import { useState } from 'react';
import { closeShareDialog, shareDialogStore } from '../../collab/share-dialog-store';
import { shareOpenProject } from '../../collab/share-actions';
import { useStore } from '../../state/store';
import { Modal, ModalFooter } from '../widgets/Modal';
import { ShareField, ShareOutcome } from './ShareFields';

/** File → Share Project…: a collaboration server's address and the user's token there. */
export function ShareProjectDialog() {
  const open = useStore(shareDialogStore, (dialog) => dialog?.kind === 'share');
  return open ? <ShareProjectForm /> : null;
}

function ShareProjectForm() {
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const share = async () => {
    if (busy) return;
    setBusy(true);
    const failed = await shareOpenProject(server, token);
    setBusy(false);
    if (failed) setProblem(failed);
    else closeShareDialog();
  };
  return (
    <Modal
      title="Share project"
      description="The project goes to the collaboration server, where others with an access token can open it and work on it with you. Your file stays a full copy: you keep working when the connection drops."
      onEscape={closeShareDialog}
      onSubmit={() => void share()}
    >
      <ShareField
        label="Server address"
        value={server}
        onChange={setServer}
        placeholder="wss://collab.newsroom.example"
      />
      <ShareField label="Access token" value={token} onChange={setToken} secret />
      <ShareOutcome busy={busy} problem={problem} busyText="Asking the server…" />
      <ModalFooter onDismiss={closeShareDialog}>
        <button type="submit" className="primary" disabled={busy}>
          Share
        </button>
      </ModalFooter>
    </Modal>
  );
}
