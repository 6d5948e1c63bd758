import { useState } from 'react';
import { shareDialogStore } from '../../collab/share-dialog-store';
import { openShared } from '../../collab/share-actions';
import { useStore } from '../../state/store';
import { ServerDialog, ShareField } from './ServerDialog';

/** File → Open Shared Project…: an address, a token and a document name — or a pasted factdesk:// link. */
export function OpenSharedProjectDialog() {
  const filled = useStore(shareDialogStore, (dialog) => (dialog?.kind === 'open' ? dialog : null));
  return filled ? <OpenSharedForm filled={filled} /> : null;
}

function OpenSharedForm({ filled }: { filled: { server: string; document: string; token: string } }) {
  const [document, setDocument] = useState(filled.document);
  return (
    <ServerDialog
      title="Open shared project"
      description="Paste the factdesk:// link you were sent, or give the server’s address and the project’s document name."
      submitLabel="Open"
      busyText="Fetching the project from the server…"
      filled={filled}
      ask={(server, token) => openShared(server, document, token)}
    >
      <ShareField
        label="Project link or document name"
        value={document}
        onChange={setDocument}
        placeholder="factdesk://open?server=…&document=…"
      />
    </ServerDialog>
  );
}
