import { describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { InternalServerError, NotFoundError, RateLimitError } from '../errors/api-error.ts';
import { adaptivePolling, fixedInterval } from '../policies/poll-policy.ts';
import type { Clock, Task } from '../types.ts';
import { type WaitSettings, waitForTask } from './wait-for-task.ts';

const task = (status: Task['status'], extra: Partial<Task> = {}): Task => ({
  id: 't1',
  model: 'sora-2',
  status,
  progress: status === 'completed' ? 100 : 0,
  created: 0,
  ...(status === 'completed' && { results: ['https://files.example/t1.mp4'] }),
  ...extra,
});

const unavailable = (retryAfterMs?: number) =>
  new InternalServerError({ status: 503, message: 'busy', retryAfterMs });
const rateLimited = (retryAfterMs?: number) =>
  new RateLimitError({
    status: 429,
    code: 'rate_limit_exceeded',
    message: 'slow down',
    retryAfterMs,
  });

/** A fake clock that records every sleep and advances by it. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** Settings whose `get` answers from `answers` in order (an Error is thrown). */
function settings(answers: Array<Task | Error>, clock = fakeClock()) {
  const gets: number[] = [];
  const s: WaitSettings = {
    get: async () => {
      gets.push(clock.now());
      const next = answers.shift();
      if (!next) throw new Error('queried after the end of the script');
      if (next instanceof Error) throw next;
      return next;
    },
    clock,
    policy: fixedInterval(2000),
    timeoutMs: 600_000,
    signal: undefined,
    onProgress: undefined,
    maxSlowDownMs: 60_000,
  };
  return { s, clock, gets };
}

describe('waitForTask', () => {
  it('slows down when the very first query of a wait by id is rate limited', async () => {
    const { s, clock, gets } = settings([rateLimited(5000), task('completed')]);
    const done = await waitForTask('t1', s);
    expect(done.status).toBe('completed');
    expect(gets).toEqual([0, 5000]); // queried at once, then after the server's Retry-After
    expect(clock.sleeps).toEqual([5000]);
  });

  it('asks again on the rhythm of the policy after a refusal without Retry-After, never backing off', async () => {
    const { s, clock } = settings([
      rateLimited(),
      rateLimited(),
      unavailable(),
      task('processing', { progress: 10 }),
      task('completed'),
    ]);
    await waitForTask('t1', s);
    // The first query at once, then each refusal followed by the policy's 2 s: no doubling.
    expect(clock.sleeps).toEqual([2000, 2000, 2000, 2000]);
  });

  it('honours a Retry-After (429 or 503) and asks again as soon as it has passed, up to 30 s', async () => {
    const { s, gets } = settings([
      rateLimited(7000),
      unavailable(12_000),
      rateLimited(300_000),
      rateLimited(0),
      task('completed'),
    ]);
    await waitForTask('t1', s);
    expect(gets).toEqual([0, 7000, 19_000, 49_000, 50_000]);
  });

  it('restarts the rhythm of the bound where a Retry-After ends', async () => {
    const { s, gets } = settings([rateLimited(5000), task('pending'), task('completed')]);
    s.policy = adaptivePolling();
    await waitForTask(task('pending'), s);
    expect(gets).toEqual([8000, 13_000, 21_000]);
  });

  it('tells onRetry of each refused query and how long it waits to ask again', async () => {
    const { s } = settings([rateLimited(7000), unavailable(), task('completed')]);
    const told: Array<{ attempt: number; delayMs: number; status: number }> = [];
    s.onRetry = (info) =>
      told.push({
        attempt: info.attempt,
        delayMs: info.delayMs,
        status: (info.error as RateLimitError).status,
      });
    await waitForTask('t1', s);
    expect(told).toEqual([
      { attempt: 1, delayMs: 7000, status: 429 },
      { attempt: 2, delayMs: 2000, status: 503 },
    ]);
  });

  it('stretches gaps on a clock that ticks between two readings (as the system clock does)', async () => {
    let now = 0;
    const clock: Clock & { sleeps: number[] } = {
      sleeps: [],
      now: () => (now += 1), // every reading a millisecond later
      sleep: async (ms) => {
        clock.sleeps.push(ms);
        now += ms;
      },
    };
    const linear = (p: number) => task('processing', { progress: p });
    const answers = [linear(8), linear(16), linear(24), linear(64), linear(98), task('completed')];
    const { s } = settings(answers, clock);
    s.policy = adaptivePolling();
    await waitForTask(linear(0), s);
    expect(Math.max(...clock.sleeps)).toBeGreaterThan(8000);
  });

  it('never fails a wait on refusals, however many', async () => {
    const { s } = settings([...Array.from({ length: 50 }, () => rateLimited()), task('completed')]);
    await expect(waitForTask('t1', s)).resolves.toMatchObject({ status: 'completed' });
  });

  it('uses the policy between ordinary polls, starting from a task in hand', async () => {
    const { s, clock, gets } = settings([task('processing'), task('completed')]);
    const seen: string[] = [];
    s.onProgress = (t) => seen.push(t.status);
    await waitForTask(task('pending'), s);
    expect(gets).toEqual([2000, 4000]);
    expect(clock.sleeps).toEqual([2000, 2000]);
    expect(seen).toEqual(['pending', 'processing', 'completed']);
  });

  it('still fails at once on errors other than 429', async () => {
    const { s } = settings([new NotFoundError({ status: 404, message: 'no such task' })]);
    await expect(waitForTask('t1', s)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('completes over HTTP when the first query of tasks.wait(id) gets a 429', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [{ on: 'query', fault: 'status', status: 429, at: [1], retryAfterSeconds: 5 }],
      },
    });
    const { client, retries } = testClient(sim, { maxRetries: 0 });
    const created = await client.videos.create({ model: 'sora-2', prompt: 'x sim:seconds=2' });
    const done = await client.tasks.wait(created.id);
    expect(done.status).toBe('completed');
    expect(sim.stats().rateLimited).toBe(1);
    expect(retries.map((r) => r.delayMs)).toEqual([5000]); // the wait's own, told to onRetry
  });
});
