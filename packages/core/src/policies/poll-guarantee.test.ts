import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Behaviour,
  behaviour,
  progressAt,
  quietBehaviour,
  signalFree,
  taskAt,
} from '../internal/test-task-service.ts';
import { waitForTask } from '../internal/wait-for-task.ts';
import type { Clock } from '../types.ts';
import { adaptivePolling } from './poll-policy.ts';

// The guarantee of `tasks.wait` with the default policy, as a property over generated service
// behaviours, on a fake clock (no real time): the real wait loop and the real policy, a fake
// service that answers each query from the behaviour at the time it is sent, after a
// response time of its own.
const BOUND = 8000;
const CAP = 5 * BOUND;
const MAX_RETRY_AFTER = 30_000;
/** Sleeps are differences of clock times: allow for the rounding of their sums. */
const EPSILON = 1e-6;
const RUNS = Number(process.env.POLL_PROPERTY_RUNS ?? 400);

interface Query {
  sentAt: number;
  answeredAt: number;
  refused?: { retryAfterMs: number | undefined };
  progress?: number;
  completed?: boolean;
}

/** Runs one wait against `b`; returns every query, the sleeps before each, and the lag. */
async function run(b: Behaviour) {
  let now = 0;
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
  const queries: Query[] = [];
  const done = await waitForTask(taskAt(b, 0, true), {
    clock,
    policy: adaptivePolling(),
    timeoutMs: b.finishMs + 3_600_000,
    signal: undefined,
    onProgress: undefined,
    maxSlowDownMs: 60_000,
    get: async () => {
      const sentAt = now;
      now += b.responseMs[queries.length % b.responseMs.length] as number;
      const q: Query = { sentAt, answeredAt: now };
      queries.push(q);
      try {
        const task = taskAt(b, sentAt);
        q.progress = task.progress;
        q.completed = task.status === 'completed';
        return task;
      } catch (error) {
        q.refused = { retryAfterMs: (error as { retryAfterMs?: number }).retryAfterMs };
        throw error;
      }
    },
  });
  expect(done.status).toBe('completed');
  const last = queries.at(-1) as Query;
  expect(last.completed).toBe(true);
  // sleeps[i]: from the answer before query i (the create's at 0) to its sending.
  const sleeps = queries.map(
    (q, i) => q.sentAt - (i === 0 ? 0 : (queries[i - 1] as Query).answeredAt),
  );
  return { queries, sleeps, lag: last.answeredAt - b.finishMs };
}

/** The answered query before which the finish fell, and what the wait may add after it. */
function lagAllowance(queries: Query[], sleeps: number[], finishMs: number, gap: number) {
  // The last answered query sent before the finish (or the create).
  let from = -1;
  queries.forEach((q, i) => {
    if (q.sentAt < finishMs && !q.refused) from = i;
  });
  // The finish may come while that query's answer (of the state when it was sent) travels;
  // after it: one sleep of at most `gap`, then refusals (each its response and its sleep),
  // then the answer that shows the finish (its response time).
  let allowance = gap + Math.max(0, (queries[from]?.answeredAt ?? 0) - finishMs);
  for (let i = from + 1; i < queries.length; i++) {
    const q = queries[i] as Query;
    allowance += q.answeredAt - q.sentAt;
    if (q.refused) allowance += sleeps[i + 1] as number;
  }
  return allowance;
}

/**
 * The first answer that shows, beyond doubt, that a progress that was the only signal went
 * wrong: lower than an earlier one, or off every steady rate the answers before the break
 * allow, each within 3 points (the policy's own tolerance), their response times included.
 * Judged only when the answers before the break moved 10 points or more.
 */
