import type { FormData } from 'undici';
import { ApiError } from '../errors/api-error.ts';
import {
  AbortError,
  ConnectionError,
  TimeoutError,
  UnexpectedResponseError,
} from '../errors/request-errors.ts';
import { apiErrorFromResponse, requestIdOf, transportError } from './errors-from-http.ts';
import type { HttpSettings } from './http-settings.ts';
import { undici } from './undici.ts';
import { withRetries } from './with-retries.ts';

/**
 * The largest JSON body read (1 MiB). A task body is about 1 KB; a server sending more is
 * faulty, and reading it whole would take memory without bound.
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export interface JsonRequest {
  method: 'GET' | 'POST';
  path: string;
  /**
   * The rate-limit class: method + path template (`GET /v1/tasks/{id}`). Requests of one
   * class wait together after a 429. Default: method + path.
   */
  route?: string;
  body?: unknown;
  /** Sent as `Idempotency-Key`; a POST is retried only when it has one. */
  idempotencyKey?: string;
  /** This request's headers timeout. @default the client's `headersTimeoutMs` */
  headersTimeoutMs?: number;
  signal?: AbortSignal;
  /**
   * When false, the caller paces itself (the poll loop): the request passes no rate-limit
   * gate, and a 429 or 503 is thrown at once for it to honour the Retry-After. Default true.
   */
  retryRateLimit?: boolean;
}

export interface JsonResponse {
  status: number;
  body: unknown;
  requestId: string | undefined;
  /**
   * The server answered with a task an earlier call made under the same Idempotency-Key
   * (`idempotency-replayed: true`): that call paid for it. A replay of this call's own earlier
   * attempt (a lost response, then a retry) is not flagged: this call paid.
   */
  replayed: boolean;
}

/** Sends a JSON request with per-attempt timeouts and retries; returns the parsed 2xx body. */
export function requestJson(http: HttpSettings, req: JsonRequest): Promise<JsonResponse> {
  const what = `${req.method} ${req.path}`;
  // Whether an attempt of this call may have reached the server and created something.
  let sentBefore = false;
  return withRetries(
    http,
    {
      what,
      route: req.route ?? what,
      signal: req.signal,
      repeatable: req.method === 'GET' || req.idempotencyKey !== undefined,
      retryRateLimit: req.retryRateLimit !== false,
      paced: req.retryRateLimit === false,
    },
    async () => {
      try {
        const res = await attemptJson(http, req, what);
        return { ...res, replayed: res.replayed && !sentBefore };
      } catch (error) {
        // An attempt that never reached the server after one that may have: the call's
        // outcome is unknown, whatever this last attempt says.
        if (sentBefore && isUnsent(error)) {
          throw new ConnectionError(
            `${error.message} (an earlier attempt may have reached the server)`,
            {
              cause: error,
            },
          );
        }
        if (mayHaveCreated(error)) sentBefore = true;
        throw error;
      }
    },
  );
}

/** A transport failure that certainly never reached a server (`sent: false`). */
function isUnsent(error: unknown): error is ConnectionError | TimeoutError {
  return (error instanceof ConnectionError || error instanceof TimeoutError) && !error.sent;
}

/** Every failure but a definite 4xx refusal (429 included) or an unsent request may have created the task. */
function mayHaveCreated(error: unknown): boolean {
  if (isUnsent(error)) return false;
  return !(
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    !error.outcomeUnknown
  );
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
  const {
    status,
    text,
    headers: responseHeaders,
  } = await sendForText(http, new URL(req.path, http.baseUrl), {
    method: req.method,
    headers,
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
    signal: req.signal,
    what,
    ...(req.headersTimeoutMs !== undefined && { headersTimeoutMs: req.headersTimeoutMs }),
  });
  const requestId = requestIdOf(responseHeaders);
  // The successor vendor client's signal (not in the public docs): absent means a fresh create.
  const replayedHeader = responseHeaders['idempotency-replayed'];
  const replayed = typeof replayedHeader === 'string' && replayedHeader.toLowerCase() === 'true';
  http.logger.debug?.(`${what} -> ${status}`, { requestId, replayed: replayed || undefined });
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
  return { status, body, requestId, replayed };
}

/** A response read whole as text (at most `MAX_JSON_BODY_BYTES`). */
export interface TextResponse {
  status: number;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * One attempt with the client's dispatcher and timeouts; what undici throws becomes our
 * `TimeoutError`, `ConnectionError` or `AbortError`.
 */
export async function sendForText(
  http: HttpSettings,
  url: URL,
  o: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body: string | FormData | undefined;
    signal: AbortSignal | undefined;
    what: string;
    /** @default the client's `headersTimeoutMs` */
    headersTimeoutMs?: number;
  },
): Promise<TextResponse> {
  try {
    const { request } = await undici();
    const res = await request(url, {
      method: o.method,
      headers: o.headers,
      body: o.body,
      dispatcher: await http.dispatcher(),
      headersTimeout: o.headersTimeoutMs ?? http.headersTimeoutMs,
      bodyTimeout: http.bodyTimeoutMs,
      signal: o.signal,
    });
    const text = await readLimited(res.body, MAX_JSON_BODY_BYTES);
    return { status: res.statusCode, text, headers: res.headers };
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw transportError(error, o.signal, o.what);
  }
}

/** The body as text, or `UnexpectedResponseError` once it passes `limit` bytes. */
async function readLimited(body: AsyncIterable<Buffer> & { destroy(): void }, limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      throw new UnexpectedResponseError(
        `the response body is larger than ${limit} bytes: not an API answer`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
