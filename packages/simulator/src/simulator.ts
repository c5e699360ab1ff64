import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildContext, type Runtime } from './build-context.ts';
import { createSimClock } from './clock.ts';
import type { SimContext } from './context.ts';
import type { SimulatorOptions } from './options.ts';
import { createCdnHandler, createHandler } from './server.ts';
import type { SimStats } from './stats.ts';
import { taskStatus } from './tasks/task-record.ts';

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
  const closing = new AbortController();
  const rt: Runtime = {
    clock,
    closing: closing.signal,
    callbacksInFlight: new Set(),
    urls: { base: '', cdn: '' },
  };
  const ctx = buildContext(options, rt);
  const stats = () => statsOf(ctx);
  const handler = createHandler(ctx, stats);
  const server = createServer((req, res) => void handler(req, res));
  const cdnHandler = createCdnHandler(ctx);
  const cdn = createServer((req, res) => void cdnHandler(req, res));
  const host = options.host ?? '127.0.0.1';
  const origin = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  rt.urls.base = origin(await listen(server, options.port ?? 0, host));
  rt.urls.cdn = origin(await listen(cdn, 0, host));

  let closed: Promise<void> | undefined;
  return {
    url: rt.urls.base,
    stats,
    clock: { now: clock.now, sleep: clock.sleep },
    close() {
      closed ??= (async () => {
        closing.abort(new Error('simulator closed'));
        ctx.tasks.close();
        const done = [server, cdn].map(
          (s) => new Promise<void>((resolve) => s.close(() => resolve())),
        );
        server.closeAllConnections();
        cdn.closeAllConnections();
        await Promise.all(done);
        await Promise.allSettled([...rt.callbacksInFlight]);
      })();
      return closed;
    },
  };
}

/** The counters, the simulated time and every task's summary (`GET /__sim/stats`). */
function statsOf(ctx: SimContext): SimStats {
  const now = ctx.clock.now();
  return {
    ...structuredClone(ctx.counters),
    now,
    tasks: ctx.tasks.all().map((t) => ({
      id: t.id,
      model: t.model.name,
      status: taskStatus(t, ctx.clock.now()).status,
      createdAt: t.createdAt,
      ...(t.finishedAt === undefined ? {} : { finishedAt: t.finishedAt }),
      ...(t.firstSeenFinishedAt === undefined
        ? {}
        : { firstSeenFinishedAt: t.firstSeenFinishedAt }),
      queries: t.queries,
      credits: t.credits,
    })),
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
