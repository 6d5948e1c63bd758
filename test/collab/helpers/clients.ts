import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { waitFor } from './wait';

/** A headless Hocuspocus client, recording what the server told it. */
export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  closeReasons: string[];
  authFailures: string[];
  statelessReplies: Array<Record<string, unknown>>;
  synced(): Promise<void>;
  /** Resolves when the server has acknowledged every local change. */
  acknowledged(): Promise<void>;
  destroy(): void;
}

const clients = new Set<Client>();

export function connect(url: string, name: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly in tests (the defaults back off to 30 s).
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    jitter: false,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc });
  provider.attach();
  const client: Client = {
    doc,
    provider,
    closeReasons: [],
    authFailures: [],
    statelessReplies: [],
    synced: () => waitFor(`${name} to sync`, () => provider.isSynced, 10_000),
    acknowledged: () =>
      waitFor(
        `the server to acknowledge ${name}'s changes`,
        () => provider.isSynced && !provider.hasUnsyncedChanges,
        10_000,
      ),
    destroy() {
      provider.destroy();
      socket.destroy();
      clients.delete(client);
    },
  };
  provider.on('close', ({ event }: { event: { reason: string } }) => client.closeReasons.push(event.reason));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => client.authFailures.push(reason));
  provider.on('stateless', ({ payload }: { payload: string }) => client.statelessReplies.push(JSON.parse(payload)));
  clients.add(client);
  return client;
}

/** A client that has synced with the server. */
export async function joined(url: string, name: string, token: string): Promise<Client> {
  const client = connect(url, name, token);
  await client.synced();
  return client;
}

export function destroyAll(): void {
  for (const client of [...clients]) client.destroy();
}

/** The whole document as JSON, for comparing replicas. */
export function contents(doc: Y.Doc, ...types: string[]): Record<string, unknown> {
  return Object.fromEntries(
    types.map((name) => [name, name === 'body' ? doc.getText(name).toString() : doc.getArray(name).toJSON()]),
  );
}
