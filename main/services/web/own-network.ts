import { BlockList, isIP } from 'node:net';

/**
 * Addresses on the user's own network or machine — loopback, private,
 * link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT,
 * unique-local and the like — which a web page must not be able to make
 * Factdesk fetch without the user saying so. An IPv4 address written as IPv6
 * (::ffff:a.b.c.d, or NAT64's 64:ff9b::a.b.c.d) is judged, and shown, as IPv4.
 */

const IPV4: [string, number][] = [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches this machine
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV6: [string, number][] = [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible form
  ['100::', 64], // discard
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const OWN_NETWORK = new BlockList();
for (const [prefix, bits] of IPV4) OWN_NETWORK.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of IPV6) OWN_NETWORK.addSubnet(prefix, bits, 'ipv6');

/** IPv6 forms that carry an IPv4 address in their last 32 bits. */
const EMBEDDED_IPV4 = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/** The address as compared and shown: IPv6 compressed and lower case, an embedded IPv4 address as IPv4. */
export function canonicalAddress(address: string): string {
  // Without brackets, and without a zone (fe80::1%eth0: link-local either way).
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(bare) !== 6) return bare;
  const compressed = new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  const embedded = EMBEDDED_IPV4.exec(compressed);
  if (!embedded) return compressed;
  const [high, low] = [parseInt(embedded[1], 16), parseInt(embedded[2], 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

export function isOwnNetworkAddress(address: string): boolean {
  const canonical = canonicalAddress(address);
  const family = isIP(canonical);
  return family !== 0 && OWN_NETWORK.check(canonical, family === 4 ? 'ipv4' : 'ipv6');
}
