import { ApiError, RateLimitError } from '../errors/api-error.ts';
import { AbortError, ConnectionError, TimeoutError } from '../errors/request-errors.ts';
import { retryDelay } from '../policies/retry-policy.ts';
import { sleep } from './clock-sleep.ts';
import type { HttpSettings } from './http-settings.ts';
import { gateFor, type RateLimitGate } from './rate-limit-gate.ts';

/** What `withRetries` needs to know about a request. */
export interface RetryTarget {
  /** For logs and `onRetry`: `POST /v1/videos/generations`. */
  what: string;
  /** The rate-limit class: method + path template, e.g. `GET /v1/tasks/{id}`. */
  route: string;
  signal: AbortSignal | undefined;
  /** Safe to send again (a GET, or a POST with an Idempotency-Key). */
  repeatable: boolean;
  /** When false, a 429 is thrown at once (it still holds the class back). */
  retryRateLimit: boolean;
  /**
   * The caller paces itself (a wait's task query): the request passes no rate-limit gate (a
   * 429 elsewhere never holds it, and its own 429 holds nothing else), and a 429 or 503 is
   * thrown at once, unretried, for the caller to honour its Retry-After. Default false.
   */
  paced?: boolean;
  /** Logged before each retry. Default `retrying`. */
  logMessage?: string;
  logFields?: () => Record<string, unknown>;
}

/** A gate that never holds anyone and learns nothing: for requests that pace themselves. */
const OPEN_GATE: Pick<RateLimitGate, 'enter' | 'leave'> = {
  enter: (signal, _deadline, what) =>
    signal?.aborted
      ? Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason }))
      : Promise.resolve({ holdsTurn: false, sentAt: 0 }),
  leave: () => undefined,
};

/** The service refused the request for now: 429, or 503 (unavailable). */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 429 || error.status === 503);
}

/** Whether an error from one attempt may be retried (the request itself must be safe to repeat). */
function isRetryable(error: unknown): boolean {
  if (error instanceof ApiError) return error.retryable;
  return error instanceof ConnectionError || error instanceof TimeoutError;
}

/**
 * Runs `attempt` through its class's rate-limit gate until it succeeds. Network errors, 408
 * and 5xx spend `maxRetries`; a 429 does not: it closes the class until Retry-After and is
 * bounded by `rateLimitMaxWaitMs` instead. `maxRetries` 0 means no retry of any kind.
 * `attempt` may call `release` once it knows the answer is no 429 (a long download then
 * does not hold the class).
 */
export async function withRetries<T>(
  http: HttpSettings,
  target: RetryTarget,
  attempt: (release: () => void) => Promise<T>,
): Promise<T> {
  const { clock } = http;
  const gate = target.paced ? OPEN_GATE : gateFor(http.gates, target.route, clock, http.retry);
  let failures = 0;
  let retries = 0;
  let waitedMs = 0;
  let refused = false;
  for (;;) {
    const enteredAt = clock.now();
    const ticket = await gate.enter(
      target.signal,
      enteredAt + http.rateLimitMaxWaitMs - waitedMs,
      target.what,
      refused,
    );
    waitedMs += clock.now() - enteredAt;
    let left = false;
    const leave = (error?: unknown) => {
      if (left) return undefined;
      left = true;
      return gate.leave(ticket, error);
    };
    let delayMs: number;
    let sleepHere = true;
    try {
      const result = await attempt(() => leave());
      leave();
      return result;
    } catch (error) {
      const closedForMs = leave(error);
      if (error instanceof AbortError || !(error instanceof Error)) throw error;
      if (!target.repeatable || http.maxRetries === 0 || !isRetryable(error)) throw error;
      if (target.paced && isRefusal(error)) throw error;
      if (error instanceof RateLimitError && closedForMs !== undefined) {
        if (!target.retryRateLimit || waitedMs + closedForMs > http.rateLimitMaxWaitMs) throw error;
        delayMs = closedForMs;
        sleepHere = false; // the gate holds the next attempt until the class reopens
        refused = true; // and lets it go first then: it keeps its place in the queue
      } else {
        if (failures >= http.maxRetries) throw error;
        delayMs = retryDelay(
          failures,
          http.retry,
          (error as { retryAfterMs?: number }).retryAfterMs,
        );
        failures += 1;
      }
      retries += 1;
      http.onRetry?.({ request: target.what, attempt: retries, delayMs, error });
      http.logger.warn?.(`${target.logMessage ?? 'retrying'} ${target.what}`, {
        attempt: retries,
        delayMs,
        error: error.message,
        ...target.logFields?.(),
      });
      if (sleepHere) await sleep(clock, delayMs, target.signal, target.what);
    }
  }
}
