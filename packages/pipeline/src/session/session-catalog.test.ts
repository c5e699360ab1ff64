import path from 'node:path';
import { type Clock, estimateCredits } from '@clipwright/core';
import { snapshotCatalog } from '@clipwright/core/internal';
import {
  DEFAULT_API_KEY,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import type { PipelineEvent } from '../model/events.ts';
import { runSession } from './run-session.ts';

const sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});
async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ port: 0, timeScale: 1000, ...options });
  sims.push(sim);
  return sim;
}

/** sora-2-pro-preview 12 s at 1080p: 345.67 credits at the published price. */
const pro = 'model: sora-2-pro-preview\nduration: 12\nquality: 1080p';
const proCredits = estimateCredits({
  model: 'sora-2-pro-preview',
  prompt: 'x',
  duration: 12,
  quality: '1080p',
});

async function session(sim: Simulator, front: string, extra: Record<string, unknown> = {}) {
  const root = await writeRepo({
    'prompts/clip.md': `---\n${front}\n---\nA kite. sim:seconds=1\n`,
  });
  const events: PipelineEvent[] = [];
  const result = await runSession({
    plan: { root },
    outDir: path.join(root, 'out'),
    clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: sim.url },
    clock: sim.clock,
    posters: false,
    checks: false,
    onEvent: (e) => events.push(e),
    ...extra,
  });
  const notices = events.flatMap((e) => (e.type === 'notice' ? [e.message] : []));
  return { result, events, notices, root };
}

describe('the session prices from the live catalog', () => {
  it("reads the simulator's catalog (the committed snapshot's figures) and says so", async () => {
    const sim = await simulator();
    const { result, notices } = await session(sim, pro, { dryRun: true });
    expect(notices).toEqual([]);
    expect(result.plan.priceSource).toMatchObject({ kind: 'live' });
    expect(result.plan.totalCredits).toBe(proCredits);
    expect(proCredits).toBeCloseTo(345.67, 2);
    expect(sim.stats().catalog.served).toBe(4);
    expect(sim.stats().creates).toBe(0);
  });

  it.each([
    ['down (404)', { on: 'catalog', fault: 'status', status: 404, every: 1 }, /HTTP 404/],
    ['garbage', { on: 'catalog', fault: 'malformed-json', every: 1 }, /not JSON/],
    [
      'slow',
      { on: 'catalog', fault: 'slow-headers', delayMs: 1e12, every: 1 },
      /no answer within 50 ms/,
    ],
  ] as const)(
    'uses the committed snapshot when the catalog is %s, says so, and never estimates lower',
    async (_, rule, why) => {
      const sim = await simulator({ faults: { rules: [rule] } });
      const { result, notices } = await session(sim, pro, {
        dryRun: true,
        // Real milliseconds (the session's clock is the simulator's, 1000x faster).
        ...(rule.fault === 'slow-headers' && { catalog: { timeoutMs: 50 } }),
      });
      expect(result.plan.priceSource).toEqual(snapshotCatalog().priceSource);
      expect(notices).toHaveLength(4);
      for (const notice of notices) {
        expect(notice).toMatch(why);
        expect(notice).toMatch(/using the committed snapshot$/);
      }
      expect(result.plan.totalCredits).toBe(proCredits);
      expect(sim.stats().creates).toBe(0);
    },
  );

  it.each([
    ['a dearer live price wins', 3, 600.12],
    ['a cheaper live price is ignored: never below the snapshot', 0.5, 345.67],
  ])('%s', async (_, cnyPerSecond, credits) => {
    const sim = await simulator();
    // The simulator's own answers, with the price list's sora-2-pro-preview SKU changed.
    const fetch = (async (url: string, init?: RequestInit) => {
      const answer = await globalThis.fetch(url, init);
      if (!url.endsWith('/web/api/models/pricing')) return answer;
      const body = (await answer.json()) as { data: { sku_id: string; cny_price?: number }[] };
      for (const sku of body.data)
        if (sku.sku_id === 'page/sora-2-pro-preview') sku.cny_price = cnyPerSecond;
      return new Response(JSON.stringify(body), { status: 200 });
    }) as typeof globalThis.fetch;
    const { result, notices } = await session(sim, pro, { dryRun: true, catalog: { fetch } });
    expect(notices).toEqual([]);
    expect(result.plan.priceSource?.kind).toBe('live');
    expect(result.plan.totalCredits).toBeCloseTo(credits, 2);
    expect(result.plan.totalCredits).toBeGreaterThanOrEqual(proCredits);
  });

  it('lays /v1/catalog/pricing beside the price list: a dearer price there alone wins', async () => {
    // 0.3 USD/s = 2.04 CNY/s = 20.4 credits/s at 720p; the price-list SKU of the same id gives
    // its 1080p multiplier (1.667): 12 s at 1080p = 408.08 credits (the list says 345.67).
    const sim = await simulator({
      catalogPrices: [
        {
          sku_id: 'page/sora-2-pro-preview',
          model_id: 'sora-2-pro-preview',
          role: 'output',
          currency: 'USD',
          unit: 'second',
          price: '0.3',
          effective_at: '2026-12-08T00:00:00Z',
        },
      ],
    });
    const { result, notices } = await session(sim, pro, { dryRun: true });
    expect(notices).toEqual([]);
    expect(result.plan.totalCredits).toBeCloseTo(408.08, 2);
    // Under a cap the dearer figure counts: nothing is sent.
    const capped = await session(sim, pro, { maxCredits: 400 });
    expect(capped.result.results).toEqual([
      expect.objectContaining({
        status: 'budget',
        error: expect.objectContaining({
          message: expect.stringMatching(/needs 408\.08\d* credits/),
        }),
      }),
    ]);
    expect(sim.stats().creates).toBe(0);
  });

  it('asks nothing in a dry run without a key', async () => {
    const sim = await simulator();
    const { result } = await session(sim, pro, {
      dryRun: true,
      clientOptions: { baseUrl: sim.url, env: {} },
    });
    expect(result.plan.priceSource?.kind).toBe('snapshot');
    expect(sim.stats().requests).toBe(0);
  });
});

