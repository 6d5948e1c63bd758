import type { ConnectionState } from './server-provider';
import { useConnectionStatus } from './use-connection-status';

const LABELS: Record<ConnectionState, string> = {
  connected: 'Connected',
  offline: 'Offline — changes kept here',
  syncing: 'Syncing…',
  refused: 'Not connected — the server refused the access token',
};

/** The status bar's word on a shared project's connection (nothing for a project that is not shared). */
export function CollabStatus() {
  const status = useConnectionStatus();
  if (!status) return null;
  return (
    <span className={`collab-status collab-${status.state}`}>
      <span role="status" aria-label={`Shared project: ${LABELS[status.state]}`}>
        {LABELS[status.state]}
      </span>
      {status.readOnly && (
        <span role="note" aria-label="Read-only: you are a reader on this server">
          {' '}
          · Read-only (reader)
        </span>
      )}
    </span>
  );
}
