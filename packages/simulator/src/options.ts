import type { FaultSpec } from './faults/faults.ts';
import type { ProgressProfile } from './tasks/progress-profiles.ts';

/** The key accepted when `apiKeys` is not given. Public on purpose: it only opens the local simulator. */
export const DEFAULT_API_KEY = 'sk-sim-clipwright-demo';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in simulated seconds. */
  windowSeconds: number;
}

/** How an unavailable model is refused. */
export type UnavailableReason = 'access' | 'not_found' | 'deprecated';

export interface SimulatorOptions {
  /** TCP port; 0 picks a free one. Default 0. */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string;
  /** Simulated-to-real speed: 100 makes processing, timestamps, expiry and Retry-After 100x faster. Default 1. */
  timeScale?: number;
  /** Accepted keys, and for each the models it may use ('*' = all). Default `[DEFAULT_API_KEY]` with all models. */
  apiKeys?: string[] | Record<string, string[] | '*'>;
  /** Seed of every random choice (ids, processing times, fault probabilities). Default 1. */
  seed?: number;
  /** Injected faults; see the README "Faults". Default none. */
  faults?: FaultSpec;
  /** Per-key rate limits for create and for query. Default none (unlimited). */
  rateLimit?: { create?: RateLimitRule; query?: RateLimitRule };
  /** Send `Retry-After` on 429 answers. Default true. */
  retryAfterHeader?: boolean;
  /** How processing tasks report progress, unless a prompt says `sim:progress=`. Default 'linear'. */
  progressProfile?: ProgressProfile;
  /** `estimated_time` is this multiple of the honest estimate, unless a prompt says `sim:estimate=`. Default 1. */
  estimateFactor?: number;
  /** Starting credits of each key. Default 1 000 000. */
  balance?: number;
  /** Pad every result MP4 to this many bytes (a trailing `free` box, streamed). Default: no padding. */
  resultBytes?: number;
  /** Allow http and loopback/internal `callback_url`s, which the real service forbids (tests). Default false. */
  allowInsecureCallbacks?: boolean;
  /** How long result URLs and tasks live, in simulated seconds. Default 86 400 (24 h, as documented). */
  resultTtlSeconds?: number;
  /**
   * Every result URL answers 302 to a signed URL on a second listener (another origin, like a
   * CDN), as `sim:redirect-result` does for one task. Default `false`.
   */
  redirectResults?: boolean;
  /**
   * Files API limits. `ttlSeconds`: how long an uploaded file and its links live (simulated;
   * default 259 200, the documented 72 h). `quota`: files one key may hold at once (default
   * 2000, the docs' default user group; the vendor's client says 100). `maxBytes`: the largest
   * upload (default 100 MiB, the vendor's client's limit; the docs give none). A video create
   * takes at most 10 MB per image whatever this says.
   */
  files?: { ttlSeconds?: number; quota?: number; maxBytes?: number };
  /** Simulated time at start, ms since epoch. Default `Date.now()`. */
  startTime?: number;
  /**
   * Models refused as "not available to you", each with how (exercises model fallbacks): 403
   * `model_access_denied`, 404 `model_not_found`, or 400 `model_deprecated` (that code is
   * our assumption). Refused before any credit is reserved. A prompt can do the same with
   * `sim:unavailable=<model>`. Default none.
   */
  unavailableModels?: Record<string, UnavailableReason>;
  /**
   * What `GET /v1/catalog/health` reports per model id (e.g. `{ 'veo3.1-fast': 'unavailable' }`);
   * every other listed model is `healthy`. Health only: creates are not refused by it (use
   * `unavailableModels`). Default none.
   */
  modelHealth?: Record<string, string>;
  /**
   * A model's lifecycle as `GET /v1/catalog/models` states it, over the committed snapshot's
   * (e.g. `{ 'sora-2-pro-preview': { lifecycle: 'retired' } }`: a model retired since the
   * snapshot). A model the snapshot does not list is added. Catalog only: creates are not
   * refused by it (use `unavailableModels`). Default none.
   */
  modelLifecycle?: Record<string, ModelLifecycleOverride>;
  /**
   * Entries `GET /v1/catalog/pricing` serves beside the committed snapshot's, in the vendor's
   * shape (e.g. `{ sku_id, model_id, role: 'output', currency: 'USD', unit: 'second', price:
   * '0.3', effective_at }`): a price on that endpoint only. Creates are charged as before.
   * Default none.
   */
  catalogPrices?: Record<string, unknown>[];
  /**
   * The monotonic real clock (ms) simulated time runs from. Tests pass one that moves only when
   * told, so nothing they assert depends on real milliseconds. Default `performance.now`.
   */
  realNow?: () => number;
  /** `fetch` used for callbacks. Default the global `fetch`. */
  fetch?: typeof fetch;
}

/** What `modelLifecycle` sets for one model. */
export interface ModelLifecycleOverride {
  lifecycle: 'preview' | 'active' | 'deprecated' | 'retired';
  /** ISO date the model stops working. @default null */
  deprecates_at?: string | null;
}

/** Default starting balance per key. */
export const DEFAULT_BALANCE = 1_000_000;
