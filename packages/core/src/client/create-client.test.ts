import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { steppedSimulator, testClient, testSimulator } from '../../test/test-simulator.ts';
import {
  AuthenticationError,
  BadRequestError,
  InsufficientQuotaError,
  NotFoundError,
  PermissionDeniedError,
  RequestTooLargeError,
} from '../errors/api-error.ts';
import { ClipwrightError } from '../errors/clipwright-error.ts';
import { AbortError, UnexpectedResponseError } from '../errors/request-errors.ts';
import { TaskFailedError, WaitTimeoutError } from '../errors/task-errors.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createClient } from './create-client.ts';

const req = { model: 'sora-2-beta-max', prompt: 'a cat playing piano sim:seconds=20' };

describe('createClient against the simulator', () => {
  it('creates, waits and returns the completed task', async () => {
    // Simulated time moves only while the client sleeps: the create is answered at the
    // task's first instant, so its first state is pending on any machine.
    const { sim, clock } = await steppedSimulator();
    const { client } = testClient(sim, { clock });
    const seen: string[] = [];
    const task = await client.videos.generate(req, { onProgress: (t) => seen.push(t.status) });
    expect(task.status).toBe('completed');
    expect(task.results?.[0]).toMatch(/\/files\//);
    expect(seen[0]).toBe('pending');
    expect(seen.at(-1)).toBe('completed');
    expect(sim.stats().creates).toBe(1);
  });

  it('flags a create replayed from an earlier call, not a new one nor a retry of its own', async () => {
    const sim = await testSimulator({
      faults: { rules: [{ on: 'create', fault: 'reset-after-create', at: [3] }] },
    });
    const { client, retries } = testClient(sim);
    const first = await client.videos.create(req, { idempotencyKey: 'k-1' });
    const again = await client.videos.create(req, { idempotencyKey: 'k-1' });
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ id: first.id, replayed: true });
    // The third create is made, its answer lost; the retry's replay is this call's own task.
    const lost = await client.videos.create(req, { idempotencyKey: 'k-2' });
    expect(retries).toHaveLength(1);
    expect(lost.replayed).toBe(false);
    expect(sim.stats()).toMatchObject({ creates: 2, idempotentReplays: 2 });
  });

  it('reads the key from EVOLINK_API_KEY and the base URL from EVOLINK_BASE_URL', async () => {
    const sim = await testSimulator();
    const client = createClient({
      env: { EVOLINK_API_KEY: DEFAULT_API_KEY, EVOLINK_BASE_URL: sim.url },
      clock: sim.clock,
    });
    const task = await client.videos.create(req);
    expect((await client.tasks.get(task.id)).id).toBe(task.id);
  });

  it('refuses to send without a key, and never puts the key in an error', async () => {
    const sim = await testSimulator();
    await expect(createClient({ env: {}, baseUrl: sim.url }).tasks.get('x')).rejects.toThrow(
      'no API key: set EVOLINK_API_KEY',
    );
    const secret = 'sk-very-secret-key-123';
    const { client } = testClient(sim, { apiKey: secret });
    const error = await client.videos.create(req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(
      JSON.stringify({ ...(error as object), message: (error as Error).message }),
    ).not.toContain(secret);
  });

  it('never logs or reports the API key, even through retries', async () => {
    const sim = await testSimulator({
      apiKeys: ['sk-secret-logging-key'],
      faults: { rules: [{ on: 'query', fault: 'status', status: 502, at: [1] }] },
    });
    const lines: unknown[] = [];
    const log = (message: string, fields?: Record<string, unknown>) =>
      lines.push({ message, fields });
    const { client, retries } = testClient(sim, {
      apiKey: 'sk-secret-logging-key',
      logger: { debug: log, info: log, warn: log },
    });
    const created = await client.videos.create(req);
    await client.tasks.get(created.id);
    expect(lines.length).toBeGreaterThan(2);
    expect(
      JSON.stringify({ lines, retries: retries.map((r) => ({ ...r, error: r.error.message })) }),
    ).not.toContain('sk-secret-logging-key');
  });

  it('validates before sending anything', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    await expect(client.videos.create({ ...req, duration: 8 })).rejects.toThrow(ValidationError);
    expect(sim.stats().requests).toBe(0);
  });

  it('maps every documented status to its error class', async () => {
    const sim = await testSimulator({
      apiKeys: { [DEFAULT_API_KEY]: '*', 'sk-only-sora-2': ['sora-2'] },
    });
    const { client } = testClient(sim, { maxRetries: 0 });

    const bad = await client.tasks.get('not a task id').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad).toMatchObject({
      status: 400,
      code: 'bad_request_error',
      apiCode: 'invalid_task_id',
      param: 'task_id',
      retryable: false,
    });

    const missing = await client.tasks
      .get('task-unified-1757169743-abcdefgh')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ status: 404, type: 'not_found_error' });

    const denied = await testClient(sim, { apiKey: 'sk-only-sora-2' })
      .client.videos.create(req)
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect(denied).toMatchObject({
      status: 403,
      code: 'permission_denied_error',
      apiCode: 'model_access_denied',
    });

    const unknownModel = await client.videos
      .create({ model: 'no-such-model', prompt: 'p' })
      .catch((e: unknown) => e);
    expect(unknownModel).toBeInstanceOf(NotFoundError);
  });

  it('raises InsufficientQuotaError when out of credits', async () => {
    const sim = await testSimulator({ balance: 1 });
    const { client } = testClient(sim);
    const error = await client.videos.create(req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientQuotaError);
    expect(error).toMatchObject({ status: 402, retryable: false });
  });

  it('raises RequestTooLargeError for an oversized body', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim, { maxRetries: 0 });
    const error = await client.videos
      .create({ model: 'some-new-model', prompt: 'x'.repeat(1_200_000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTooLargeError);
    expect(error).toMatchObject({ status: 413 });
  });

  it('raises UnexpectedResponseError for a malformed body', async () => {
    const sim = await testSimulator({
      faults: { rules: [{ on: 'query', fault: 'malformed-json', at: [1] }] },
    });
    const { client } = testClient(sim, { maxRetries: 0 });
    const created = await client.videos.create(req);
    await expect(client.tasks.get(created.id)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('raises TaskFailedError with the code and whether a new task may succeed', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const policy = await client.videos
      .generate({ ...req, prompt: 'x sim:seconds=5 sim:fail=content_policy_violation' })
      .catch((e: unknown) => e);
    expect(policy).toBeInstanceOf(TaskFailedError);
    expect(policy).toMatchObject({
      code: 'task_failed_error',
      failureCode: 'content_policy_violation',
      retryable: false,
    });
    const transient = await client.videos
      .generate({ ...req, prompt: 'x sim:seconds=5 sim:fail=service_error' })
      .catch((e: unknown) => e);
    expect(transient).toMatchObject({ failureCode: 'service_error', retryable: true });
    expect((transient as TaskFailedError).taskId).toMatch(/^task-unified-/);
  });

  it('raises WaitTimeoutError when the task outlives timeoutMs', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const created = await client.videos.create({ ...req, prompt: 'slow sim:seconds=3000' });
    const error = await client.tasks.wait(created, { timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).taskId).toBe(created.id);
  });

  it('raises AbortError when the signal fires during a wait', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const controller = new AbortController();
    const created = await client.videos.create({ ...req, prompt: 'slow sim:seconds=3000' });
    // Aborts just after the wait has started its first sleep (which lasts simulated seconds).
    const waiting = client.tasks.wait(created, {
      signal: controller.signal,
      onProgress: () => queueMicrotask(() => controller.abort()),
    });
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });

  it('slows down instead of failing when polling is rate limited', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [
          { on: 'query', fault: 'status', status: 429, at: [1], count: 3, retryAfterSeconds: 5 },
        ],
      },
    });
    const { client, retries } = testClient(sim, { maxRetries: 0 });
    const task = await client.videos.generate({ ...req, prompt: 'x sim:seconds=60' });
    expect(task.status).toBe('completed');
    expect(sim.stats().rateLimited).toBe(3);
    // The poll loop asked again after each Retry-After, and told onRetry of each refusal.
    expect(retries.map((r) => r.delayMs)).toEqual([5000, 5000, 5000]);
  });

  it('treats a completed task without a link as an error', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const error = await client.videos
      .generate({ ...req, prompt: 'x sim:seconds=5 sim:empty-results' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toContain('no video link');
  });

  it('every error extends ClipwrightError', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim, { maxRetries: 0 });
    const error = await client.tasks
      .get('task-unified-1757169743-abcdefgh')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClipwrightError);
  });
});
