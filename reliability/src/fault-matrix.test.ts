import type { ClientOptions } from '@clipwright/core';
import type { RunResult } from '@clipwright/pipeline';
import type { SimulatorOptions } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { expectClean } from './expect-clean.ts';
import { prompt, readJournal, type Scenario, scenario } from './scenario.ts';
import { startUnknownFieldsProxy } from './unknown-fields-proxy.ts';

type Rule = NonNullable<SimulatorOptions['faults']>['rules'][number];

interface FaultCase {
  name: string;
  rules?: Rule[];
  sim?: SimulatorOptions;
  client?: ClientOptions;
  files?: Record<string, string>;
  /** The exact end state after one run (expectClean is checked first). */
  expectEnd(s: Scenario, run: RunResult): void | Promise<void>;
}

const completedOnce = (s: Scenario, run: RunResult) => {
  expect(run.counts).toMatchObject({ completed: 1, failed: 0, cancelled: 0 });
  expect(s.sim.stats().creates).toBe(1);
};
const retries = (s: Scenario) => s.events.filter((e) => e.type === 'retry').length;
const retryErrors = (s: Scenario) =>
  s.events.flatMap((e) => (e.type === 'retry' ? [e.error.name] : []));

// Each case: one prompt file, one fault, one run; the video completes or the job carries a
// typed error, and the output folder holds nothing half-written.
const cases: FaultCase[] = [
  {
    name: '429 storm on create, Retry-After honoured',
    rules: [
      { on: 'create', fault: 'status', status: 429, at: [1], count: 3, retryAfterSeconds: 7 },
    ],
    expectEnd(s, run) {
      completedOnce(s, run);
      const delays = s.events.flatMap((e) => (e.type === 'retry' ? [e.delayMs] : []));
      expect(delays).toEqual([7000, 7000, 7000]);
      expect(s.sim.stats().rateLimited).toBe(3);
    },
  },
  {
    name: '429 storm on create without Retry-After: exponential back-off, then success',
    rules: [{ on: 'create', fault: 'status', status: 429, at: [1], count: 3 }],
    sim: { retryAfterHeader: false },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(retries(s)).toBe(3);
    },
  },
  {
    name: '429 storm longer than the rate-limit wait on create: typed rate-limit error, nothing paid',
    client: { rateLimitMaxWaitMs: 10_000 },
    rules: [
      { on: 'create', fault: 'status', status: 429, at: [1], count: 20, retryAfterSeconds: 1 },
    ],
    expectEnd(s, run) {
      expect(run.counts).toMatchObject({ completed: 0, failed: 1 });
      expect(run.results[0]?.error?.code).toBe('rate_limit_exceeded');
      expect(run.credits).toBe(0);
      expect(s.sim.stats().creates).toBe(0);
    },
  },
  {
    name: '429 storm longer than the retries on create: 429s spend no retries, one paid task',
    client: { maxRetries: 2 },
    rules: [
      { on: 'create', fault: 'status', status: 429, at: [1], count: 20, retryAfterSeconds: 1 },
    ],
    expectEnd(s, run) {
      expect(run.counts).toMatchObject({ completed: 1 });
      expect(s.sim.stats().creates).toBe(1);
      expect(s.sim.stats().rateLimited).toBeGreaterThanOrEqual(20);
    },
  },
  {
    name: '429 storm on later queries: polling slows down and the video completes',
    rules: [{ on: 'query', fault: 'status', status: 429, at: [2], count: 6, retryAfterSeconds: 5 }],
    // Two simulated minutes (120 ms real): with the default 2 s (2 ms real) the first query
    // could already see the video completed, so the storm on later queries never happened.
    files: {
      'prompts/clip.md': '---\nmodel: sora-2\n---\nA lighthouse at dusk. sim:seconds=120\n',
    },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().rateLimited).toBe(6);
    },
  },
  {
    // Guards core's waitForTask: its first query goes through the same rate-limit slow-down.
    name: '429 on the very first query of a wait: polling slows down and the video completes',
    rules: [{ on: 'query', fault: 'status', status: 429, at: [1], retryAfterSeconds: 5 }],
    expectEnd(s, run) {
      expect(run.results[0]?.error).toBeUndefined();
      completedOnce(s, run);
    },
  },
  ...([500, 502, 503] as const).map(
    (status): FaultCase => ({
      name: `${status} burst on create, then on query`,
      rules: [
        { on: 'create', fault: 'status', status, at: [1], count: 2 },
        { on: 'query', fault: 'status', status, at: [1], count: 2 },
      ],
      expectEnd(s, run) {
        completedOnce(s, run);
        expect(s.sim.stats().faults[`status-${status}`]).toBe(4);
        expect(retries(s)).toBe(4);
      },
    }),
  ),
  {
    name: '503 burst on the download',
    rules: [{ on: 'download', fault: 'status', status: 503, at: [1], count: 2 }],
    expectEnd: completedOnce,
  },
  {
    name: 'connection reset on create before the task exists',
    rules: [{ on: 'create', fault: 'reset', at: [1] }],
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().idempotentReplays).toBe(0);
    },
  },
  {
    name: 'connection reset on create after the server created (and charged) the task',
    rules: [{ on: 'create', fault: 'reset-after-create', at: [1] }],
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().idempotentReplays).toBe(1);
      expect(s.sim.stats().tasks).toHaveLength(1);
    },
  },
  {
    name: 'connection resets on queries',
    rules: [{ on: 'query', fault: 'reset', at: [1], count: 2 }],
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().faults.reset).toBe(2);
    },
  },
  {
    name: 'reset in the middle of the download: resumed with Range, bytes intact',
    rules: [{ on: 'download', fault: 'reset-body', at: [1] }],
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().downloads).toBeGreaterThanOrEqual(2);
    },
  },
  {
    name: 'stall in the middle of the download: body timeout, resumed with Range, bytes intact',
    rules: [{ on: 'download', fault: 'stall-body', at: [1], delayMs: 10_000_000 }],
    client: { bodyTimeoutMs: 300 },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().faults['stall-body']).toBe(1);
      expect(retryErrors(s)).toEqual(['TimeoutError']);
    },
  },
  {
    // Guards the simulator's endless stall: its clock re-arms timers past setTimeout's 2^31-1 ms
    // limit, so the default stall stays silent (no reset) until the client closes.
    name: 'stall with the default (endless) delay: the client hits its body timeout',
    rules: [{ on: 'download', fault: 'stall-body', at: [1] }],
    client: { bodyTimeoutMs: 300 },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(retryErrors(s)).toEqual(['TimeoutError']);
    },
  },
  {
    name: 'truncated download (clean close under the full Content-Length): resumed, bytes intact',
    rules: [{ on: 'download', fault: 'truncate-body', at: [1] }],
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().faults['truncate-body']).toBe(1);
    },
  },
  {
    name: 'slow headers on create: timed out, retried under the same key, paid once',
    rules: [{ on: 'create', fault: 'slow-headers', at: [1], delayMs: 1_000_000 }],
    // A create has its own, longer timeout (120 s by default, as the vendor's client).
    client: { headersTimeoutMs: 300, createTimeoutMs: 300 },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(retries(s)).toBeGreaterThanOrEqual(1);
    },
  },
  {
    name: 'slow headers on a query and on the download',
    rules: [{ on: ['query', 'download'], fault: 'slow-headers', at: [1], delayMs: 1_000_000 }],
    client: { headersTimeoutMs: 300 },
    expectEnd(s, run) {
      completedOnce(s, run);
      expect(s.sim.stats().faults['slow-headers']).toBe(2);
    },
  },
  {
    name: 'completed with no link: a typed UnexpectedResponseError, no file',
    files: { 'prompts/clip.md': prompt('An empty result. sim:empty-results') },
    expectEnd(s, run) {
      expect(run.counts).toMatchObject({ completed: 0, failed: 1 });
      expect(run.results[0]?.error).toMatchObject({
        code: 'unexpected_response_error',
        message: expect.stringContaining('carries no video link'),
      });
      expect(s.sim.stats().creates).toBe(1);
    },
  },
  {
    name: 'expired link: a typed LinkExpiredError, no file, the journal asks for a new task',
    rules: [{ on: 'create', fault: 'expired-url', at: [1] }],
    async expectEnd(s, run) {
      expect(run.counts).toMatchObject({ completed: 0, failed: 1 });
      expect(run.results[0]?.error?.code).toBe('link_expired_error');
      const [entry] = Object.values(await readJournal(s.stateDir));
      expect(entry).toMatchObject({ attempt: 2 });
      expect(entry?.taskId).toBeUndefined();
    },
  },
];

