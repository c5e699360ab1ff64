import { type ApiError, apiErrorFromStatus } from '../errors/api-error.ts';
import { AbortError, ConnectionError, TimeoutError } from '../errors/request-errors.ts';
import { parseRetryAfter } from '../policies/retry-policy.ts';
import { isUndiciTimeout } from './undici.ts';

type Headers = Record<string, string | string[] | undefined>;

/** The request id the API returns in `x-request-id` or `x-oneapi-request-id`. */
export function requestIdOf(headers: Headers): string | undefined {
  const value = headers['x-request-id'] || headers['x-oneapi-request-id'];
  const first = Array.isArray(value) ? value[0] : value;
  return first || undefined;
}

/** An `ApiError` subclass from an error response (`{ error: { code, message, type, param } }`). */
export function apiErrorFromResponse(
  status: number,
  text: string,
  headers: Headers,
  now: number,
): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const code =
    typeof error?.code === 'number' || typeof error?.code === 'string' ? error.code : undefined;
  const message =
    str(error?.message) ??
    (text.trim() ? text.trim().slice(0, 200) : `HTTP ${status} with an empty body`);
  return apiErrorFromStatus({
    status,
    message,
    code,
    type: str(error?.type),
    param: str(error?.param),
    requestId: requestIdOf(headers) ?? str(error?.request_id),
    fallbackSuggestion: str(error?.fallback_suggestion),
    retryAfterMs: parseRetryAfter(headers['retry-after'], now),
  });
}

/** Maps what undici throws to our classes: AbortError, TimeoutError or ConnectionError. */
export function transportError(
  error: unknown,
  signal: AbortSignal | undefined,
  what: string,
): Error {
  if (signal?.aborted) return new AbortError(`${what} was aborted`, { cause: signal.reason });
  if (
    error instanceof AbortError ||
    error instanceof TimeoutError ||
    error instanceof ConnectionError
  ) {
    return error;
  }
  if (isUndiciTimeout(error)) {
    return new TimeoutError(`${what} timed out (${error.message})`, {
      cause: error,
      sent: (error as { code?: unknown }).code !== 'UND_ERR_CONNECT_TIMEOUT',
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | undefined)?.code;
  return new ConnectionError(`${what} failed: ${code ? `${code} ` : ''}${message}`, {
    cause: error,
    sent: !neverSent(error),
  });
}

/**
 * Error codes that say no connection was ever made, so no byte of the request reached a
 * server: refused, unreachable, a name that does not resolve.
 */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

/** Whether `error` (or an error it wraps, e.g. an AggregateError of each address) says nothing was sent. */
function neverSent(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NOT_CONNECTED.has(code)) return true;
  const inner = (error as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.length > 0) return inner.every((e) => neverSent(e, depth + 1));
  return neverSent((error as { cause?: unknown }).cause, depth + 1);
}
