/** Web Crypto exists in browsers and in Node 20 as a global; shared/ sees neither's types. */
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** Random ids for projects, claims, sources, links and log entries. */
export function newId(prefix: string): string {
  return `${prefix}_${webCrypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
