import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { serveCommand } from '../../main/cli/serve';
import { startServe, stopAll, tempDir } from './helpers/processes';
import { addUsers } from './helpers/users';
import { waitFor } from './helpers/wait';

const OPENSSL = '/usr/bin/openssl';

afterAll(() => stopAll());

/** The command in this process: option errors and the warning need no server process. */
async function serve(...args: string[]): Promise<{ status: number; stderr: string }> {
  const lines: string[] = [];
  const status = await serveCommand(args, {
    out: () => undefined,
    err: (line) => void lines.push(line),
    print: () => undefined,
  });
  return { status, stderr: lines.join('\n') };
}

describe('factdesk serve: the command line', { timeout: 30_000 }, () => {
  it('warns before serving a non-loopback address without TLS', async () => {
    // 192.0.2.1 is a documentation address no machine holds: the warning comes first, then the bind fails.
    const result = await serve('--host', '192.0.2.1', '--port', '0', '--data', tempDir('warn'));
    expect(result.stderr).toContain(
      'warning: serving 192.0.2.1 without TLS — access tokens and documents cross the network unencrypted',
    );
    expect(result.stderr).toContain('EADDRNOTAVAIL');
    expect(result.status).toBe(1);
  });

  it('explains bad options', async () => {
    expect((await serve('--port', 'many')).stderr).toContain('--port needs a whole number from 0 to 65535');
    expect((await serve('--tls-cert', 'only-one.pem')).stderr).toContain(
      'give both --tls-cert and --tls-key, or neither',
    );
    expect((await serve('--redis', 'http://example.invalid', '--data', tempDir('redis-url'))).stderr).toContain(
      '--redis needs a redis:// or rediss:// URL',
    );
  });

  it.skipIf(!existsSync(OPENSSL))(
    'serves wss:// with --tls-cert and --tls-key (skipped where openssl is missing)',
    async () => {
      const dir = tempDir('tls');
      const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
      execFileSync(
        OPENSSL,
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
      const tokens = addUsers(dir, { 'Ana Ortiz': 'checker' });
      const server = await startServe(dir, '--tls-cert', cert, '--tls-key', key);
      expect(server.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
      expect(server.output()).not.toContain('warning');

      const trusted = readFileSync(cert);
      class TrustingWebSocket extends WebSocket {
        constructor(url: string) {
          super(url, { ca: trusted });
        }
      }
      const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: TrustingWebSocket });
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: 'story-tls',
        token: tokens['Ana Ortiz'],
        document: doc,
      });
      provider.attach();
      try {
        await waitFor('the client to sync over TLS', () => provider.isSynced);
      } finally {
        provider.destroy();
        socket.destroy();
      }
      expect(await server.stop()).toBe(0);
    },
  );
});
