import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildKeyTable } from './account/auth.ts';
import { Ledger } from './account/credits.ts';
import { createSimClock } from './clock.ts';
import type { SimContext } from './context.ts';
import { FaultInjector } from './faults.ts';
import { FileStore } from './files/file-store.ts';
import { RateLimiter } from './http/rate-limiter.ts';
import { DEFAULT_BALANCE, type SimulatorOptions } from './options.ts';
import { createRandom } from './random.ts';
import { createCdnHandler, createHandler } from './server.ts';
import { emptyStats, type SimStats } from './stats.ts';
import { deliverCallback } from './tasks/callbacks.ts';
import { taskBody } from './tasks/task-body.ts';
import { endsUnpaid, taskStatus } from './tasks/task-record.ts';
import { TaskStore } from './tasks/tasks.ts';

export interface Simulator {
  /** Base URL, e.g. http://127.0.0.1:41234 (the API is under /v1). */
  url: string;
  /** The same JSON as GET /__sim/stats. */
  stats(): SimStats;
  /** Simulated time in ms; `sleep(ms)` waits ms of simulated time (ms / timeScale real). */
  clock: { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void> };
  close(): Promise<void>;
}

/** Starts a simulator listening on `options.host:options.port`. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = createSimClock({
    timeScale: options.timeScale ?? 1,
    start: options.startTime,
    realNow: options.realNow,
  });
  const random = createRandom(options.seed ?? 1);
  const ledger = new Ledger(options.balance ?? DEFAULT_BALANCE);
  const closing = new AbortController();
  const callbacksInFlight = new Set<Promise<unknown>>();
  const fetchImpl = options.fetch ?? fetch;
  let baseUrl = '';
  let cdnUrl = '';

  const counters = emptyStats();
  const tasks = new TaskStore(
    clock,
    random,
    (task) => {
      if (endsUnpaid(task)) ledger.refund(task.apiKey, task.credits);
      if (task.callbackUrl) {
        const delivery = deliverCallback(task.callbackUrl, taskBody(task, task.finishAt, baseUrl), {
          clock,
          fetch: fetchImpl,
          signal: closing.signal,
          onAttempt: (ok) => {
            counters.callbacks.attempts++;
            if (ok) counters.callbacks.delivered++;
          },
        });
        callbacksInFlight.add(delivery);
        void delivery.finally(() => callbacksInFlight.delete(delivery));
      }
    },
    {
      ...(options.progressProfile !== undefined && { progressProfile: options.progressProfile }),
      ...(options.estimateFactor !== undefined && { estimateFactor: options.estimateFactor }),
    },
  );

  const ctx: SimContext = {
    clock,
    keys: buildKeyTable(options.apiKeys),
    ledger,
    tasks,
    files: new FileStore({
      random: createRandom((options.seed ?? 1) + 2),
      now: clock.now,
      ttlMs: (options.files?.ttlSeconds ?? 259_200) * 1000,
      quota: options.files?.quota ?? 2000,
      maxBytes: options.files?.maxBytes ?? 100 * 1024 * 1024,
    }),
    faults: new FaultInjector(options.faults, createRandom((options.seed ?? 1) + 1)),
    limits: {
      create: new RateLimiter(options.rateLimit?.create, clock.now),
      query: new RateLimiter(options.rateLimit?.query, clock.now),
    },
    retryAfterHeader: options.retryAfterHeader ?? true,
    allowInsecureCallbacks: options.allowInsecureCallbacks ?? false,
    unavailableModels: options.unavailableModels ?? {},
    resultBytes: options.resultBytes,
    resultTtlMs: (options.resultTtlSeconds ?? 86_400) * 1000,
    redirectResults: options.redirectResults ?? false,
    cdnUrl: () => cdnUrl,
    counters,
    idempotency: new Map(),
    paidBodies: new Set(),
    baseUrl: () => baseUrl,
    closing: closing.signal,
  };

  const stats = (): SimStats => ({
    ...structuredClone(counters),
    now: clock.now(),
    tasks: tasks.all().map((t) => ({
      id: t.id,
      model: t.model.name,
      status: taskStatus(t, clock.now()).status,
      createdAt: t.createdAt,
      ...(t.finishedAt === undefined ? {} : { finishedAt: t.finishedAt }),
      ...(t.firstSeenFinishedAt === undefined
        ? {}
        : { firstSeenFinishedAt: t.firstSeenFinishedAt }),
      queries: t.queries,
      credits: t.credits,
    })),
  });

  const handler = createHandler(ctx, stats);
  const server = createServer((req, res) => void handler(req, res));
  const cdnHandler = createCdnHandler(ctx);
  const cdn = createServer((req, res) => void cdnHandler(req, res));
  const host = options.host ?? '127.0.0.1';
  const origin = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  baseUrl = origin(await listen(server, options.port ?? 0, host));
  cdnUrl = origin(await listen(cdn, 0, host));

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl,
    stats,
    clock: { now: clock.now, sleep: clock.sleep },
    close() {
      closed ??= (async () => {
        closing.abort(new Error('simulator closed'));
        tasks.close();
        const done = [server, cdn].map(
          (s) => new Promise<void>((resolve) => s.close(() => resolve())),
        );
        server.closeAllConnections();
        cdn.closeAllConnections();
        await Promise.all(done);
        await Promise.allSettled([...callbacksInFlight]);
      })();
      return closed;
    },
  };
}

/** Listens on `port` (0: any) and resolves the port it got. */
function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
