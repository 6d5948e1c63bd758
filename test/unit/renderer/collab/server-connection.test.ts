import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ServerConnection } from '../../../../renderer/collab/server-provider';
import { ProjectDocument } from '../../../../renderer/project/project-document';
import { ORIGIN } from '../../../../shared/project-doc/layout';
import { connect, destroyAll } from '../../../collab/helpers/clients';
import { startServe, stopAll, tempDir, type RunningServe } from '../../../collab/helpers/processes';
import { addUsers } from '../../../collab/helpers/users';
import { waitFor } from '../../../collab/helpers/wait';

/**
 * The window's side of a shared project (renderer/collab/server-provider.ts)
 * against a real `factdesk serve`: the stored state goes in through connect()
 * with ORIGIN.load and reaches the server; Lexical hears `sync`; the status
 * says where the connection stands; readers and bad tokens are told.
 */
let serve: RunningServe;
let tokens: Record<string, string>;
const connections: ServerConnection[] = [];

beforeAll(async () => {
  const dataDir = tempDir('app-connection');
  tokens = addUsers(dataDir, { 'Ana Ortiz': 'checker', 'Rita Reader': 'reader' });
  serve = await startServe(dataDir);
}, 30_000);

afterEach(() => {
  connections.splice(0).forEach((connection) => connection.destroy());
  destroyAll();
});
afterAll(() => stopAll());

function storedState(text: string): string {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

function sharedDocument(documentId: string, token: string, stored: string | null) {
  let connection: ServerConnection | null = null;
  const document = new ProjectDocument(documentId, 7, stored ? { updates: [stored] } : null, (doc, before) => {
    connection = new ServerConnection({
      url: serve.url,
      documentId,
      token,
      doc,
      beforeFirstConnect: before,
      retryDelayMs: 100,
      WebSocketPolyfill: WebSocket,
    });
    connections.push(connection);
    return connection.provider;
  });
  return { document, connection: connection as unknown as ServerConnection };
}

describe('a shared project’s connection', { timeout: 20_000 }, () => {
  it('puts the stored state in on connect (as a load), sends it to the server, and says sync and Connected', async () => {
    const { document, connection } = sharedDocument('prj_connect', tokens['Ana Ortiz'], storedState('Port Calder'));
    const origins: unknown[] = [];
    document.doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const syncs: boolean[] = [];
    document.provider.on('sync', (state: boolean) => syncs.push(state));
    expect(connection.status.get().state).toBe('offline');
    expect(document.doc.getText('notes').toString()).toBe('');

    document.provider.connect();
    expect(document.doc.getText('notes').toString()).toBe('Port Calder');
    expect(origins[0]).toBe(ORIGIN.load);
    await waitFor('the connection to be Connected', () => connection.status.get().state === 'connected');
    expect(syncs).toContain(true);

    const other = connect(serve.url, 'prj_connect', tokens['Ana Ortiz']);
    await other.synced();
    expect(other.doc.getText('notes').toString()).toBe('Port Calder');
    other.doc.getText('notes').insert(0, 'Eastmere, ');
    await waitFor('the window to get the other copy’s edit', () =>
      document.doc.getText('notes').toString().startsWith('Eastmere, '),
    );
  });

  it('a reader connects read-only', async () => {
    const { document, connection } = sharedDocument('prj_reader', tokens['Rita Reader'], null);
    document.provider.connect();
    await waitFor('the reader to be authenticated', () => connection.hocuspocus.isAuthenticated);
    expect(connection.status.get().readOnly).toBe(true);
  });

  it('a bad token is refused with the server’s message, and nothing reaches the server', async () => {
    const { document, connection } = sharedDocument('prj_refused', 'not-a-token', storedState('Kept here'));
    document.provider.connect();
    await waitFor('the token to be refused', () => connection.status.get().state === 'refused');
    expect(connection.status.get().problem).toContain('not known to the server');
    // Nothing of the document reached the server.
    const other = connect(serve.url, 'prj_refused', tokens['Ana Ortiz']);
    await other.synced();
    expect(other.doc.getText('notes').toString()).toBe('');
    expect(document.doc.getText('notes').toString()).toBe('Kept here');
  });
});

describe('a change the server refuses', { timeout: 20_000 }, () => {
  it('says why, and stays refused (the status does not go back to Connected)', async () => {
    const { document, connection } = sharedDocument('prj_refused_change', tokens['Ana Ortiz'], null);
    document.provider.connect();
    await waitFor('the connection to be Connected', () => connection.status.get().state === 'connected');
    document.doc.getArray('decisions').push([{ action: 'approve', by: 'Ana Ortiz' }]);
    await waitFor('the change to be refused', () => connection.status.get().state === 'refused');
    expect(connection.status.get().problem).toContain('written by the server only');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(connection.status.get().state).toBe('refused');
  });
});
