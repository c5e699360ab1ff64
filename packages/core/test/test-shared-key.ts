import { createRandom } from '@clipwright/simulator';
import type { Dispatcher } from 'undici';
import { RateLimitError } from '../src/errors/api-error.ts';
import type { HttpSettings } from '../src/internal/http-settings.ts';
import { withRetries } from '../src/internal/with-retries.ts';
import { manualClock } from './test-manual-clock.ts';

/** Clients sharing one key with a fixed-window create limit that answers 429 without Retry-After. */
export interface SharedKeyCase {
  limit: number;
  windowMs: number;
  /** Per client: its start (ms after the first), its tasks' lengths (ms), its concurrency. */
  clients: { startMs: number; tasksMs: number[]; concurrency: number }[];
  /** Seed of the clients' jitter. */
  seed: number;
}

export interface SharedKeyRun {
  accepted: number;
  refused: number;
  failed: number;
  /** From the first client's start to the last task's end. */
  makespanMs: number;
  /** Each client's start to its end. */
  lifetimesMs: number[];
  /** Creates let through by each window, in order. */
  perWindow: number[];
}

/**
 * Runs every client's tasks (create through `withRetries` and the client's own gates, then the
 * task's length) against the shared limit, on a manual clock moved in `stepMs` steps. Each
 * client has its own settings and gates (no shared state), like the shards of a matrix.
 */
export async function runSharedKey(c: SharedKeyCase, stepMs = 250): Promise<SharedKeyRun> {
  const clock = manualClock(0);
  const random = createRandom(c.seed);
  let window = { start: Number.NEGATIVE_INFINITY, count: 0 };
  const perWindow: number[] = [];
  const out = { accepted: 0, refused: 0, failed: 0 };
  const create = async () => {
    await null; // answered on a later tick, as a server would
    const now = clock.now();
    if (now - window.start >= c.windowMs) {
      if (window.count > 0) perWindow.push(window.count);
      window = { start: now, count: 0 };
    }
    if (window.count >= c.limit) {
      out.refused += 1;
      throw new RateLimitError({ status: 429, message: 'rate limited' });
    }
    window.count += 1;
    out.accepted += 1;
  };
  const client = async (spec: SharedKeyCase['clients'][number]) => {
    await clock.sleep(spec.startMs);
    const started = clock.now();
    const http: HttpSettings = {
      baseUrl: 'http://127.0.0.1:1',
      apiKey: () => 'unused',
      dispatcher: async () => ({}) as Dispatcher,
      headersTimeoutMs: 1000,
      createTimeoutMs: 1000,
      bodyTimeoutMs: 1000,
      maxRetries: 3,
      rateLimitMaxWaitMs: 900_000,
      retry: { random },
      clock,
      logger: {},
      onRetry: undefined,
      gates: new Map(),
    };
    const target = {
      what: 'POST /v1/videos/generations',
      route: 'POST /v1/videos/generations',
      signal: undefined,
      repeatable: true,
      retryRateLimit: true,
    };
    let next = 0;
    const worker = async () => {
      while (next < spec.tasksMs.length) {
        const length = spec.tasksMs[next++] as number;
        try {
          await withRetries(http, target, create);
          await clock.sleep(length);
        } catch {
          out.failed += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: spec.concurrency }, worker));
    return clock.now() - started;
  };
  let done = false;
  const all = Promise.all(c.clients.map(client)).finally(() => {
    done = true;
  });
  while (!done) await clock.advance(stepMs);
  const lifetimesMs = await all;
  if (window.count > 0) perWindow.push(window.count);
  return { ...out, makespanMs: clock.now(), lifetimesMs, perWindow };
}

/**
 * No client can finish sooner: the k-th create (0-based, longest tasks first) comes at least
 * floor(k / limit) windows after the first, and no client runs more than `concurrency` tasks
 * at a time (its tasks, longest first, packed on its slots from the start).
 */
export function sharedKeyLowerBoundMs(c: SharedKeyCase): number {
  const all = c.clients.flatMap((x) => x.tasksMs).sort((a, b) => b - a);
  let bound = 0;
  for (const [k, ms] of all.entries())
    bound = Math.max(bound, Math.floor(k / c.limit) * c.windowMs + ms);
  for (const x of c.clients) {
    const total = x.tasksMs.reduce((a, b) => a + b, 0);
    bound = Math.max(bound, x.startMs + total / x.concurrency);
  }
  return bound;
}
