import type { Dispatcher } from 'undici';
import type { RetryPolicy } from '../policies/retry-policy.ts';
import type { Clock, Logger, RetryInfo } from '../types.ts';
import type { RateLimitGate } from './rate-limit-gate.ts';

/** What every request of one client shares. */
export interface HttpSettings {
  baseUrl: string;
  apiKey: () => string;
  /** The connection pool, made (and undici loaded) on the first request. */
  dispatcher: () => Promise<Dispatcher>;
  headersTimeoutMs: number;
  /** The headers timeout of a paid create (`POST /v1/videos/generations`). */
  createTimeoutMs: number;
  bodyTimeoutMs: number;
  maxRetries: number;
  /** Longest total wait of one request on rate limiting (429s) before its RateLimitError. */
  rateLimitMaxWaitMs: number;
  retry: RetryPolicy;
  clock: Clock;
  logger: Logger;
  onRetry: ((info: RetryInfo) => void) | undefined;
  /** One rate-limit gate per request class (method + path template), made on first use. */
  gates: Map<string, RateLimitGate>;
}
