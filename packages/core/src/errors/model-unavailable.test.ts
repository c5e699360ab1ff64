import { describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { apiErrorFromStatus } from './api-error.ts';
import { modelUnavailable } from './model-unavailable.ts';
import { TaskFailedError } from './task-errors.ts';

/** The error a create on the simulator ends with. */
async function createError(
  sim: Awaited<ReturnType<typeof testSimulator>>,
  request: { model: string; prompt: string },
  apiKey?: string,
): Promise<unknown> {
  const { client } = testClient(sim, { maxRetries: 0, ...(apiKey && { apiKey }) });
  return client.videos.create(request).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('modelUnavailable', () => {
  it.each(['access', 'not_found', 'deprecated'] as const)(
    'is true for the simulator refusing a model (%s), free',
    async (reason) => {
      const sim = await testSimulator({ unavailableModels: { 'sora-2': reason } });
      const error = await createError(sim, { model: 'sora-2', prompt: 'a kite' });
      expect(modelUnavailable(error)).toBe(true);
      expect(sim.stats().creates).toBe(0);
    },
  );

  it('is false for a refused key (401) and an empty balance (402)', async () => {
    const sim = await testSimulator({ balance: 0 });
    expect(modelUnavailable(await createError(sim, { model: 'sora-2', prompt: 'x' }))).toBe(false);
    const wrongKey = await createError(sim, { model: 'sora-2', prompt: 'x' }, 'sk-wrong');
    expect(wrongKey).toMatchObject({ status: 401 });
    expect(modelUnavailable(wrongKey)).toBe(false);
  });

  it('is false for a content-policy failure of the task', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const error = await client.videos
      .generate({ model: 'sora-2', prompt: 'a kite sim:fail=content_policy_violation' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(modelUnavailable(error)).toBe(false);
  });

  it('goes by the vendor client codes, never for key, quota, conflict, unknown outcome or 5xx', () => {
    const is = (status: number, code?: string, param?: string) =>
      modelUnavailable(
        apiErrorFromStatus({
          status,
          message: 'm',
          ...(code && { code }),
          ...(param && { param }),
        }),
      );
    expect(is(403, 'key_model_not_allowed')).toBe(true);
    expect(is(403, 'permission_error')).toBe(true);
    expect(is(400, 'no_available_channel')).toBe(true);
    expect(is(400, 'channel:sora-2')).toBe(true);
    expect(is(400, 'invalid_parameter', 'model')).toBe(true);
    expect(is(400, 'invalid_parameter', 'duration')).toBe(false);
    expect(is(400, 'content_policy_violation')).toBe(false);
    expect(is(403, 'key_disabled')).toBe(false);
    expect(is(403, 'key_expired')).toBe(false);
    expect(is(402, 'insufficient_quota')).toBe(false);
    expect(is(401, 'unauthorized')).toBe(false);
    expect(is(429)).toBe(false);
    expect(is(409, 'idempotency_conflict')).toBe(false);
    expect(is(400, 'paid_outcome_unknown')).toBe(false);
    expect(is(503, 'model_unavailable')).toBe(false);
    expect(modelUnavailable(new Error('model_not_found'))).toBe(false);
  });
});
