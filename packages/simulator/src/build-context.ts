import { buildKeyTable } from './account/auth.ts';
import { Ledger } from './account/credits.ts';
import type { SimClock } from './clock.ts';
import type { SimContext } from './context.ts';
import { FaultInjector } from './faults/faults.ts';
import { FileStore } from './files/file-store.ts';
import { RateLimiter } from './http/rate-limiter.ts';
import { DEFAULT_BALANCE, type SimulatorOptions } from './options.ts';
import { createRandom } from './random.ts';
import { emptyStats } from './stats.ts';
import { deliverCallback } from './tasks/callbacks.ts';
import { taskBody } from './tasks/task-body.ts';
import { endsUnpaid, type TaskRecord } from './tasks/task-record.ts';
import { TaskStore } from './tasks/tasks.ts';

/** What a running simulator shares with its context: its clock, its end, its addresses. */
export interface Runtime {
  clock: SimClock;
  /** Aborted when the simulator closes. */
  closing: AbortSignal;
  /** Callback deliveries not finished yet (awaited on close). */
  callbacksInFlight: Set<Promise<unknown>>;
  /** The two listeners' origins, known once they listen. */
  urls: { base: string; cdn: string };
}

/** The context every handler gets: `options` with their defaults, and the stores. */
export function buildContext(options: SimulatorOptions, rt: Runtime): SimContext {
  const { clock } = rt;
  const seed = options.seed ?? 1;
  const ledger = new Ledger(options.balance ?? DEFAULT_BALANCE);
  const counters = emptyStats();
  const tasks = new TaskStore(
    clock,
    createRandom(seed),
    whenFinished(rt, { ledger, counters, fetch: options.fetch ?? fetch }),
    {
      ...(options.progressProfile !== undefined && { progressProfile: options.progressProfile }),
      ...(options.estimateFactor !== undefined && { estimateFactor: options.estimateFactor }),
    },
  );
  return {
    clock,
    keys: buildKeyTable(options.apiKeys),
    ledger,
    tasks,
    files: new FileStore({
      random: createRandom(seed + 2),
      now: clock.now,
      ttlMs: (options.files?.ttlSeconds ?? 259_200) * 1000,
      quota: options.files?.quota ?? 2000,
      maxBytes: options.files?.maxBytes ?? 100 * 1024 * 1024,
    }),
    faults: new FaultInjector(options.faults, createRandom(seed + 1)),
    limits: {
      create: new RateLimiter(options.rateLimit?.create, clock.now),
      query: new RateLimiter(options.rateLimit?.query, clock.now),
    },
    retryAfterHeader: options.retryAfterHeader ?? true,
    allowInsecureCallbacks: options.allowInsecureCallbacks ?? false,
    unavailableModels: options.unavailableModels ?? {},
    modelHealth: options.modelHealth ?? {},
    modelLifecycle: options.modelLifecycle ?? {},
    catalogPrices: options.catalogPrices ?? [],
    resultBytes: options.resultBytes,
    resultTtlMs: (options.resultTtlSeconds ?? 86_400) * 1000,
    redirectResults: options.redirectResults ?? false,
    cdnUrl: () => rt.urls.cdn,
    counters,
    idempotency: new Map(),
    paidBodies: new Set(),
    baseUrl: () => rt.urls.base,
    closing: rt.closing,
  };
}

/** When a task ends: refund what ended unpaid, and deliver its callback, if it has one. */
function whenFinished(
  rt: Runtime,
  d: { ledger: Ledger; counters: SimContext['counters']; fetch: typeof fetch },
): (task: TaskRecord) => void {
  return (task) => {
    if (endsUnpaid(task)) d.ledger.refund(task.apiKey, task.credits);
    if (!task.callbackUrl) return;
    const delivery = deliverCallback(
      task.callbackUrl,
      taskBody(task, task.finishAt, rt.urls.base),
      {
        clock: rt.clock,
        fetch: d.fetch,
        signal: rt.closing,
        onAttempt: (ok) => {
          d.counters.callbacks.attempts++;
          if (ok) d.counters.callbacks.delivered++;
        },
      },
    );
    rt.callbacksInFlight.add(delivery);
    void delivery.finally(() => rt.callbacksInFlight.delete(delivery));
  };
}
