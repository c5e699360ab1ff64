import { describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { InternalServerError, RateLimitError } from '../errors/api-error.ts';
import { ConnectionError, TimeoutError } from '../errors/request-errors.ts';

const req = { model: 'sora-2-beta-max', prompt: 'a cat playing piano sim:seconds=20' };

describe('retries over real HTTP', () => {
  it('retries a 429 after the Retry-After the server sent, then succeeds', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [{ on: 'query', fault: 'status', status: 429, at: [1], retryAfterSeconds: 7 }],
      },
    });
    const { client, retries } = testClient(sim, { retry: { random: () => 0 } });
    const created = await client.videos.create(req);
    const task = await client.tasks.get(created.id);
    expect(task.id).toBe(created.id);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.delayMs).toBe(7000);
    expect(retries[0]?.error).toBeInstanceOf(RateLimitError);
  });

  it('caps Retry-After at maxRetryAfterMs', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [{ on: 'query', fault: 'status', status: 429, at: [1], retryAfterSeconds: 600 }],
      },
    });
    const { client, retries } = testClient(sim, { retry: { maxRetryAfterMs: 2000 } });
    const created = await client.videos.create(req);
    await client.tasks.get(created.id);
    expect(retries[0]?.delayMs).toBe(2000);
  });

  it('gives up after maxRetries with InternalServerError; maxRetries 0 means no retry', async () => {
    const sim = await testSimulator({
      faults: { rules: [{ on: 'query', fault: 'status', status: 503, every: 1 }] },
    });
    const { client, retries } = testClient(sim, { maxRetries: 2 });
    const created = await client.videos.create(req);
    const error = await client.tasks.get(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({
      status: 503,
      retryable: true,
      type: 'service_unavailable_error',
    });
    expect(retries).toHaveLength(2);

    const none = testClient(sim, { maxRetries: 0 });
    await expect(none.client.tasks.get(created.id)).rejects.toBeInstanceOf(InternalServerError);
    expect(none.retries).toHaveLength(0);
  });

  it('retries a paid create after a connection reset with the same Idempotency-Key: one task, one charge', async () => {
    const sim = await testSimulator({
      faults: { rules: [{ on: 'create', fault: 'reset-after-create', at: [1] }] },
    });
    const { client, retries } = testClient(sim);
    const task = await client.videos.create(req);
    expect(retries).toHaveLength(1);
    expect(retries[0]?.error).toBeInstanceOf(ConnectionError);
    const stats = sim.stats();
    expect(stats.creates).toBe(1);
    expect(stats.idempotentReplays).toBe(1);
    expect(stats.duplicatePaidBodies).toBe(0);
    expect(stats.tasks.map((t) => t.id)).toEqual([task.id]);
  });

  it('reuses a caller-given Idempotency-Key across calls', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const a = await client.videos.create(req, { idempotencyKey: 'job-1' });
    const b = await client.videos.create(req, { idempotencyKey: 'job-1' });
    expect(b.id).toBe(a.id);
    expect(sim.stats().creates).toBe(1);
  });

  it('raises ConnectionError when every attempt is reset', async () => {
    const sim = await testSimulator({
      faults: { rules: [{ on: 'query', fault: 'reset', every: 1 }] },
    });
    const { client, retries } = testClient(sim, { maxRetries: 1 });
    const created = await client.videos.create(req);
    await expect(client.tasks.get(created.id)).rejects.toBeInstanceOf(ConnectionError);
    expect(retries).toHaveLength(1);
  });

  it('raises TimeoutError when headers do not arrive within headersTimeoutMs', async () => {
    // The simulator holds the answer for 10^9 simulated ms (about 11 real days at 1000x).
    const sim = await testSimulator({
      faults: { rules: [{ on: 'query', fault: 'slow-headers', every: 1, delayMs: 1e9 }] },
    });
    const { client } = testClient(sim, { maxRetries: 0, headersTimeoutMs: 100 });
    const created = await client.videos.create(req);
    await expect(client.tasks.get(created.id)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('paces creates under a create rate limit: no job fails, one 429 per window after the first burst', async () => {
    // 3 creates per 10 simulated seconds; at 100x a window lasts 100 ms, time for a few creates.
    const sim = await testSimulator({
      timeScale: 100,
      rateLimit: { create: { limit: 3, windowSeconds: 10 } },
    });
    const { client, retries } = testClient(sim, { maxRetries: 1 });
    const tasks = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.videos.create({ ...req, prompt: `clip ${i}` })),
    );
    const stats = sim.stats();
    expect(new Set(tasks.map((t) => t.id)).size).toBe(12);
    expect(stats.creates).toBe(12);
    expect(stats.duplicatePaidBodies).toBe(0);
    // The opening burst meets refusals (9 when all 12 land in the first 100 ms window; fewer
    // when a loaded machine spreads them out); the held creates then go one at a time, so each
    // later window costs at most one probe (without the gate: 9 + 6 + 3 and failures).
    expect(stats.rateLimited).toBeGreaterThanOrEqual(1);
    expect(stats.rateLimited).toBeLessThanOrEqual(9 + 3);
    expect(retries.every((r) => r.error instanceof RateLimitError)).toBe(true);
    expect(retries).toHaveLength(stats.rateLimited);
  });

  it('retries a create refused three times with maxRetries 1 (a 429 spends no retry), same key', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [
          { on: 'create', fault: 'status', status: 429, at: [1, 2, 3], retryAfterSeconds: 2 },
        ],
      },
    });
    const { client, retries } = testClient(sim, { maxRetries: 1 });
    const task = await client.videos.create(req, { idempotencyKey: 'job-7' });
    expect(retries.map((r) => r.delayMs)).toEqual([2000, 2000, 2000]);
    // Another call with the same key replays that task: the retries sent job-7.
    const again = await client.videos.create(req, { idempotencyKey: 'job-7' });
    expect(again.id).toBe(task.id);
    expect(sim.stats().creates).toBe(1);
  });
});
