import { describe, expect, it } from 'vitest';
import { auth, create, json, manualSim, query, sim, waitTerminal } from '../test/test-helpers.ts';

describe('task lifecycle', () => {
  it('goes pending → processing with rising progress → completed with results[0]', async () => {
    const { s, advance } = await manualSim();
    const created = await create(s, {
      model: 'sora-2-pro-preview',
      prompt: 'a cat sim:seconds=20',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: 'video.generation.task',
      status: 'pending',
      progress: 0,
      type: 'video',
    });
    expect(created.body.id).toMatch(/^task-unified-\d+-[a-z0-9]{8}$/);
    expect(created.body.usage).toEqual({
      billing_rule: 'per_second',
      // sora-2-pro-preview at its default 4 s, 720p: 17.28 credits/s (pricing.json).
      credits_reserved: 69.12,
      user_group: 'default',
    });
    expect(created.body.task_info).toMatchObject({ can_cancel: true, video_duration: 4 });
    const seen: Array<{ status: string; progress: number }> = [];
    for (;;) {
      const { body } = await query(s, created.body.id);
      seen.push({ status: body.status, progress: body.progress });
      if (body.status === 'completed') {
        expect(body.results).toHaveLength(1);
        expect(body.results[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/\w+\.mp4$/);
        expect(body.usage.credits_used).toBe(69.12);
        break;
      }
      advance(1000);
    }
    const processing = seen.filter((x) => x.status === 'processing').map((x) => x.progress);
    expect(processing.length).toBeGreaterThan(2);
    expect(processing).toEqual([...processing].sort((a, b) => a - b));
    expect(seen[0]?.status).toBe('pending');
  });

  it('fails with the sim:fail code and refunds the reservation', async () => {
    const { s, advance } = await manualSim({ balance: 100 });
    const created = await create(s, {
      model: 'sora-2-beta-max',
      prompt: 'sim:fail=content_policy_violation sim:seconds=5',
    });
    const before = await json(fetch(`${s.url}/v1/credits`, { headers: auth }));
    // sora-2-beta-max 10 s: 5.76 credits per call (pricing.json).
    expect(before.data.user.remaining_credits).toBe(94.24);
    advance(5000);
    const done = (await query(s, created.body.id)).body;
    expect(done.status).toBe('failed');
    expect(done.error.code).toBe('content_policy_violation');
    expect(done.error.message).toEqual(expect.any(String));
    expect(done.results).toBeUndefined();
    const after = await json(fetch(`${s.url}/v1/credits`, { headers: auth }));
    expect(after.data.user.remaining_credits).toBe(100);
  });

  it('takes minutes of simulated time by default, and estimated_time is near it', async () => {
    const s = await sim({ timeScale: 10_000 });
    const created = await create(s, { model: 'sora-2-beta-max', prompt: 'ocean' });
    const estimate = created.body.task_info.estimated_time;
    expect(estimate).toBeGreaterThan(60);
    await waitTerminal(s, created.body.id);
    const task = s.stats().tasks[0];
    const actual = ((task?.finishedAt ?? 0) - (task?.createdAt ?? 0)) / 1000;
    expect(actual).toBeGreaterThan(60);
    expect(actual / estimate).toBeGreaterThan(0.6);
    expect(actual / estimate).toBeLessThan(1.6);
  });

  it('answers 400 invalid_task_id for a malformed id and 404 for an unknown one', async () => {
    const s = await sim();
    const bad = await query(s, 'not a task');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_task_id');
    const unknown = await query(s, 'task-unified-1757169743-abcdefgh');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      type: 'not_found_error',
      message: 'Task not found or expired',
    });
  });
});

