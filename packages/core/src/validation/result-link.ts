import { isIP } from 'node:net';
import { bareHost, internalHostName, isBlockedAddress } from './blocked-addresses.ts';

export interface ResultLinkRules {
  /** Accept `http:` and internal hosts too (the client's `allowInsecureCallbacks`, tests only). */
  allowInsecure: boolean;
  /** Links on this origin (the API's own) are trusted as the API is. */
  trustedOrigin: string | undefined;
}

/**
 * Why a result link (or a redirect target) must not be fetched, or undefined when it may be.
 * The same address rules as `callback_url`: https only, no userinfo, never an internal host
 * name (`internalHostName`: localhost, .local, .internal, metadata), or a loopback/private/link-local/reserved IP literal. Host names are not
 * resolved (a name that resolves to an internal address is not caught here).
 */
export function resultLinkProblem(link: URL, rules: ResultLinkRules): string | undefined {
  if (link.protocol !== 'https:' && link.protocol !== 'http:') {
    return `it uses ${link.protocol.slice(0, -1)}, not https`;
  }
  if (link.username !== '' || link.password !== '') return 'it carries a user name or password';
  if (rules.allowInsecure || link.origin === rules.trustedOrigin) return undefined;
  if (link.protocol !== 'https:') return 'it uses http, not https';
  const host = bareHost(link);
  if (internalHostName(host)) {
    return `it points at an internal host (${host})`;
  }
  if (isIP(host) !== 0 && isBlockedAddress(host)) {
    return `it points at a loopback, private, link-local or reserved address (${host})`;
  }
  return undefined;
}
