import type { PaceOptions } from './learned-pace.ts';

/** Default of `RetryPolicy.maxRetryAfterMs`; also caps how far `tasks.wait` slows down on 429s. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * How failed HTTP attempts are retried: the back-off between attempts, and how long a
 * server's `Retry-After` is honoured. Given as `ClientOptions.retry`; every field is optional.
 *
 * @example
 * createClient({ retry: { baseDelayMs: 1000, maxDelayMs: 10_000 } });
 */
export interface RetryPolicy {
  /**
   * First back-off ceiling, in ms: retry n (0-based) sleeps a uniform random time below
   * `min(maxDelayMs, baseDelayMs * 2^n)` (full jitter).
   * @default 500
   * @example 1000 // a gentler start: up to 1 s, 2 s, 4 s, ...
   */
  baseDelayMs?: number;
  /**
   * Ceiling of the exponential back-off, in ms.
   * @default 30_000
   * @example 10_000
   */
  maxDelayMs?: number;
  /**
   * A server's `Retry-After` is honoured up to this, in ms; a longer one is cut to it. Also
   * caps how far `tasks.wait` slows down on 429s (its own cap on a refused query is 30 s, or
   * this when smaller).
   * @default 60_000
   * @example 5000 // a test against a local server
   */
  maxRetryAfterMs?: number;
  /**
   * How a request class paces itself after a 429 without Retry-After: it learns the spacing
   * the service lets it through at (see `PaceOptions`), instead of asking again and again.
   * @default { initialIntervalMs: 1000, keepShare: 0.8, extraPerCycle: 3, speedUpFactor: 0.9 }
   * @example { initialIntervalMs: 6000 } // a known limit of 10 a minute
   */
  pace?: PaceOptions;
  /**
   * Random source in [0, 1) for the jitter.
   * @default Math.random
   * @example () => 0.5 // no randomness in a test
   */
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