describe('auth', () => {
  it('answers 401 without or with an unknown key, never echoing the key', async () => {
    const s = await sim();
    const none = await create(s, { model: 'sora-2', prompt: 'x' }, {});
    expect(none.status).toBe(401);
    expect(none.body.error.type).toBe('authentication_error');
    const wrong = await create(
      s,
      { model: 'sora-2', prompt: 'x' },
      { authorization: 'Bearer sk-wrong-secret' },
    );
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain('sk-wrong-secret');
    expect((await query(s, 'task-x', {})).status).toBe(401);
  });

  it('answers 403 model_access_denied for a key not allowed the model', async () => {
    const s = await sim({ apiKeys: { 'sk-a': ['sora-2'] } });
    const denied = await create(
      s,
      { model: 'sora-2-pro', prompt: 'x' },
      { authorization: 'Bearer sk-a' },
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('model_access_denied');
    const ok = await create(s, { model: 'sora-2', prompt: 'x' }, { authorization: 'Bearer sk-a' });
    expect(ok.status).toBe(200);
    expect((await query(s, ok.body.id)).status).toBe(401); // DEFAULT_API_KEY is not accepted when apiKeys is set
  });
});

describe('credits', () => {
  it('charges the published 1080p rate, answers 402 insufficient_quota, and reports the balance', async () => {
    const s = await sim({ balance: 400 });
    const hd = await create(s, {
      model: 'sora-2-pro-preview',
      prompt: 'x',
      quality: '1080p',
      duration: 4,
    });
    // 28.80576 credits/s at 1080p (17.28 x 1.667), in the gateway's 1/10,000 credit.
    expect(hd.body.usage.credits_reserved).toBe(115.223);
    const poor = await create(s, {
      model: 'sora-2-pro-preview',
      prompt: 'y',
      duration: 12,
      quality: '1080p',
    });
    expect(poor.status).toBe(402);
    expect(poor.body.error.code).toBe('insufficient_quota');
    const credits = await json(fetch(`${s.url}/v1/credits`, { headers: auth }));
    expect(credits.data.user.remaining_credits).toBeCloseTo(400 - 115.223, 3);
    expect(s.stats().creates).toBe(1);
  });
});

describe('idempotency', () => {
  it('replays the same task once charged, and answers 409 for another body', async () => {
    const s = await sim();
    const body = { model: 'sora-2', prompt: 'same' };
    const first = await create(s, body, { ...auth, 'idempotency-key': 'k1' });
    const again = await create(
      s,
      { prompt: 'same', model: 'sora-2' },
      { ...auth, 'idempotency-key': 'k1' },
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const conflict = await create(
      s,
      { model: 'sora-2', prompt: 'other' },
      { ...auth, 'idempotency-key': 'k1' },
    );
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('idempotency_conflict');
    expect(s.stats()).toMatchObject({ creates: 1, idempotentReplays: 1, duplicatePaidBodies: 0 });
  });

  it('counts paid creates whose body repeats an earlier one', async () => {
    const s = await sim();
    await create(s, { model: 'sora-2', prompt: 'dup' });
    await create(s, { prompt: 'dup', model: 'sora-2' });
    await create(s, { model: 'sora-2', prompt: 'unique' });
    expect(s.stats()).toMatchObject({ creates: 3, duplicatePaidBodies: 1 });
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-key create limit', async () => {
    const s = await sim({ timeScale: 1, rateLimit: { create: { limit: 2, windowSeconds: 60 } } });
    const body = { model: 'sora-2', prompt: 'x' };
    expect((await create(s, body)).status).toBe(200);
    expect((await create(s, body)).status).toBe(200);
    const limited = await create(s, body);
    expect(limited.status).toBe(429);
    expect(limited.body.error.type).toBe('rate_limit_error');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(s.stats()).toMatchObject({ creates: 2, rateLimited: 1 });
  });

  it('leaves Retry-After out when retryAfterHeader is false, and limits queries separately', async () => {
    const s = await sim({
      timeScale: 1,
      retryAfterHeader: false,
      rateLimit: { query: { limit: 1, windowSeconds: 60 } },
    });
    const created = await create(s, { model: 'sora-2', prompt: 'x' });
    expect((await query(s, created.body.id)).status).toBe(200);
    const limited = await query(s, created.body.id);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
  });
});

describe('stats', () => {
  it('serves the same counts at GET /__sim/stats, with per-task times in simulated ms', async () => {
    const s = await sim();
    const created = await create(s, { model: 'sora-2', prompt: 'sim:seconds=3' });
    await waitTerminal(s, created.body.id);
    const served = await json(fetch(`${s.url}/__sim/stats`));
    expect(served.creates).toBe(1);
    expect(served.queries).toBeGreaterThan(0);
    const task = served.tasks[0];
    expect(task).toMatchObject({ id: created.body.id, model: 'sora-2', status: 'completed' });
    expect(task.finishedAt - task.createdAt).toBe(3000);
    expect(task.firstSeenFinishedAt).toBeGreaterThanOrEqual(task.finishedAt);
    expect(s.stats().tasks[0]?.queries).toBe(task.queries);
  });
});
