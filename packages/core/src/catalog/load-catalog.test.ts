import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshot, vendorBodies } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { manualClock, settle } from '../../test/test-manual-clock.ts';
import { estimatePrice } from '../models/estimate-credits.ts';
import { CATALOG_FRESH_MS, CATALOG_STALE_MS } from './catalog-cache.ts';
import { loadCatalog } from './load-catalog.ts';

const BASE = 'https://catalog.test';
const START = Date.parse('2026-12-08T10:00:00Z');

type Answer = { status: number; body?: unknown; text?: string; etag?: string } | 'hang' | 'refuse';

/** A fetch answering per path from `answers` (mutable between calls), recording requests. */
function fakeFetch(answers: Record<string, Answer>) {
  const requests: { path: string; headers: Record<string, string> }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const parsed = new URL(url);
    const headers = init.headers as Record<string, string>;
    requests.push({ path: parsed.pathname, headers });
    const answer = answers[parsed.pathname] ?? { status: 404, body: { error: {} } };
    if (answer === 'refuse')
      throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    if (answer === 'hang')
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    if (answer.etag && headers['if-none-match'] === answer.etag)
      return new Response(null, { status: 304, headers: { etag: answer.etag } });
    const text = answer.text ?? JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status,
      headers: answer.etag ? { etag: answer.etag } : {},
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

/** The four endpoints answering the committed snapshot (health: two models). */
function snapshotAnswers(): Record<string, Answer> {
  const bodies = vendorBodies(snapshot.catalog, snapshot.pricing);
  return {
    '/v1/catalog/models': { status: 200, body: bodies.models, etag: '"m1"' },
    '/v1/catalog/pricing': { status: 200, body: bodies.catalogPricing, etag: '"p1"' },
    '/v1/catalog/health': {
      status: 200,
      etag: '"h1"',
      body: {
        meta: bodies.models.meta,
        models: [
          { model_id: 'veo3.1-fast', status: 'Unavailable', observed_at: '2026-12-08T09:59:00Z' },
          { model_id: 'sora-2-pro-preview', status: 'healthy' },
        ],
      },
    },
    '/web/api/models/pricing': { status: 200, body: bodies.priceList, etag: '"l1"' },
  };
}

const pro12 = { model: 'sora-2-pro-preview', prompt: 'x', duration: 12, quality: '1080p' };
const snapshotHigh = estimatePrice(pro12).high;

async function stateDir() {
  return mkdtemp(path.join(tmpdir(), 'catalog-live-'));
}

describe('loadCatalog', () => {
  it('reads the four endpoints, keeps health live only, and caches each with its ETag', async () => {
    const answers = snapshotAnswers();
    const { fetch, requests } = fakeFetch(answers);
    const dir = await stateDir();
    const clock = manualClock(START);
    const live = await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch, apiKey: 'sk-k' });
    expect(live.notices).toEqual([]);
    expect(live.priceSource).toEqual({
      kind: 'live',
      fetchedAt: '2026-12-08T10:00:00.000Z',
      snapshotDate: snapshot.pricing.retrieved,
    });
    expect(live.health.get('veo3.1-fast')).toMatchObject({
      status: 'Unavailable',
      unavailable: true,
    });
    expect(live.health.get('sora-2-pro-preview')?.unavailable).toBe(false);
    expect(estimatePrice(pro12, undefined, live.pricing).high).toBe(snapshotHigh);
    expect(requests.map((r) => r.headers.authorization)).toEqual(Array(4).fill('Bearer sk-k'));
    const cached = JSON.parse(await readFile(path.join(dir, 'catalog', 'priceList.json'), 'utf8'));
    expect(cached).toMatchObject({ etag: '"l1"', fetchedAt: START });
    expect(JSON.stringify(cached)).not.toContain('sk-k');
  });

  it('uses a copy under five minutes old without asking, then revalidates it with If-None-Match (304)', async () => {
    const { fetch, requests } = fakeFetch(snapshotAnswers());
    const dir = await stateDir();
    const clock = manualClock(START);
    await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    expect(requests).toHaveLength(4);

    await clock.advance(CATALOG_FRESH_MS - 1);
    const fresh = await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    expect(requests).toHaveLength(4);
    expect(fresh.priceSource.kind).toBe('cache');

    await clock.advance(1);
    const revalidated = await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    expect(requests).toHaveLength(8);
    expect(
      requests
        .slice(4)
        .map((r) => r.headers['if-none-match'])
        .sort(),
    ).toEqual(['"h1"', '"l1"', '"m1"', '"p1"']);
    expect(revalidated.priceSource).toMatchObject({
      kind: 'live',
      fetchedAt: new Date(START + CATALOG_FRESH_MS).toISOString(),
    });
    expect(revalidated.health.get('veo3.1-fast')?.unavailable).toBe(true);
    const cached = JSON.parse(await readFile(path.join(dir, 'catalog', 'priceList.json'), 'utf8'));
    expect(cached.fetchedAt).toBe(START + CATALOG_FRESH_MS);
  });

  it('falls back to a copy up to a day old, then to the snapshot, with a notice', async () => {
    const answers = snapshotAnswers();
    const { fetch } = fakeFetch(answers);
    const dir = await stateDir();
    const clock = manualClock(START);
    await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    for (const key of Object.keys(answers)) answers[key] = { status: 404, body: {} };

    await clock.advance(CATALOG_STALE_MS);
    const stale = await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    expect(stale.priceSource).toMatchObject({
      kind: 'cache',
      fetchedAt: new Date(START).toISOString(),
    });
    expect(stale.notices).toHaveLength(4);
    expect(stale.notices[3]).toMatch(
      /GET \/web\/api\/models\/pricing could not be read \(HTTP 404\); using the copy cached at 2026-12-08T10:00:00.000Z/,
    );
    expect(stale.health.get('veo3.1-fast')?.unavailable).toBe(true);

    await clock.advance(1);
    const old = await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    expect(old.priceSource.kind).toBe('snapshot');
    expect(old.notices[3]).toMatch(/HTTP 404\); using the committed snapshot$/);
    expect(old.health.size).toBe(0);
    expect(estimatePrice(pro12, undefined, old.pricing).high).toBe(snapshotHigh);
  });

  it.each([
    ['down', 'refuse' as const, /fetch failed: ECONNREFUSED/],
    ['garbage', { status: 200, text: '<html>oops' }, /the answer is not JSON/],
    ['the wrong shape', { status: 200, body: { data: 'no' } }, /not the documented shape at data/],
  ])('uses the committed snapshot when the price list is %s', async (_, answer, why) => {
    const answers = snapshotAnswers();
    answers['/web/api/models/pricing'] = answer;
    const { fetch } = fakeFetch(answers);
    const live = await loadCatalog({ baseUrl: BASE, clock: manualClock(START), fetch });
    expect(live.priceSource.kind).toBe('snapshot');
    expect(live.notices).toHaveLength(1);
    expect(live.notices[0]).toMatch(why);
    expect(estimatePrice(pro12, undefined, live.pricing).high).toBe(snapshotHigh);
  });

  it('gives up on a slow endpoint after its timeout on the run clock', async () => {
    const answers = snapshotAnswers();
    answers['/web/api/models/pricing'] = 'hang';
    answers['/v1/catalog/health'] = 'hang';
    const { fetch } = fakeFetch(answers);
    const clock = manualClock(START);
    const loading = loadCatalog({ baseUrl: BASE, clock, fetch, timeoutMs: 5000 });
    await settle();
    await clock.advance(5000);
    const live = await loading;
    expect(live.priceSource.kind).toBe('snapshot');
    expect(live.notices).toEqual([
      'GET /v1/catalog/health could not be read (no answer within 5000 ms); using the committed snapshot',
      'GET /web/api/models/pricing could not be read (no answer within 5000 ms); using the committed snapshot',
    ]);
    expect(live.health.size).toBe(0);
  });

  it('never estimates below the snapshot: a lower live price is ignored, a higher one wins', async () => {
    const answers = snapshotAnswers();
    const list = (
      answers['/web/api/models/pricing'] as { body: { data: Record<string, unknown>[] } }
    ).body;
    const sku = list.data.find((s) => s.sku_id === 'page/sora-2-pro-preview');
    if (!sku) throw new Error('fixture SKU missing');
    sku.cny_price = 0.5;
    const { fetch } = fakeFetch(answers);
    const lower = await loadCatalog({ baseUrl: BASE, clock: manualClock(START), fetch });
    expect(lower.priceSource.kind).toBe('live');
    expect(estimatePrice(pro12, undefined, lower.pricing).high).toBe(snapshotHigh);

    sku.cny_price = 3;
    const higher = await loadCatalog({ baseUrl: BASE, clock: manualClock(START), fetch });
    const high = estimatePrice(pro12, undefined, higher.pricing).high;
    expect(high).toBeGreaterThan(snapshotHigh);
    // 3 CNY/s x 10 credits x 1.667 (1080p) x 12 s
    expect(high).toBeCloseTo(600.12, 2);
  });

  it('prices a model the live list adds, and skips a malformed entry with a notice', async () => {
    const answers = snapshotAnswers();
    const list = (answers['/web/api/models/pricing'] as { body: { data: unknown[] } }).body;
    list.data.push(
      {
        sku_id: 77,
        sku_name: 'Wan 2.5 Text to Video',
        model_name: 'wan2.5-text-to-video',
        model_type: 'video',
        billing_rule: 'per_second',
        cny_price: 0.5,
      },
      { sku_id: 'bad', model_type: 'video', cny_price: -1 },
    );
    const { fetch } = fakeFetch(answers);
    const live = await loadCatalog({ baseUrl: BASE, clock: manualClock(START), fetch });
    expect(live.notices).toEqual(['price list entry 17 skipped: not the documented shape']);
    const wan = { model: 'wan2.5-text-to-video', prompt: 'x', duration: 10 };
    expect(estimatePrice(wan).basis).toBe('unpriced');
    expect(estimatePrice(wan, undefined, live.pricing)).toMatchObject({
      basis: 'published',
      high: 50,
    });
  });

  it('asks nothing offline (a dry run without a key)', async () => {
    const { fetch, requests } = fakeFetch(snapshotAnswers());
    const live = await loadCatalog({ offline: true, fetch });
    expect(requests).toEqual([]);
    expect(live.priceSource).toEqual({
      kind: 'snapshot',
      fetchedAt: snapshot.pricing.retrieved,
      snapshotDate: snapshot.pricing.retrieved,
    });
    expect(live.pricing).toBe(snapshot.pricing);
  });

  it('ignores a cache file that is not ours, or is for another URL', async () => {
    const dir = await stateDir();
    const { fetch, requests } = fakeFetch(snapshotAnswers());
    const clock = manualClock(START);
    await loadCatalog({ baseUrl: BASE, stateDir: dir, clock, fetch });
    await writeFile(path.join(dir, 'catalog', 'models.json'), '{"not": "a cache entry"');
    const other = await loadCatalog({ baseUrl: 'https://other.test', stateDir: dir, clock, fetch });
    expect(requests).toHaveLength(8);
    expect(other.priceSource.kind).toBe('live');
    expect(requests.slice(4).every((r) => r.headers['if-none-match'] === undefined)).toBe(true);
  });

  it('asks no plain-HTTP host but this machine, and no URL with credentials', async () => {
    const { fetch, requests } = fakeFetch(snapshotAnswers());
    for (const baseUrl of ['http://catalog.test', 'https://user:pw@catalog.test']) {
      const live = await loadCatalog({ baseUrl, clock: manualClock(START), fetch });
      expect(live.priceSource.kind).toBe('snapshot');
      expect(live.notices[0]).toMatch(/^catalog not read from .*; using the committed snapshot$/);
      expect(live.notices[0]).not.toContain('pw');
    }
    expect(requests).toEqual([]);
  });
});