describe('fault matrix: one fault, one run, an exact end state', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const s = await scenario({
        sim: { ...c.sim, ...(c.rules && { faults: { rules: c.rules } }) },
        ...(c.client && { client: c.client }),
        ...(c.files && { files: c.files }),
      });
      try {
        const run = await s.run();
        await expectClean(s, run);
        await c.expectEnd(s, run);
      } finally {
        await s.close();
      }
    });
  }
});

describe('fault matrix: faults that need a second run', () => {
  it('malformed JSON from create (task created): typed error, then the re-run replays the same key and pays nothing more', async () => {
    const s = await scenario({
      sim: { faults: { rules: [{ on: 'create', fault: 'malformed-json', at: [1] }] } },
    });
    try {
      const first = await s.run();
      await expectClean(s, first);
      expect(first.counts).toMatchObject({ completed: 0, failed: 1 });
      expect(first.results[0]?.error?.code).toBe('unexpected_response_error');
      const [entry] = Object.values(await readJournal(s.stateDir));
      expect(entry?.key).toMatch(/^clipwright-[0-9a-f]{40}-1$/);
      expect(s.sim.stats().creates).toBe(1);

      const second = await s.run();
      await expectClean(s, second);
      expect(second.counts).toMatchObject({ completed: 1, failed: 0 });
      expect(s.sim.stats()).toMatchObject({
        creates: 1,
        idempotentReplays: 1,
        duplicatePaidBodies: 0,
      });
    } finally {
      await s.close();
    }
  });

  it('malformed JSON from a query: typed error naming the task, then the re-run resumes it without a create', async () => {
    const s = await scenario({
      sim: { faults: { rules: [{ on: 'query', fault: 'malformed-json', at: [1] }] } },
    });
    try {
      const first = await s.run();
      await expectClean(s, first);
      const r = first.results[0];
      expect(r?.status).toBe('failed');
      expect(r?.error?.code).toBe('unexpected_response_error');
      expect(r?.error?.message).toContain(`resume task ${r?.taskId}`);
      const second = await s.run();
      await expectClean(s, second);
      expect(second.counts.completed).toBe(1);
      expect(second.results[0]?.taskId).toBe(r?.taskId);
      expect(s.sim.stats().creates).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('unknown response fields on every answer are ignored and the video completes', async () => {
    let proxy: Awaited<ReturnType<typeof startUnknownFieldsProxy>> | undefined;
    const s = await scenario({
      baseUrl: () => {
        if (!proxy) throw new Error('proxy not started');
        return proxy.url;
      },
      // The result links point at the simulator, another loopback origin than the proxy.
      client: { allowInsecureCallbacks: true },
    });
    proxy = await startUnknownFieldsProxy(s.sim.url);
    try {
      const run = await s.run();
      await expectClean(s, run);
      completedOnce(s, run);
      expect(proxy.rewritten()).toBeGreaterThanOrEqual(2);
    } finally {
      await proxy.close();
      await s.close();
    }
  });

  it('insufficient balance halfway through a batch: the first two complete, the rest fail with insufficient_quota and nothing is charged for them', async () => {
    const files = Object.fromEntries(
      ['a', 'b', 'c', 'd'].map((n) => [`prompts/${n}.md`, prompt(`Scene ${n}.`)]),
    );
    // sora-2 (no published price) is charged 288.0576 per 10 s video: 600 pays for two.
    const s = await scenario({ files, sim: { balance: 600 } });
    try {
      const run = await s.run({ concurrency: 1 });
      await expectClean(s, run);
      expect(run.counts).toMatchObject({ completed: 2, failed: 2 });
      expect(run.results.map((r) => r.status)).toEqual([
        'completed',
        'completed',
        'failed',
        'failed',
      ]);
      for (const r of run.results.slice(2)) {
        expect(r.error?.code).toBe('insufficient_quota');
        expect(r.taskId).toBeUndefined();
      }
      expect(run.credits).toBe(576.116);
      expect(s.sim.stats().creates).toBe(2);
    } finally {
      await s.close();
    }
  });
});
