import type { Dispatcher } from 'undici';
import type { ModelSpec } from '../models/model-spec.ts';
import type { PollPolicy } from '../poll-policy.ts';
import type { RetryPolicy } from '../retry-policy.ts';
import type { Clock } from '../types.ts';

/** A file a download writes into, one chunk at a time; each call returns once written. */
export interface DownloadFile {
  write(chunk: Uint8Array): void;
  close(): void;
}

/** Opens `path` for a download: `'w'` from the start, `'a'` to resume after what it holds. */
export type OpenDownloadFile = (path: string, flags: 'w' | 'a') => DownloadFile;

/** Structured log sink. Messages never contain the API key. */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
}

/** What `onRetry` is told before each retry sleep. */
export interface RetryInfo {
  /** `GET /v1/tasks/...`, `POST /v1/videos/generations`, `GET <download url>`. */
  request: string;
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  error: Error;
}

/** Options of `createClient`. Every one has a default. */
export interface ClientOptions {
  /** API key. Default: `env.EVOLINK_API_KEY`. Required before the first request. */
  apiKey?: string;
  /** API origin. Default: `env.EVOLINK_BASE_URL`, else `https://api.evolink.ai`. */
  baseUrl?: string;
  /**
   * The Files API's origin (`files.upload`). Default: `env.EVOLINK_FILES_BASE_URL`; else, when
   * `baseUrl` (or `EVOLINK_BASE_URL`) is set, that same origin (a simulator or a proxy serves
   * both); else `https://files-api.evolink.ai`, the documented one. Image links on this origin
   * are accepted in `image_urls` as the API's own (so a simulator's http links pass).
   */
  filesBaseUrl?: string;
  /** Environment to read defaults from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Per attempt: time to wait for response headers. Default 30000 ms. */
  headersTimeoutMs?: number;
  /** Per attempt: longest silence while reading a body. Default 60000 ms. */
  bodyTimeoutMs?: number;
  /**
   * Retries per request after the first attempt on network errors, timeouts, 408, 500, 502,
   * 503 and 504. Default 3. A 429 does not spend these: see `rateLimitMaxWaitMs`. `0`
   * disables retries of every kind (429s included) everywhere, downloads included.
   */
  maxRetries?: number;
  /**
   * Longest total time one request waits on rate limiting before its `RateLimitError` is
   * thrown. After a 429 (create, query or download, each class on its own) every later
   * request of that class of this client waits until the `Retry-After` (capped at
   * `retry.maxRetryAfterMs`; the back-off when the header is absent) has passed, then they
   * go one at a time until one gets through. A request whose wait would pass this limit
   * fails at once. Default 900000 ms (15 min).
   */
  rateLimitMaxWaitMs?: number;
  /** Back-off and Retry-After cap. Default: see `RetryPolicy`. */
  retry?: RetryPolicy;
  /** How `tasks.wait` spaces its queries. Default `adaptivePolling()`. */
  pollPolicy?: PollPolicy;
  /** Default overall limit of `tasks.wait`. Default 1800000 ms (30 min). */
  waitTimeoutMs?: number;
  /** undici dispatcher. Default: a keep-alive `Agent` (30 s idle sockets). */
  dispatcher?: Dispatcher;
  /** Time and sleep. Default `systemClock`; tests pass a simulator's or a fake clock. */
  clock?: Clock;
  /** Log sink. Default: none. */
  logger?: Logger;
  /** Called before each retry sleep. Default: none. */
  onRetry?: (info: RetryInfo) => void;
  /**
   * Accept http/loopback `callback_url`s and result links (local tests only). Result links on
   * the `baseUrl`'s own origin are accepted without it. Default `false`.
   */
  allowInsecureCallbacks?: boolean;
  /**
   * Models of your own, added to core's `models` (one of the same name is replaced) for this
   * client only: `client.models`, `client.validateRequest` and `client.estimateCredits` use
   * them, and `videos.create` validates against them. Default none.
   */
  models?: readonly ModelSpec[];
  /** Idempotency-Key generator. Default `crypto.randomUUID`. */
  randomUUID?: () => string;
  /**
   * Opens the file a download writes into, chunk by chunk. Default: `fs.openSync` and
   * `fs.writeSync` per chunk (see `openDownloadFile`); tests inject disk faults.
   */
  openDownloadFile?: OpenDownloadFile;
}
