import { BlockList, isIP } from 'node:net';

// The documents forbid "internal addresses (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x,
// ...)". The "..." is read as the client reads it (one rule, checked by core's agreement test):
// loopback, private, link-local, unspecified, CGNAT, benchmarking, multicast and reserved
// ranges; IPv6 forms that carry such an IPv4 address; and host names that never leave a
// network. Written here independently of core, with node's BlockList.
const v4Internal: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const blocked = new BlockList();
for (const [net, prefix] of v4Internal) {
  blocked.addSubnet(net, prefix, 'ipv4'); // also matches ::ffff:a.b.c.d (IPv4-mapped)
  const [a = 0, b = 0, c = 0, d = 0] = net.split('.').map(Number);
  const hi = ((a << 8) | b).toString(16);
  const lo = ((c << 8) | d).toString(16);
  // IPv4-compatible (::a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96).
  for (const head of ['::', '::ffff:0:', '64:ff9b::'])
    blocked.addSubnet(`${head}${hi}:${lo}`, 96 + prefix, 'ipv6');
  // 6to4 (2002::/16): the IPv4 address in bits 16-47.
  blocked.addSubnet(`2002:${hi}:${lo}::`, 16 + prefix, 'ipv6');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** Names that never leave a network: localhost (RFC 6761), .local (mDNS), .internal (ICANN), metadata. */
function isInternalName(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    host === 'metadata' ||
    host === 'metadata.goog'
  );
}

/** Hostnames and address ranges the documents forbid as callback targets (internal addresses). */
export function isInternalHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const kind = isIP(host);
  if (kind === 0) return isInternalName(host);
  return blocked.check(host, kind === 4 ? 'ipv4' : 'ipv6');
}

/** Why `url` is not an acceptable `callback_url`, or undefined when it is. */
export function callbackUrlProblem(url: string, allowInsecure: boolean): string | undefined {
  if (url.length > 2048) return `callback_url must be at most 2048 characters, got ${url.length}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'callback_url must be an absolute URL';
  }
  if (allowInsecure) {
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? undefined
      : 'callback_url must use HTTPS';
  }
  if (parsed.protocol !== 'https:') return 'callback_url must use HTTPS';
  if (isInternalHost(parsed.hostname)) return 'callback_url must not point to an internal address';
  return undefined;
}