describe('an old snapshot under max-credits', () => {
  const snapshotDate = snapshotCatalog().priceSource.snapshotDate;
  const clockAt = (days: number): Clock => ({
    now: () => Date.parse(snapshotDate) + days * 86_400_000,
    sleep: async () => {},
  });

  it.each([
    [31, 1000, 1],
    [30, 1000, 0],
    [31, undefined, 0],
  ])('%i days old, max-credits %s: %i warning', async (days, maxCredits, warnings) => {
    const root = await writeRepo({ 'prompts/clip.md': `---\n${pro}\n---\nA kite.\n` });
    const notices: string[] = [];
    await runSession({
      plan: { root },
      outDir: path.join(root, 'out'),
      dryRun: true,
      catalog: false,
      clock: clockAt(days),
      ...(maxCredits !== undefined && { maxCredits }),
      onEvent: (e) => {
        if (e.type === 'notice') notices.push(e.message);
      },
    });
    const stale = notices.filter((n) => n.includes('committed snapshot of'));
    expect(stale).toHaveLength(warnings);
    if (warnings) expect(stale[0]).toMatch(`${days} days old (more than 30)`);
  });
});

describe('health in a fallback chain', () => {
  it('skips a model the health endpoint reports unavailable, for free', async () => {
    const sim = await simulator({ modelHealth: { 'sora-2-pro-preview': 'unavailable' } });
    const { result, events } = await session(
      sim,
      'model: sora-2-pro-preview\nduration: 4\nfallbacks: [sora-2-preview]',
    );
    expect(result.results.map((r) => [r.status, r.model])).toEqual([
      ['completed', 'sora-2-preview'],
    ]);
    const fallback = events.find((e) => e.type === 'fallback');
    expect(fallback).toMatchObject({
      from: 'sora-2-pro-preview',
      to: 'sora-2-preview',
      error: { code: 'model_health_unavailable' },
    });
    const stats = sim.stats();
    expect(stats.tasks.map((t) => t.model)).toEqual(['sora-2-preview']);
    expect(result.credits).toBe(stats.tasks[0]?.credits);
  });

  it('tries the last model of a chain whatever its health says', async () => {
    const sim = await simulator({ modelHealth: { 'sora-2-beta-max': 'down' } });
    const { result } = await session(sim, 'model: sora-2-beta-max\nduration: 10');
    expect(result.results.map((r) => r.status)).toEqual(['completed']);
    expect(sim.stats().creates).toBe(1);
  });
});

describe('lifecycle from the live catalog', () => {
  const two = {
    'prompts/a.md': '---\nmodel: kling-v3-text-to-video\n---\nA car. sim:seconds=1\n',
    'prompts/b.md': '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA boat. sim:seconds=1\n',
  };
  async function run(sim: Simulator, extra: Record<string, unknown> = {}) {
    const root = await writeRepo(two);
    const events: PipelineEvent[] = [];
    const result = await runSession({
      plan: { root },
      outDir: path.join(root, 'out'),
      clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: sim.url },
      clock: sim.clock,
      posters: false,
      checks: false,
      stopOnProblems: true,
      onEvent: (e) => events.push(e),
      ...extra,
    });
    return { result, events };
  }

  it('refuses a model retired since the snapshot before any create, the other job too', async () => {
    const sim = await simulator({
      modelLifecycle: { 'sora-2-pro-preview': { lifecycle: 'retired' } },
    });
    const { result } = await run(sim);
    expect(result.verdict).toBe('invalid');
    expect(result.plan.problems).toEqual([
      expect.objectContaining({
        file: 'prompts/b.md',
        field: 'model',
        message: expect.stringMatching(
          /is retired \(the vendor's live catalog, read \d{4}-\d\d-\d\d\)/,
        ),
      }),
    ]);
    expect(sim.stats().creates).toBe(0);
  });

  it('warns for a deprecated one and names where the lifecycle was read; unchanged ones are not planned again', async () => {
    const sim = await simulator({
      modelLifecycle: {
        'sora-2-pro-preview': { lifecycle: 'deprecated', deprecates_at: '2027-02-01' },
      },
    });
    const { result } = await run(sim, { dryRun: true });
    expect(result.verdict).not.toBe('invalid');
    expect(result.plan.warnings).toEqual([
      expect.objectContaining({
        file: 'prompts/b.md',
        message: expect.stringMatching(
          /is deprecated \(the vendor's live catalog, read [\d-]+\): it stops working on 2027-02-01/,
        ),
      }),
    ]);
  });

  it('falls back to the snapshot lifecycle when the catalog is down, and says so', async () => {
    const sim = await simulator({
      modelLifecycle: { 'sora-2-pro-preview': { lifecycle: 'retired' } },
      faults: { rules: [{ on: 'catalog', fault: 'status', status: 404, every: 1 }] },
    });
    const { result, events } = await run(sim, { dryRun: true });
    expect(result.plan.problems).toEqual([]);
    const notices = events.flatMap((e) => (e.type === 'notice' ? [e.message] : []));
    expect(notices.some((n) => /catalog\/models.*committed snapshot/.test(n))).toBe(true);
  });
});
