import type * as Y from 'yjs';
import type { SharedConnection } from '../../shared/api';
import { factdesk } from '../factdesk';
import type { ProviderFactory } from '../project/project-document';
import { showNotice } from '../state/notices-store';
import { Store } from '../state/store';
import { ServerConnection } from './server-provider';
import { shareSources } from './shared-sources';

/** The open project's connection to its collaboration server; null: the project is not shared (or none is open). */
export interface ActiveConnection {
  connection: ServerConnection;
  doc: Y.Doc;
  serverUrl: string;
  documentId: string;
}

export const activeConnectionStore = new Store<ActiveConnection | null>(null);
let stopSharingSources: () => void = () => undefined;

/** The connection for this document, replacing any other: its problems (a refused token, a refused change) reach the user as notices. */
export function startConnection(
  shared: SharedConnection,
  doc: Y.Doc,
  beforeFirstConnect?: () => void,
): ServerConnection {
  const connection = new ServerConnection({
    url: shared.serverUrl,
    documentId: shared.documentId,
    token: shared.token,
    doc,
    beforeFirstConnect,
  });
  return adoptConnection(connection, shared, doc);
}

/** A connection made elsewhere (a share's first contact) becomes the open project's. */
export function adoptConnection(connection: ServerConnection, shared: SharedConnection, doc: Y.Doc): ServerConnection {
  closeConnection();
  stopSharingSources = shareSources(shared, doc, connection);
  const shown = new Set<string>();
  connection.status.subscribe(() => {
    const { problem } = connection.status.get();
    if (!problem || shown.has(problem)) return;
    shown.add(problem);
    showNotice('error', describeProblem(problem));
  });
  activeConnectionStore.set({ connection, doc, serverUrl: shared.serverUrl, documentId: shared.documentId });
  return connection;
}

function describeProblem(problem: string): string {
  return /^Update refused/.test(problem)
    ? `The collaboration server refused a change and closed the connection: ${problem} Your copy keeps everything; nothing more is shared until the project is opened again.`
    : `The collaboration server refused the connection: ${problem} Your copy keeps everything.`;
}

export function closeConnection(): void {
  const active = activeConnectionStore.get();
  if (!active) return;
  activeConnectionStore.set(null);
  stopSharingSources();
  stopSharingSources = () => undefined;
  active.connection.destroy();
}

/** Closes the connection if it belongs to this document (its editor was unbound). */
export function closeConnectionOf(doc: Y.Doc): void {
  if (activeConnectionStore.get()?.doc === doc) closeConnection();
}

/** How to connect the project with this document id: the server's provider when it is shared from here, else undefined (offline). */
export async function providerForProject(documentId: string): Promise<ProviderFactory | undefined> {
  const shared = await factdesk.sharedConnection(documentId).catch(() => null);
  if (!shared) return undefined;
  return (doc, beforeFirstConnect) => startConnection(shared, doc, beforeFirstConnect).provider;
}
