import { BlockList, isIP } from 'node:net';

// Addresses a callback must never point at: loopback, private, link-local, unspecified,
// carrier-grade NAT, multicast and reserved ranges of both families. BlockList also
// matches IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 rules.
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", includes 0.0.0.0 (unspecified)
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes 255.255.255.255
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/**
 * True when `address` (an IP literal) is loopback, private, link-local, unspecified or
 * reserved, also when it is an IPv6 address carrying such an IPv4 one: IPv4-compatible
 * (`::127.0.0.1`), IPv4-translated (`::ffff:0:127.0.0.1`), NAT64 (`64:ff9b::127.0.0.1`) and
 * 6to4 (`2002:7f00:1::`). The one place these rules live: callbacks, result links and image
 * URLs all ask it.
 */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return blocked.check(address, 'ipv4');
  if (blocked.check(address, 'ipv6')) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== undefined && blocked.check(embedded, 'ipv4');
}

/** The IPv4 address an IPv6 one embeds by a standard translation, if any. */
function embeddedIpv4(address: string): string | undefined {
  const h = hextets(address);
  if (!h) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  const g = (i: number) => h[i] ?? 0;
  // ::a.b.c.d (IPv4-compatible, deprecated) and ::ffff:0:a.b.c.d (IPv4-translated).
  if (zero(0, 6) || (zero(0, 4) && h[4] === 0xffff && h[5] === 0)) return v4(g(6), g(7));
  // 64:ff9b::/96, the well-known NAT64 prefix (RFC 6052).
  if (h[0] === 0x64 && h[1] === 0xff9b && zero(2, 6)) return v4(g(6), g(7));
  // 2002::/16, 6to4 (RFC 3056): the IPv4 address is in bits 16-47.
  if (h[0] === 0x2002) return v4(g(1), g(2));
  return undefined;
}

/** The eight 16-bit groups of an IPv6 literal (a trailing dotted IPv4 part included). */
function hextets(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const part = (p: string) => (p === '' ? [] : p.split(':').map((x) => Number.parseInt(x, 16)));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  return [...left, ...new Array<number>(missing).fill(0), ...right];
}

/** Cloud metadata host names not under `.internal` (`metadata.google.internal` is). */
const metadataNames = new Set(['metadata', 'metadata.goog']);

/**
 * Whether a host name (not an IP literal; lower case, trailing dot removed) names an internal
 * host: `this-machine` for `localhost` and `*.localhost` (RFC 6761); `internal` for `*.local`
 * (mDNS, RFC 6762), `*.internal` (reserved for private networks by ICANN in 2024) and cloud
 * metadata names. The one host-name rule for callbacks, result links and image URLs; the
 * simulator applies the same list (`packages/simulator/src/validation/callback-url.ts`).
 */
export function internalHostName(host: string): 'this-machine' | 'internal' | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'this-machine';
  if (host.endsWith('.local') || host.endsWith('.internal') || metadataNames.has(host))
    return 'internal';
  return undefined;
}

/** `URL.hostname` without IPv6 brackets, in lower case and without a trailing dot. */
export function bareHost(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}
