import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { waitUntil } from './wait-until';

/**
 * The network side: an HTTP or HTTPS server whose WebSocket upgrades are
 * handed to Hocuspocus. (Hocuspocus' own `Server` only speaks plain HTTP.)
 */
export interface ListenOptions {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
}

export interface Listener {
  url: string;
  port: number;
  /** Stops accepting connections and closes the open ones; Hocuspocus then stores and unloads their documents. */
  close(): Promise<void>;
}

const GOING_AWAY = 1001;
// How long a client gets to answer the close handshake before its socket is cut.
const CLOSE_HANDSHAKE_MS = 2_000;

function toBytes(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Hocuspocus reads the URL's query and the headers through a Fetch API Request. */
function toFetchRequest(request: http.IncomingMessage, scheme: 'http' | 'https'): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(`${scheme}://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, { headers });
}

function describe(response: http.ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Factdesk collaboration server: connect with a Hocuspocus client and an access token.\n');
}

export async function listen(hocuspocus: Hocuspocus, options: ListenOptions): Promise<Listener> {
  const scheme = options.tls ? 'https' : 'http';
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, (_, res) => describe(res))
    : http.createServer((_, res) => describe(res));
  const sockets = new WebSocketServer({ noServer: true });

  server.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const connection = hocuspocus.handleConnection(ws as unknown as WebSocketLike, toFetchRequest(request, scheme));
      ws.on('message', (data) => connection.handleMessage(toBytes(data)));
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      ws.on('error', (error) => console.error(`factdesk serve: a connection failed: ${error.message}`));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `${options.tls ? 'wss' : 'ws'}://${host}:${port}`,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const ws of sockets.clients) ws.close(GOING_AWAY, 'The server is shutting down');
      await waitUntil(() => sockets.clients.size === 0, CLOSE_HANDSHAKE_MS);
      for (const ws of sockets.clients) ws.terminate();
      server.closeAllConnections();
      await closed;
    },
  };
}
