import type * as Y from 'yjs';
import { ServerConnection, type ConnectionStatus } from './server-provider';

/** Longest wait for a server to answer a share or an open. */
const FIRST_CONTACT_MS = 15_000;

export type FirstContact = { ok: true; connection: ServerConnection } | { ok: false; message: string };

/**
 * Connects `doc` to a server once and waits until both hold the same state
 * (the server acknowledged everything the document had, and sent what it
 * had). A refused token or no answer comes back as a message for the user;
 * the connection is then closed, having sent nothing (the server reads no
 * document before the token is accepted).
 */
export async function firstContact(
  serverUrl: string,
  documentId: string,
  token: string,
  doc: Y.Doc,
): Promise<FirstContact> {
  const connection = new ServerConnection({ url: serverUrl, documentId, token, doc });
  const settled = new Promise<ConnectionStatus>((resolve) => {
    const check = () => {
      const status = connection.status.get();
      if (status.state === 'connected' || status.state === 'refused') resolve(status);
    };
    connection.status.subscribe(check);
    setTimeout(() => resolve({ ...connection.status.get(), state: 'offline' }), FIRST_CONTACT_MS);
  });
  connection.connect();
  const status = await settled;
  if (status.state === 'connected') return { ok: true, connection };
  connection.destroy();
  return {
    ok: false,
    message:
      status.state === 'refused'
        ? `The server refused the access token: ${status.problem ?? ''}`.trim()
        : `No answer from ${serverUrl} within ${FIRST_CONTACT_MS / 1000} s. Check the address, and that the server is running.`,
  };
}
