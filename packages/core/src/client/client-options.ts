import type { Dispatcher } from 'undici';
import type { OpenDownloadFile } from '../download/types.ts';
import type { ModelSpec } from '../models/model-spec.ts';
import type { PollPolicy } from '../policies/poll-policy.ts';
import type { RetryPolicy } from '../policies/retry-policy.ts';
import type { Clock, Logger, RetryInfo } from '../types.ts';

/** Options of `createClient`. Every one has a default: `createClient()` reads the environment. */
export interface ClientOptions {
  /**
   * The API key, sent as a bearer token (never logged, never sent with a download). Required
   * before the first request, not at creation.
   * @default env.EVOLINK_API_KEY
   * @example process.env.MY_EVOLINK_KEY
   */
  apiKey?: string;
  /**
   * The API origin.
   * @default env.EVOLINK_BASE_URL, else 'https://api.evolink.ai'
   * @example sim.url // a local simulator
   */
  baseUrl?: string;
  /**
   * The Files API's origin (`files.upload`). When `baseUrl` (or `EVOLINK_BASE_URL`) is set, that
   * same origin (a simulator or a proxy serves both). Image links on this origin are accepted
   * in `image_urls` as the API's own (so a simulator's http links pass).
   * @default env.EVOLINK_FILES_BASE_URL, else the set `baseUrl`, else 'https://files-api.evolink.ai'
   */
  filesBaseUrl?: string;
  /**
   * The environment the defaults above are read from.
   * @default process.env
   * @example {} // ignore the environment (tests)
   */
  env?: Record<string, string | undefined>;
  /**
   * Per attempt: how long to wait for response headers, in ms; then a `TimeoutError` (retried).
   * @default 30_000
   */
  headersTimeoutMs?: number;
  /**
   * How long a paid create (`POST /v1/videos/generations`) waits for its answer, in ms: the
   * vendor's own client waits 120 s for it. A create that times out has an unknown outcome
   * (it may exist and be charged); it is resolved by its Idempotency-Key, never a new one.
   * @default 120_000
   */
  createTimeoutMs?: number;
  /**
   * Per attempt: the longest silence while reading a body, in ms; then a `TimeoutError`.
   * @default 60_000
   */
  bodyTimeoutMs?: number;
  /**
   * Retries per request after the first attempt on network errors, timeouts, 408, 500, 502,
   * 503 and 504. A 429 does not spend these: see `rateLimitMaxWaitMs`. `0` disables retries of
   * every kind (429s included) everywhere, downloads included.
   * @default 3
   * @example 0 // fail fast
   */
  maxRetries?: number;
  /**
   * Longest total time one request waits on rate limiting, in ms, before its `RateLimitError`
   * is thrown. After a 429 (create, query or download, each class on its own) every later
   * request of that class of this client waits until the `Retry-After` (capped at
   * `retry.maxRetryAfterMs`) has passed, then they go one at a time until one gets through;
   * without the header, the class is paced at the spacing it learns (`retry.pace`). A request
   * whose wait would pass this limit fails at once.
   * @default 900_000 (15 min)
   */
  rateLimitMaxWaitMs?: number;
  /**
   * Back-off and Retry-After cap.
   * @default { baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 }
   * @example { baseDelayMs: 1000 }
   */
  retry?: RetryPolicy;
  /**
   * How `tasks.wait` spaces its queries.
   * @default adaptivePolling()
   * @example fixedInterval(8000) // the classic loop
   */
  pollPolicy?: PollPolicy;
  /**
   * Default overall limit of `tasks.wait`, in ms.
   * @default 1_800_000 (30 min)
   */
  waitTimeoutMs?: number;
  /**
   * The undici dispatcher every request goes through.
   * @default a keep-alive `Agent` (30 s idle sockets), made on the first request
   * @example new ProxyAgent('http://proxy.internal:3128')
   */
  dispatcher?: Dispatcher;
  /**
   * Time and sleep; every wait and back-off of the client goes through it.
   * @default the system clock (`Date.now` and an abortable timer)
   * @example sim.clock // a simulator's accelerated clock
   */
  clock?: Clock;
  /**
   * Log sink.
   * @default undefined (no logging)
   * @example { warn: (message, fields) => console.warn(message, fields) }
   */
  logger?: Logger;
  /**
   * Called before each retry sleep.
   * @default undefined
   * @example ({ request, attempt, delayMs, error }) => console.warn(request, attempt, delayMs, error.message)
   */
  onRetry?: (info: RetryInfo) => void;
  /**
   * Accept http/loopback `callback_url`s and result links (local tests only). Result links on
   * the `baseUrl`'s own origin are accepted without it.
   * @default false
   */
  allowInsecureCallbacks?: boolean;
  /**
   * Models of your own, added to core's `models` (one of the same name is replaced) for this
   * client only: `client.models`, `client.validateRequest` and `client.estimateCredits` use
   * them, and `videos.create` validates against them.
   * @default [] (core's `models` only)
   */
  models?: readonly ModelSpec[];
  /**
   * Idempotency-Key generator.
   * @default crypto.randomUUID
   */
  randomUUID?: () => string;
  /**
   * Opens the file a download writes into, chunk by chunk; tests inject disk faults.
   * @default `fs.openSync`, then `fs.writeSync` per chunk
   */
  openDownloadFile?: OpenDownloadFile;
}
