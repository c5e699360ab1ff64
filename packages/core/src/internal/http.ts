import { type Dispatcher, request } from 'undici';
import { ApiError, RateLimitError } from '../api-error.ts';
import type { Logger, RetryInfo } from '../client-options.ts';
import { AbortError, ConnectionError, TimeoutError, UnexpectedResponseError } from '../errors.ts';
import { type RetryPolicy, retryDelay } from '../retry-policy.ts';
import type { Clock } from '../types.ts';
import { apiErrorFromResponse, requestIdOf, transportError } from './errors-from-http.ts';

export interface HttpSettings {
  baseUrl: string;
  apiKey: () => string;
  dispatcher: Dispatcher;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxRetries: number;
  retry: RetryPolicy;
  clock: Clock;
  logger: Logger;
  onRetry: ((info: RetryInfo) => void) | undefined;
}

export interface JsonRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Sent as `Idempotency-Key`; a POST is retried only when it has one. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** When false, a 429 is thrown at once (the poll loop slows down itself). Default true. */
  retryRateLimit?: boolean;
}

export interface JsonResponse {
  status: number;
  body: unknown;
  requestId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** Whether an error from one attempt may be retried (the request itself must be safe to repeat). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ApiError) return error.retryable;
  return error instanceof ConnectionError || error instanceof TimeoutError;
}

/** Sends a JSON request with per-attempt timeouts and retries; returns the parsed 2xx body. */
export async function requestJson(http: HttpSettings, req: JsonRequest): Promise<JsonResponse> {
  const what = `${req.method} ${req.path}`;
  const repeatable = req.method === 'GET' || req.idempotencyKey !== undefined;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await attemptJson(http, req, what);
    } catch (error) {
      if (error instanceof AbortError || !(error instanceof Error)) throw error;
      const canRetry =
        repeatable &&
        attempt < http.maxRetries &&
        isRetryable(error) &&
        !(error instanceof RateLimitError && req.retryRateLimit === false);
      if (!canRetry) throw error;
      const delayMs = retryDelay(
        attempt,
        http.retry,
        (error as { retryAfterMs?: number }).retryAfterMs,
      );
      http.onRetry?.({ request: what, attempt: attempt + 1, delayMs, error });
      http.logger.warn?.(`retrying ${what}`, {
        attempt: attempt + 1,
        delayMs,
        error: error.message,
      });
      await sleep(http.clock, delayMs, req.signal, what);
    }
  }
}

async function attemptJson(
  http: HttpSettings,
  req: JsonRequest,
  what: string,
): Promise<JsonResponse> {
  if (req.signal?.aborted)
    throw new AbortError(`${what} was aborted`, { cause: req.signal.reason });
  const headers: Record<string, string> = {
    authorization: `Bearer ${http.apiKey()}`,
    accept: 'application/json',
  };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  if (req.idempotencyKey !== undefined) headers['idempotency-key'] = req.idempotencyKey;
  let status: number;
  let text: string;
  let responseHeaders: Record<string, string | string[] | undefined>;
  try {
    const res = await request(new URL(req.path, http.baseUrl), {
      method: req.method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      dispatcher: http.dispatcher,
      headersTimeout: http.headersTimeoutMs,
      bodyTimeout: http.bodyTimeoutMs,
      signal: req.signal,
    });
    status = res.statusCode;
    responseHeaders = res.headers;
    text = await res.body.text();
  } catch (error) {
    throw transportError(error, req.signal, what);
  }
  const requestId = requestIdOf(responseHeaders);
  http.logger.debug?.(`${what} -> ${status}`, {
    requestId,
    replayed: responseHeaders['idempotency-replayed'] === 'true' || undefined,
  });
  if (status < 200 || status >= 300) {
    throw apiErrorFromResponse(status, text, responseHeaders, http.clock.now());
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UnexpectedResponseError(`${what} returned ${status} with a body that is not JSON`, {
      status,
      requestId,
      cause: error,
    });
  }
  return { status, body, requestId, headers: responseHeaders };
}

/** Sleeps on the client's clock; an abort becomes our AbortError. */
export async function sleep(
  clock: Clock,
  ms: number,
  signal: AbortSignal | undefined,
  what: string,
) {
  if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    throw error;
  }
}
