import type { ConnectionState } from './server-provider';
import { useConnectionStatus } from './use-connection-status';

const LABELS: Record<ConnectionState, string> = {
  connected: 'Connected',
  offline: 'Offline — changes kept here',
  syncing: 'Syncing…',
  refused: 'Not connected — refused by the server',
};

/** A reader's own changes are dropped by the server, so they would wait to be sent forever: said as such. */
const labelOf = ({ state, readOnly }: { state: ConnectionState; readOnly: boolean }) =>
  readOnly && state === 'syncing' ? 'Connected — your changes here are not shared (reader)' : LABELS[state];

/** The status bar's word on a shared project's connection (nothing for a project that is not shared). */
export function CollabStatus() {
  const status = useConnectionStatus();
  if (!status) return null;
  return (
    <span className={`collab-status collab-${status.state}`}>
      <span role="status" aria-label={`Shared project: ${labelOf(status)}`}>
        {labelOf(status)}
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
