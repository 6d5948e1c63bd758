import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { startCollabServer, type CollabServerOptions } from '../server/collab-server';
import type { CliIo } from './io';
import { parseArgs } from './options';

const USAGE = `usage: factdesk serve [--port N] [--host ADDRESS] [--data DIR] [--redis URL] [--tls-cert FILE --tls-key FILE]
  --port      port to listen on (default 1234; 0 picks a free one)
  --host      address to listen on (default 127.0.0.1: this machine only)
  --data      folder of the documents and users databases (default ./factdesk-server)
  --redis     redis://host:port of a Redis shared with other instances serving the same documents
  --tls-cert, --tls-key   PEM files: serve wss:// (https) instead of ws://`;

export const DEFAULT_DATA_DIR = 'factdesk-server';
const DEFAULT_PORT = 1234;

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host.startsWith('::ffff:127.');
}

function readOptions(args: string[]): CollabServerOptions | string {
  const parsed = parseArgs(args, ['port', 'host', 'data', 'redis', 'tls-cert', 'tls-key']);
  if (typeof parsed === 'string') return parsed;
  if (parsed.positional.length > 0) return `unexpected argument “${parsed.positional[0]}”`;
  const { values } = parsed;
  const port = Number(values.get('port') ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return `--port needs a whole number from 0 to 65535 (got “${values.get('port')}”)`;
  const cert = values.get('tls-cert');
  const key = values.get('tls-key');
  if ((cert === undefined) !== (key === undefined)) return 'give both --tls-cert and --tls-key, or neither';
  let tls: CollabServerOptions['tls'];
  if (cert !== undefined && key !== undefined) {
    try {
      tls = { cert: readFileSync(cert), key: readFileSync(key) };
    } catch (error) {
      return `cannot read the TLS files: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return {
    host: values.get('host') ?? '127.0.0.1',
    port,
    dataDir: path.resolve(values.get('data') ?? DEFAULT_DATA_DIR),
    redisUrl: values.get('redis'),
    tls,
  };
}

function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const options = readOptions(args);
  if (typeof options === 'string') {
    io.err(`factdesk serve: ${options}\n${USAGE}`);
    return 2;
  }
  if (!options.tls && !isLoopback(options.host)) {
    io.err(
      `factdesk serve: warning: serving ${options.host} without TLS — access tokens and documents cross the network unencrypted. ` +
        'Give --tls-cert and --tls-key, or put a TLS-terminating proxy in front.',
    );
  }
  let server;
  try {
    server = await startCollabServer(options);
  } catch (error) {
    io.err(`factdesk serve: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const stopSignal = nextStopSignal();
  io.out(
    `Factdesk collaboration server listening on ${server.url} (data: ${options.dataDir}${options.redisUrl ? `, Redis: ${options.redisUrl}` : ''})`,
  );
  const signal = await stopSignal;
  io.out(`${signal}: storing open documents and stopping…`);
  const unsaved = await server.stop();
  if (unsaved > 0) {
    io.err(`factdesk serve: ${unsaved} document(s) could not be stored before stopping`);
    return 1;
  }
  io.out('Stopped; every document is stored.');
  return 0;
}
