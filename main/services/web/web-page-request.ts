import dns from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { canonicalAddress, isOwnNetworkAddress } from './own-network';

/**
 * GET a web page from main, following redirects by hand (at most five), and
 * checking every address connected to — the URL's own, or each one its name
 * resolves to, at the moment of connecting — against the user's own network.
 * Such an address is refused (OwnNetworkAddress) unless the user confirmed it.
 */

export class OwnNetworkAddress extends Error {
  constructor(
    readonly host: string,
    /** As shown to the user (IPv4 for an IPv4-mapped address). */
    readonly address: string,
  ) {
    super(
      `This address is on your own network (${host === address ? address : `${host} is ${address}`}). Fetch it anyway?`,
    );
  }
}

/** A refusal whose message is for the user as it is. */
export class PageRefused extends Error {}

export interface PageRequestOptions {
  /** Own-network addresses the user said may be fetched. */
  ownNetworkAddresses: readonly string[];
  signal: AbortSignal;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  accept: 'text/html, application/xhtml+xml, text/plain;q=0.9',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'Factdesk (source import)',
};

export function credentialsRefusal(url: URL): PageRefused | null {
  if (!url.username && !url.password) return null;
  return new PageRefused(
    `The address has a user name or password in it (“${decodeURIComponent(url.username)}:…@”): Factdesk does not send credentials in a web address. Remove them, or download the page and import the file.`,
  );
}

function allowedBy(options: PageRequestOptions): (address: string) => boolean {
  const confirmed = new Set(options.ownNetworkAddresses.map(canonicalAddress));
  return (address) => !isOwnNetworkAddress(address) || confirmed.has(canonicalAddress(address));
}

/** dns.lookup, refusing a name any of whose addresses is on the user's own network (and not confirmed). */
function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const refused = addresses.find(({ address }) => !allowed(address));
      if (refused) return callback(new OwnNetworkAddress(hostname, canonicalAddress(refused.address)), '', 4);
      if (options.all) return (callback as unknown as (error: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function getOnce(url: URL, allowed: (address: string) => boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address in the URL is connected to as it is, without a lookup: it is checked here.
  if (isIP(host) && !allowed(host)) return Promise.reject(new OwnNetworkAddress(host, canonicalAddress(host)));
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      { headers: HEADERS, signal, lookup: guardedLookup(allowed), agent: false },
      resolve,
    );
    request.on('error', reject);
  });
}

/** The response at the end of the redirects, and the address it came from. */
export async function requestPage(
  start: URL,
  options: PageRequestOptions,
): Promise<{ url: URL; response: IncomingMessage }> {
  const allowed = allowedBy(options);
  let url = start;
  for (let redirects = 0; ; redirects += 1) {
    const response = await getOnce(url, allowed, options.signal);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return { url, response };
    response.resume();
    if (redirects === MAX_REDIRECTS)
      throw new PageRefused(`${start.href} redirected more than ${MAX_REDIRECTS} times.`);
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw new PageRefused(
        `${url.href} redirected to “${next.href.slice(0, 200)}”, which is not a web address Factdesk can fetch.`,
      );
    const credentials = credentialsRefusal(next);
    if (credentials) throw credentials;
    url = next;
  }
}
