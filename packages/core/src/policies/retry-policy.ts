/** Default of `RetryPolicy.maxRetryAfterMs`; also caps how far `tasks.wait` slows down on 429s. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/** How failed HTTP attempts are retried. */
export interface RetryPolicy {
  /** First back-off ceiling; attempt n backs off up to baseDelayMs * 2^n. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling of the exponential back-off. Default 30000 ms. */
  maxDelayMs?: number;
  /** A server's Retry-After is honoured up to this. Default 60000 ms. */
  maxRetryAfterMs?: number;
  /** Random source in [0, 1) for the full jitter. Default `Math.random`. */
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (0-based): the server's Retry-After when it sent one
 * (capped at `maxRetryAfterMs`), else exponential back-off with full jitter: a uniform delay
 * in [0, min(maxDelayMs, baseDelayMs * 2^attempt)).
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy = {},
  retryAfterMs?: number,
): number {
  const maxRetryAfter = policy.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, maxRetryAfter);
  const base = policy.baseDelayMs ?? 500;
  const cap = policy.maxDelayMs ?? 30_000;
  const random = policy.random ?? Math.random;
  return random() * Math.min(cap, base * 2 ** attempt);
}

/**
 * Parses a Retry-After header: delay-seconds or an HTTP date (relative to `now`, ms).
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number,
): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]{3}/i.test(text)) return undefined; // an HTTP date names its month; Date.parse('-5') is a year
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long `tasks.wait` honours a Retry-After on a refused task query (429 or 503): 30 s,
 * the cap of the vendor's own client (EvoLinkAI/evolink-mcp, 2026-12; shared/api/README.md),
 * or `RetryPolicy.maxRetryAfterMs` when smaller. A longer one is honoured in 30 s steps: the
 * wait asks again, and a refusal with the same Retry-After waits again.
 */
export const POLL_MAX_RETRY_AFTER_MS = 30_000;
