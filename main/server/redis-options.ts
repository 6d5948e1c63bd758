import type { Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';

/**
 * `--redis redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS)
 * as the Redis extension's options. Throws a message for the command line.
 */
export function redisOptions(url: string): Pick<RedisConfiguration, 'host' | 'port' | 'options'> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--redis needs a URL such as redis://127.0.0.1:6379 (got “${url}”)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`--redis needs a redis:// or rediss:// URL (got “${url}”)`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0)
    throw new Error(`--redis: “${parsed.pathname.slice(1)}” is not a database number`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      db,
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}
