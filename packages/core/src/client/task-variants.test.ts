import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import {
  ApiError,
  AuthenticationError,
  apiErrorFromStatus,
  BadRequestError,
  type InsufficientQuotaError,
} from '../errors/api-error.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import { TaskFailedError, WaitTimeoutError } from '../errors/task-errors.ts';
import { parseTask } from '../internal/task-schema.ts';
import { createClient } from './create-client.ts';

// The variants the real service answers with (shared/api/README.md, 2026-12 corrections;
// docs.evolink.ai task query and get-credits pages), each spoken by the simulator.
const req = (directives: string) => ({
  model: 'sora-2-beta-max',
  prompt: `a lighthouse sim:seconds=20 ${directives}`,
});

async function failure(directives: string): Promise<TaskFailedError> {
  const sim = await testSimulator();
  const { client } = testClient(sim);
  const error = await client.videos.generate(req(directives)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TaskFailedError);
  return error as TaskFailedError;
}

describe('task bodies as the real API sends them', () => {
  for (const shape of ['array', 'object'] as const) {
    it(`finds the video in result_data given as ${shape === 'array' ? 'an array' : 'one object'}`, async () => {
      const sim = await testSimulator();
      const { client } = testClient(sim);
      const task = await client.videos.generate(req(`sim:result-data=${shape}`));
      expect(task.results).toBeUndefined();
      const dir = await mkdtemp(join(tmpdir(), 'clipwright-variants-'));
      const file = await client.download(task, join(dir, 'v.mp4'));
      expect(file.bytes).toBeGreaterThan(100);
    });
  }

  it('reads an error without a code as unknown_error', async () => {
    const error = await failure('sim:error=no-code');
    expect(error.failureCode).toBe('unknown_error');
    expect(error.retryable).toBe(true);
  });

  it('reads an error given as a bare string', async () => {
    const error = await failure('sim:error=string');
    expect(error.failureCode).toBe('unknown_error');
    expect(error.message).toContain('An unknown error occurred');
  });

  it('reads a numeric error code as its string', async () => {
    const error = await failure('sim:fail=service_error sim:error=numeric');
    expect(error.failureCode).toBe('500');
  });

  it('accepts null progress, created and message', async () => {
    const error = await failure('sim:fail=content_policy_violation sim:null-fields');
    expect(error.failureCode).toBe('content_policy_violation');
    expect(error.task.progress).toBe(0);
    expect(error.task.created).toBe(0);
    // An empty message falls back to the documented description.
    expect(error.message).toContain('content moderation');
  });

  it('carries fallback_suggestion and shows it as the fix', async () => {
    const error = await failure('sim:fail=service_error sim:fallback');
    expect(error.fallbackSuggestion).toBe('try again with the model sora-2-preview');
    expect(error.message).toMatch(/\nfix: try again with the model sora-2-preview$/);
  });

  it('ends a cancelled task as terminal, not retryable, and refunded', async () => {
    const sim = await testSimulator({ balance: 100 });
    const { client } = testClient(sim);
    const error = await client.videos.generate(req('sim:cancel')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task.status).toBe('cancelled');
    expect((error as TaskFailedError).failureCode).toBe('request_cancelled');
    expect((error as TaskFailedError).retryable).toBe(false);
    expect((await client.credits()).available).toBe(100);
  });

  it('takes resource_not_found as needing a changed input', async () => {
    const error = await failure('sim:fail=resource_not_found');
    expect(error.retryable).toBe(false);
  });

  it('keeps the request id of x-request-id or x-oneapi-request-id on the task', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const plain = await client.videos.create(req(''));
    expect(plain.requestId).toMatch(/^req-sim-\d+$/);
    const other = await client.tasks.get(
      (await client.videos.create(req('sim:oneapi-request-id'))).id,
    );
    expect(other.requestId).toMatch(/^req-sim-\d+$/);
    const refused = await testClient(sim, { apiKey: 'sk-wrong' })
      .client.tasks.get(plain.id)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect((refused as ApiError).requestId).toMatch(/^req-sim-\d+$/);
  });

  it('answers 400 invalid_task_id for an id that does not start with task-unified-', async () => {
    const sim = await testSimulator();
    const error = await testClient(sim)
      .client.tasks.get('task-123')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).apiCode).toBe('invalid_task_id');
  });
});

