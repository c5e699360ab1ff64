import { isIP } from 'node:net';

/** Hostnames and address ranges the documents forbid as callback targets (internal addresses). */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal')
  ) {
    return true;
  }
  const kind = isIP(host);
  if (kind === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (kind === 6) {
    return (
      host === '::1' ||
      host === '::' ||
      /^f[cd]/.test(host) ||
      host.startsWith('fe80') ||
      host.startsWith('::ffff:')
    );
  }
  return false;
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
