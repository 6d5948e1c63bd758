import { useState } from 'react';
import { closeShareDialog, shareDialogStore } from '../../collab/share-dialog-store';
import { openShared } from '../../collab/share-actions';
import { useStore } from '../../state/store';
import { Modal, ModalFooter } from '../widgets/Modal';
import { ShareField, ShareOutcome } from './ShareFields';

/** File → Open Shared Project…: an address, a token and a document name — or a pasted factdesk:// link. */
export function OpenSharedProjectDialog() {
  const filled = useStore(shareDialogStore, (dialog) => (dialog?.kind === 'open' ? dialog : null));
  return filled ? <OpenSharedForm filled={filled} /> : null;
}

function OpenSharedForm({ filled }: { filled: { server: string; document: string; token: string } }) {
  const [server, setServer] = useState(filled.server);
  const [document, setDocument] = useState(filled.document);
  const [token, setToken] = useState(filled.token);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    if (busy) return;
    setBusy(true);
    const failed = await openShared(server, document, token);
    setBusy(false);
    if (failed) setProblem(failed);
    else closeShareDialog();
  };
  return (
    <Modal
      title="Open shared project"
      description="Paste the factdesk:// link you were sent, or give the server’s address and the project’s document name."
      onEscape={closeShareDialog}
      onSubmit={() => void open()}
    >
      <ShareField
        label="Project link or document name"
        value={document}
        onChange={setDocument}
        placeholder="factdesk://open?server=…&document=…"
      />
      <ShareField
        label="Server address"
        value={server}
        onChange={setServer}
        placeholder="wss://collab.newsroom.example"
      />
      <ShareField label="Access token" value={token} onChange={setToken} secret />
      <ShareOutcome busy={busy} problem={problem} busyText="Fetching the project from the server…" />
      <ModalFooter onDismiss={closeShareDialog}>
        <button type="submit" className="primary" disabled={busy}>
          Open
        </button>
      </ModalFooter>
    </Modal>
  );
}
