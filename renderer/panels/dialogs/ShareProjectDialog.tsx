import { shareDialogStore } from '../../collab/share-dialog-store';
import { shareOpenProject } from '../../collab/share-actions';
import { useStore } from '../../state/store';
import { ServerDialog } from './ServerDialog';

/** File → Share Project…: a collaboration server's address and the user's token there. */
export function ShareProjectDialog() {
  const open = useStore(shareDialogStore, (dialog) => dialog?.kind === 'share');
  if (!open) return null;
  return (
    <ServerDialog
      title="Share project"
      description="The project goes to the collaboration server, where others with an access token can open it and work on it with you. Your file stays a full copy: you keep working when the connection drops."
      submitLabel="Share"
      busyText="Asking the server…"
      ask={shareOpenProject}
    />
  );
}
