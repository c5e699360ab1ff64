import { snapshot } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { json, sim } from '../../test/test-helpers.ts';

const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers });

describe('catalog endpoints (served from the committed snapshot)', () => {
  it("answers the four paths in the vendor's shapes, with the snapshot's figures and no key", async () => {
    const s = await sim({ modelHealth: { 'veo3.1-fast': 'unavailable' } });
    const models = await json(get(s.url, '/v1/catalog/models?capability=video'));
    expect(models.meta.catalog_version).toBe(snapshot.catalog.meta.catalog_version);
    expect(models.models.length).toBe(snapshot.catalog.models.filter((m) => m.listed).length);
    expect(models.models[0]).not.toHaveProperty('evidence');

    const list = await json(get(s.url, '/web/api/models/pricing'));
    const pro = list.data.find(
      (sku: { sku_id: string }) => sku.sku_id === 'page/sora-2-pro-preview',
    );
    const committed = snapshot.pricing.skus.find((sku) => sku.sku_id === 'page/sora-2-pro-preview');
    expect(pro.cny_price).toBe(committed?.cny_price);
    expect(pro).not.toHaveProperty('sources');

    const pricing = await json(get(s.url, '/v1/catalog/pricing'));
    expect(pricing).toEqual(snapshot.pricing.catalog_pricing);

    const health = await json(get(s.url, '/v1/catalog/health'));
    const statuses = Object.fromEntries(
      health.models.map((m: { model_id: string; status: string }) => [m.model_id, m.status]),
    );
    expect(statuses['veo3.1-fast']).toBe('unavailable');
    expect(statuses['sora-2-pro-preview']).toBe('healthy');
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const s = await sim();
    const first = await get(s.url, '/web/api/models/pricing');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(s.url, '/web/api/models/pricing', { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get(s.url, '/web/api/models/pricing', { 'if-none-match': '"other"' });
    expect(other.status).toBe(200);
    expect(s.stats().catalog).toEqual({ served: 2, notModified: 1 });
  });

  it('takes faults on route catalog: 404, garbage, slow', async () => {
    const s = await sim({
      faults: {
        rules: [
          { on: 'catalog', fault: 'status', status: 404, at: [1] },
          { on: 'catalog', fault: 'malformed-json', at: [2] },
          { on: 'catalog', fault: 'slow-headers', delayMs: 20_000, at: [3] },
        ],
      },
    });
    expect((await get(s.url, '/v1/catalog/models')).status).toBe(404);
    const garbage = await get(s.url, '/v1/catalog/models');
    expect(garbage.status).toBe(200);
    await expect(garbage.json()).rejects.toThrow();
    const start = s.clock.now();
    expect((await get(s.url, '/v1/catalog/models')).status).toBe(200);
    expect(s.clock.now() - start).toBeGreaterThanOrEqual(20_000);
    expect(s.stats().faults).toMatchObject({
      'status-404': 1,
      'malformed-json': 1,
      'slow-headers': 1,
    });
  });
});

describe('catalog lifecycle overrides (option modelLifecycle)', () => {
  it("states a model's lifecycle over the snapshot's, and adds a model the snapshot lacks", async () => {
    const s = await sim({
      modelLifecycle: {
        'sora-2-pro-preview': { lifecycle: 'retired', deprecates_at: '2026-12-09' },
        'brand-new-video-9': { lifecycle: 'preview' },
      },
    });
    const body = await json(get(s.url, '/v1/catalog/models?capability=video'));
    const byId = new Map(body.models.map((m: { model_id: string }) => [m.model_id, m] as const));
    expect(byId.get('sora-2-pro-preview')).toMatchObject({
      lifecycle: 'retired',
      deprecates_at: '2026-12-09',
    });
    expect(byId.get('brand-new-video-9')).toMatchObject({
      lifecycle: 'preview',
      deprecates_at: null,
      capabilities: ['video'],
    });
    expect(byId.get('kling-v3-text-to-video')).toMatchObject({ lifecycle: 'active' });
    expect(body.models.length).toBe(snapshot.catalog.models.filter((m) => m.listed).length + 1);
  });

  it('serves catalogPrices on /v1/catalog/pricing only, beside the snapshot’s', async () => {
    const price = {
      sku_id: 'page/sora-2-pro-preview',
      model_id: 'sora-2-pro-preview',
      role: 'output',
      currency: 'USD',
      unit: 'second',
      price: '0.3',
      effective_at: '2026-12-08T00:00:00Z',
    };
    const s = await sim({ catalogPrices: [price] });
    const pricing = await json(get(s.url, '/v1/catalog/pricing'));
    expect(pricing.prices).toEqual([...snapshot.pricing.catalog_pricing.prices, price]);
    const list = await json(get(s.url, '/web/api/models/pricing'));
    expect(list.data.length).toBe(snapshot.pricing.skus.length);
  });
});
