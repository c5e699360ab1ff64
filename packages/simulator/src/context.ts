import type { KeyTable } from './account/auth.ts';
import type { Ledger } from './account/credits.ts';
import type { SimClock } from './clock.ts';
import type { FaultInjector } from './faults/faults.ts';
import type { FileStore } from './files/file-store.ts';
import type { RateLimiter } from './http/rate-limiter.ts';
import type { ModelLifecycleOverride, UnavailableReason } from './options.ts';
import type { SimStats } from './stats.ts';
import type { TaskStore } from './tasks/tasks.ts';

/** Everything a request handler needs, built once per simulator. */
export interface SimContext {
  clock: SimClock;
  keys: KeyTable;
  ledger: Ledger;
  tasks: TaskStore;
  /** Files uploaded through the Files API. */
  files: FileStore;
  faults: FaultInjector;
  limits: { create: RateLimiter; query: RateLimiter };
  retryAfterHeader: boolean;
  allowInsecureCallbacks: boolean;
  /** Models refused as unavailable (option `unavailableModels`). */
  unavailableModels: Readonly<Record<string, UnavailableReason>>;
  /** Health statuses `GET /v1/catalog/health` reports (option `modelHealth`). */
  modelHealth: Readonly<Record<string, string>>;
  /** Lifecycles `GET /v1/catalog/models` states over the snapshot's (option `modelLifecycle`). */
  modelLifecycle: Readonly<Record<string, ModelLifecycleOverride>>;
  /** Entries `GET /v1/catalog/pricing` serves beside the snapshot's (option `catalogPrices`). */
  catalogPrices: readonly Record<string, unknown>[];
  resultBytes: number | undefined;
  resultTtlMs: number;
  redirectResults: boolean;
  /** Origin of the second listener that serves signed result URLs (the "CDN"). */
  cdnUrl: () => string;
  counters: Omit<SimStats, 'tasks' | 'now'>;
  /** `${apiKey}\0${idempotencyKey}` → the body and task of the first create with it. */
  idempotency: Map<string, { bodyKey: string; taskId: string }>;
  /** Canonical bodies of paid creates, for `duplicatePaidBodies`. */
  paidBodies: Set<string>;
  /** The base URL clients reached (result links use it). */
  baseUrl(): string;
  /** Aborted when the simulator closes (ends stalls and callback retries). */
  closing: AbortSignal;
}