describe('paid creates under uncertainty', () => {
  it('retries paid_outcome_unknown under the same key and gets the one task', async () => {
    const sim = await testSimulator();
    const { client, retries } = testClient(sim);
    const task = await client.videos.create(req('sim:paid-outcome-unknown=1'), {
      idempotencyKey: 'k-1',
    });
    expect(task.id).toMatch(/^task-unified-/);
    expect(retries).toHaveLength(1);
    expect(sim.stats().creates).toBe(1);
    expect(sim.stats().idempotentReplays).toBe(1);
  });

  it('reports a lasting paid_outcome_unknown as an unknown outcome, never as nothing created', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim, { maxRetries: 2 });
    const error = await client.videos
      .create(req('sim:paid-outcome-unknown=9'), { idempotencyKey: 'k-2' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).apiCode).toBe('paid_outcome_unknown');
    expect((error as ApiError).outcomeUnknown).toBe(true);
    expect(sim.stats().creates).toBe(1);
  });

  it('tells a daily or key limit from an empty balance by the 402 code', () => {
    const kind = (code: string) =>
      (apiErrorFromStatus({ status: 402, code, message: 'x' }) as InsufficientQuotaError).quota;
    expect(kind('insufficient_quota')).toBe('balance');
    expect(kind('insufficient_token_quota')).toBe('key');
    expect(kind('token_daily_quota_exceeded')).toBe('daily');
  });
});

describe('credits', () => {
  it('reads the documented GET /v1/credits shape, at no cost', async () => {
    const sim = await testSimulator({ balance: 250 });
    const { client } = testClient(sim);
    await client.videos.create(req(''));
    const credits = await client.credits();
    // sora-2-beta-max at 10 s: 5.76 credits per call, the published price.
    expect(credits.available).toBe(250 - 5.76);
    expect(credits.keyUsed).toBe(5.76);
    expect(sim.stats().creates).toBe(1);
  });

  it('refuses a wrong key with AuthenticationError', async () => {
    const sim = await testSimulator();
    const error = await testClient(sim, { apiKey: 'sk-wrong' })
      .client.credits()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
  });
});

describe('servers that lie or stall', () => {
  const body = (usage: unknown) => ({ id: 'task-unified-1-abc', status: 'completed', usage });

  it('rejects negative or absurd credits as a typed error', () => {
    for (const credits_used of [-5, 1e12, Number.NaN]) {
      expect(() => parseTask(body({ credits_used }), { what: 'GET' })).toThrow(
        UnexpectedResponseError,
      );
    }
    expect(parseTask(body({ credits_used: 7 }), { what: 'GET' }).usage?.credits_used).toBe(7);
  });

  it('calls a malformed result link a typed error', async () => {
    const sim = await testSimulator();
    const error = await testClient(sim)
      .client.download('not a url', join(tmpdir(), 'never.mp4'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
  });

  async function server(handler: Parameters<typeof createServer>[1]) {
    const s = createServer(handler);
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
      close: () => {
        s.closeAllConnections();
        return new Promise((r) => s.close(r));
      },
    };
  }

  it('refuses a JSON body larger than the limit', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        `{"id":"task-unified-1-a","status":"pending","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`,
      );
    });
    try {
      const client = createClient({ apiKey: 'k', baseUrl: s.url, env: {}, maxRetries: 0 });
      await expect(client.tasks.get('task-unified-1-a')).rejects.toBeInstanceOf(
        UnexpectedResponseError,
      );
    } finally {
      await s.close();
    }
  });

  it('ends a wait at its deadline while a body trickles in', async () => {
    // A byte every 100 ms, well inside the body timeout, for 60 s: only the deadline ends it.
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    try {
      const client = createClient({ apiKey: 'k', baseUrl: s.url, env: {}, maxRetries: 0 });
      const started = Date.now();
      const error = await client.tasks
        .wait('task-unified-1-a', { timeoutMs: 300 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WaitTimeoutError);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await s.close();
    }
  });
});
