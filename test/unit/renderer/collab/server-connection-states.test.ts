import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserStore } from '../../../../main/server/user-store';
import { ServerConnection } from '../../../../renderer/collab/server-provider';
import { freePort, startServe, stopAll, tempDir, type RunningServe } from '../../../collab/helpers/processes';
import { startProxy, type Proxy } from '../../../collab/helpers/tcp-proxy';
import { addUsers } from '../../../collab/helpers/users';
import { waitFor } from '../../../collab/helpers/wait';

/**
 * The status bar's states from a real `factdesk serve`: Syncing… while the
 * server has not acknowledged an edit (a network gone quiet), Offline when
 * the connection drops, and a token revoked while connected refused with
 * the server's reason.
 */
let dataDir: string;
let serve: RunningServe;
let proxy: Proxy;
let tokens: Record<string, string>;
const connections: ServerConnection[] = [];

beforeAll(async () => {
  dataDir = tempDir('app-states');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Ben Okafor': 'checker' });
  serve = await startServe(dataDir, '--port', String(await freePort()));
}, 30_000);
afterEach(() => connections.splice(0).forEach((connection) => connection.destroy()));
afterAll(async () => {
  await proxy?.close();
  await stopAll();
});

function connection(url: string, documentId: string, token: string): ServerConnection {
  const made = new ServerConnection({
    url,
    documentId,
    token,
    doc: new Y.Doc(),
    retryDelayMs: 100,
    WebSocketPolyfill: WebSocket,
  });
  connections.push(made);
  made.connect();
  return made;
}

const stateOf = (made: ServerConnection) => made.status.get().state;

describe('connection states', { timeout: 20_000 }, () => {
  it('Syncing while an edit waits for the server, Offline when cut, Connected again when healed', async () => {
    proxy = await startProxy(serve.port);
    const ana = connection(proxy.url, 'prj_states', tokens['Ana Ortiz']);
    await waitFor('Connected', () => stateOf(ana) === 'connected');
    proxy.freeze();
    ana.hocuspocus.document.getText('notes').insert(0, 'typed while the network is quiet');
    expect(stateOf(ana)).toBe('syncing');
    proxy.cut();
    await waitFor('Offline', () => stateOf(ana) === 'offline');
    proxy.heal();
    await waitFor('Connected again, the edit acknowledged', () => stateOf(ana) === 'connected');
    expect(ana.hocuspocus.hasUnsyncedChanges).toBe(false);
  });

  it('a token revoked while connected: refused, with the server’s reason', async () => {
    const ben = connection(serve.url, 'prj_revoked', tokens['Ben Okafor']);
    await waitFor('Connected', () => stateOf(ben) === 'connected');
    const users = UserStore.open(dataDir);
    try {
      users.remove('Ben Okafor');
    } finally {
      users.close();
    }
    await waitFor('the revocation to reach the window', () => stateOf(ben) === 'refused', 10_000);
    expect(ben.status.get().problem).toMatch(/revoked/);
  });
});
