import path from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { authentication } from './authentication';
import { listen, type Listener, type ListenOptions } from './listener';
import { presenceNames } from './presence-names';
import { protectedTypes } from './protected-types';
import { redisOptions } from './redis-options';
import { serverWrites } from './server-writes';
import { UserStore } from './user-store';
import { waitUntil } from './wait-until';

/**
 * `factdesk serve` without the command line: a Hocuspocus server that
 * authenticates with the users under `dataDir`, enforces roles and the
 * server-written types, keeps every document in `dataDir/documents.sqlite`
 * (or the given store), and with `redisUrl` shares its documents with the
 * other instances on that Redis.
 */
export interface CollabServerOptions extends ListenOptions {
  dataDir: string;
  redisUrl?: string;
  /** Where documents are kept instead of `dataDir/documents.sqlite`: a Hocuspocus Database extension (e.g. over Postgres). */
  store?: Extension;
  /** How often open connections are checked for revoked tokens. */
  revocationSweepMs?: number;
}

export interface RunningCollabServer {
  url: string;
  port: number;
  /** Stores every open document and stops; resolves to the number of documents that could not be stored. */
  stop(): Promise<number>;
}

export const DOCUMENTS_FILE = 'documents.sqlite';
// Longest wait for open documents to be stored at shutdown.
const STORE_AT_STOP_MS = 15_000;
const REDIS_TIMEOUT_MS = 5_000;

/** Without Redis, documents would wait for it forever as they load: refuse to start instead. */
async function reachableRedis(url: string): Promise<Redis> {
  const redis = new Redis({ ...redisOptions(url), prefix: 'factdesk' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), REDIS_TIMEOUT_MS);
  });
  try {
    await Promise.race([redis.pub.ping(), timeout]);
    return redis;
  } catch (error) {
    redis.pub.disconnect(false);
    redis.sub.disconnect(false);
    throw new Error(`cannot reach Redis at ${url}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

export async function startCollabServer(options: CollabServerOptions): Promise<RunningCollabServer> {
  // Opened first: it creates the data folder and fails early with a plain message if it cannot.
  const users = UserStore.open(options.dataDir);
  const sqlite = options.store ? null : new SQLite({ database: path.join(options.dataDir, DOCUMENTS_FILE) });
  const store: Extension = options.store ?? (sqlite as SQLite);
  const extensions: Extension[] = [
    authentication(users, options.revocationSweepMs),
    protectedTypes(),
    serverWrites(),
    presenceNames(),
    store,
  ];
  let hocuspocus: Hocuspocus | null = null;
  try {
    if (options.redisUrl) extensions.push(await reachableRedis(options.redisUrl));
    hocuspocus = new Hocuspocus({ name: 'factdesk', quiet: true, extensions });
    const listener = await listen(hocuspocus, options);
    return running(hocuspocus, listener, () => {
      sqlite?.db?.close();
      users.close();
    });
  } catch (error) {
    if (hocuspocus) await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    sqlite?.db?.close();
    users.close();
    throw error;
  }
}

function running(hocuspocus: Hocuspocus, listener: Listener, closeFiles: () => void): RunningCollabServer {
  return {
    url: listener.url,
    port: listener.port,
    async stop() {
      await listener.close();
      hocuspocus.flushPendingStores();
      await waitUntil(() => hocuspocus.getDocumentsCount() === 0, STORE_AT_STOP_MS);
      const unsaved = hocuspocus.getDocumentsCount();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      closeFiles();
      return unsaved;
    },
  };
}
