import { isIP } from 'node:net';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { bareHost, internalHostName, isBlockedAddress } from './blocked-addresses.ts';

/** Longest callback URL the API accepts. */
export const MAX_CALLBACK_URL_LENGTH = 2048;

/** Options of `validateCallbackUrl`. */
export interface CallbackUrlOptions {
  /**
   * Accept `http:` and loopback/private hosts too. Only for tests against a local
   * simulator; the real API rejects such URLs. Default `false`.
   */
  allowInsecure?: boolean;
}

/** Returns the problems of a callback URL as help text (empty when it is acceptable). */
export function callbackUrlIssues(
  url: unknown,
  options: CallbackUrlOptions = {},
): ValidationIssue[] {
  const issue = (message: string, fix = 'use a public https:// URL'): ValidationIssue[] => [
    { field: 'callback_url', message, received: url, fix },
  ];
  if (typeof url !== 'string') {
    return issue(
      `must be an HTTPS URL string, got ${typeof url}`,
      'write it as text: an https:// URL',
    );
  }
  if (url.length > MAX_CALLBACK_URL_LENGTH) {
    return issue(
      `must be at most ${MAX_CALLBACK_URL_LENGTH} characters, got ${url.length}`,
      `shorten the URL to at most ${MAX_CALLBACK_URL_LENGTH} characters`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return issue(
      `must be an absolute HTTPS URL, got ${JSON.stringify(url)}`,
      'write the whole URL, e.g. https://example.com/hooks/clipwright',
    );
  }
  if (options.allowInsecure) {
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? []
      : issue(`must use https, got ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.protocol !== 'https:') {
    return issue(
      `must use https (the API only calls HTTPS callbacks), got ${parsed.protocol.slice(0, -1)}`,
    );
  }
  // WHATWG URL has already normalised odd IPv4 spellings (0x7f.1, 2130706433) to dotted form.
  const host = bareHost(parsed);
  const name = internalHostName(host);
  if (name) {
    return issue(
      name === 'this-machine'
        ? `must not point at this machine (${host}); the API refuses internal addresses`
        : `must not point at an internal host (${host}: .local, .internal and metadata names stay inside a network); the API refuses internal addresses`,
      'use a public host name the API can reach',
    );
  }
  if (isIP(host) !== 0 && isBlockedAddress(host)) {
    return issue(
      `must not point at a loopback, private, link-local or unspecified address (${host}); the API refuses internal addresses`,
      'use a public host name the API can reach',
    );
  }
  return [];
}

/**
 * Throws a `ValidationError` unless `url` is an acceptable callback: HTTPS, at most 2048
 * characters, and not `localhost`, a `.localhost`, `.local` or `.internal` name, a cloud
 * metadata name, nor a loopback, private, link-local, unspecified, CGNAT,
 * multicast or reserved address of either IP family (IPv4-mapped IPv6 included). Host names
 * are not resolved.
 */
export function validateCallbackUrl(url: string, options: CallbackUrlOptions = {}): void {
  const issues = callbackUrlIssues(url, options);
  if (issues.length > 0) throw new ValidationError(issues);
}