function revealedAt(b: Behaviour, queries: Query[]): number | undefined {
  if (b.progress.kind !== 'breaks') return undefined;
  const pendingMs = b.pendingShare * b.finishMs;
  const breakMs = pendingMs + b.progress.at * (b.finishMs - pendingMs);
  const seen = queries.filter((q) => !q.refused && !q.completed && q.progress !== undefined);
  const before = seen.filter((q) => q.sentAt >= pendingMs && q.sentAt < breakMs);
  const first = before[0];
  const last = before.at(-1);
  if (!first || !last || (last.progress as number) - (first.progress as number) < 10) {
    return undefined;
  }
  // Rates (points per ms) a line within 3 points of both can have, times blurred by responses.
  const moved = (last.progress as number) - (first.progress as number);
  const slowest = (moved - 6) / (last.answeredAt - first.sentAt);
  const fastest = (moved + 6) / Math.max(1, last.sentAt - first.answeredAt);
  let highest = 0;
  for (const q of seen) {
    const v = q.progress as number;
    const i = queries.indexOf(q);
    if (v < highest) return i;
    highest = Math.max(highest, v);
    if (q.sentAt < breakMs) continue;
    const low = (last.progress as number) - 6 + slowest * (q.sentAt - last.answeredAt);
    const high = (last.progress as number) + 6 + fastest * (q.answeredAt - last.sentAt);
    if (v < low || v > high) return i;
  }
  return undefined;
}

describe('tasks.wait: never later than a fixed loop of the bound, whatever the service says', () => {
  it('bounds every gap and the lag; Retry-After is honoured, then the wait resumes at once', async () => {
    let quiet = 0;
    await fc.assert(
      // Any behaviour, and as many that carry no signal at all (rare among any).
      fc.asyncProperty(fc.oneof(behaviour, quietBehaviour), async (b) => {
        const { queries, sleeps, lag } = await run(b);
        const free = signalFree(b);
        if (free) quiet += 1;
        for (const [i, sleep] of sleeps.entries()) {
          const before = queries[i - 1];
          if (before?.refused?.retryAfterMs !== undefined) {
            // Honoured, capped, and no longer: the wait resumes as soon as it has passed.
            const ra = before.refused.retryAfterMs;
            expect(sleep).toBeCloseTo(Math.max(1000, Math.min(ra, MAX_RETRY_AFTER)), 6);
          } else if (before?.refused) {
            expect(sleep).toBeGreaterThanOrEqual(1000);
            expect(sleep).toBeLessThanOrEqual(BOUND + EPSILON);
          } else {
            // No trusted signal: the bound. A trusted one: at most the cap.
            expect(sleep).toBeLessThanOrEqual((free ? BOUND : CAP) + EPSILON);
          }
        }
        // Lag, from the finish to the answer that shows it: within the bound (the cap, once,
        // when a trusted signal was wrong), plus response times and refusals after it.
        expect(lag).toBeGreaterThanOrEqual(0);
        expect(lag).toBeLessThanOrEqual(
          lagAllowance(queries, sleeps, b.finishMs, free ? BOUND : CAP) + EPSILON,
        );
      }),
      { numRuns: RUNS },
    );
    expect(quiet).toBeGreaterThan(RUNS / 4);
  });

  it('distrusts for the rest of the task a progress that was wrong once: the bound again', async () => {
    const breaks = fc.record({
      kind: fc.constant('breaks' as const),
      at: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
      how: fc.constantFrom(
        'stall' as const,
        'reset' as const,
        'back' as const,
        'crawl' as const,
        'leap' as const,
      ),
    });
    // Progress is the only signal: the rest says nothing.
    const breaking = fc.tuple(quietBehaviour, breaks).map(([b, progress]) => ({ ...b, progress }));
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(breaking, async (b) => {
        const { queries, sleeps } = await run(b);
        const at = revealedAt(b, queries);
        if (at === undefined) return;
        judged += 1;
        for (let i = at + 1; i < sleeps.length; i++) {
          if (queries[i - 1]?.refused) continue;
          expect(sleeps[i]).toBeLessThanOrEqual(BOUND + EPSILON);
        }
      }),
      { numRuns: RUNS },
    );
    // Enough of the runs broke visibly for the property to mean something.
    expect(judged).toBeGreaterThan(RUNS / 4);
  });

  it('stretches gaps when a signal predicts well, so the bound is no floor on polls', async () => {
    const b: Behaviour = {
      finishMs: 1_200_000,
      pendingShare: 0.05,
      foreign: false,
      progress: { kind: 'linear', top: 99, asString: false },
      estimate: { kind: 'none' },
      queue: { kind: 'none' },
      refusals: [],
      responseMs: [200],
    };
    const { queries, sleeps, lag } = await run(b);
    expect(Math.max(...sleeps)).toBeGreaterThan(BOUND);
    expect(queries.length).toBeLessThan(1_200_000 / BOUND / 2);
    expect(lag).toBeLessThanOrEqual(1200);
    expect(progressAt(b.progress, 0.5, 0)).toBe(49);
  });
});
