import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSummary, refreshSnapshot } from '../scripts/lib/refresh-snapshot.ts';
import type { CatalogFile, PricingFile } from '../src/types.ts';
import { type Served, serve, vendorBodiesOf } from './serve-snapshot.ts';

const committed = fileURLToPath(new URL('../data/', import.meta.url));
let served: Served | undefined;

afterEach(async () => {
  await served?.close();
  served = undefined;
});

async function copyOfSnapshot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'catalog-refresh-'));
  await cp(committed, dir, { recursive: true });
  return dir;
}

const read = (dir: string, name: string) => readFile(join(dir, name), 'utf8');

describe('catalog:refresh', () => {
  it('gives back the same files when the endpoints serve the snapshot itself', async () => {
    const dir = await copyOfSnapshot();
    const catalog = JSON.parse(await read(dir, 'catalog.json')) as CatalogFile;
    served = await serve(vendorBodiesOf(dir));
    const summary = await refreshSnapshot({
      baseUrl: served.baseUrl,
      dataDir: dir,
      retrieved: catalog.retrieved,
    });
    expect(summary.failed).toEqual([]);
    expect(summary.changes).toEqual([]);
    for (const name of ['catalog.json', 'pricing.json', 'params.json']) {
      expect(await read(dir, name), name).toBe(await read(committed, name));
    }
  });

  it('records a changed price as one more source, keeps the highest, and unlists a vanished model', async () => {
    const dir = await copyOfSnapshot();
    const bodies = vendorBodiesOf(dir);
    const list = bodies.priceList as { data: Record<string, unknown>[] };
    const raised = list.data.find((sku) => sku.sku_id === 'page/sora-2-pro-preview');
    const lowered = list.data.find(
      (sku) => sku.sku_id === 'page/kling-v3-text-to-video-720p-sound-off',
    );
    if (!raised || !lowered) throw new Error('fixture SKUs missing');
    raised.cny_price = 1.9;
    lowered.cny_price = 0.5;
    list.data.push({
      sku_id: '9001',
      sku_name: 'New Video 1080p Sound On',
      model_name: 'new-video-model',
      model_type: 'video',
      billing_rule: 'per_second',
      cny_price: 1,
    });
    const models = bodies.models as { models: Record<string, unknown>[] };
    models.models = models.models.filter((model) => model.model_id !== 'wan2.5-text-to-video');
    models.models.push({
      model_id: 'new-video-model',
      display_name: 'New',
      provider: 'x',
      aliases: [],
      capabilities: ['video'],
      protocols: [],
      lifecycle: 'deprecated',
      deprecates_at: '2027-01-31',
    });
    served = await serve(bodies);
    const summary = await refreshSnapshot({
      baseUrl: served.baseUrl,
      dataDir: dir,
      retrieved: '2026-12-08',
      apiKey: 'sk-test-secret',
    });
    expect(summary.failed).toEqual([]);
    const pricing = JSON.parse(await read(dir, 'pricing.json')) as PricingFile;
    const catalog = JSON.parse(await read(dir, 'catalog.json')) as CatalogFile;

    const pro = pricing.skus.find((sku) => sku.sku_id === 'page/sora-2-pro-preview');
    expect(pro?.cny_price).toBe(1.9);
    expect(pro?.sources.at(-1)).toMatchObject({ cny_price: 1.9, retrieved: '2026-12-08' });
    const kling = pricing.skus.find(
      (sku) => sku.sku_id === 'page/kling-v3-text-to-video-720p-sound-off',
    );
    expect(kling?.cny_price).toBe(0.54);
    expect(pricing.disagreements.some((item) => item.subject.includes('720p-sound-off'))).toBe(
      true,
    );
    const proPrice = pricing.models['sora-2-pro-preview'];
    expect(
      proPrice?.status === 'priced' && proPrice.by_resolution['720p']?.max_credits_per_second,
    ).toBe(19);

    const gone = catalog.models.find((model) => model.model_id === 'wan2.5-text-to-video');
    expect(gone).toMatchObject({ listed: false, lifecycle: 'active' });
    const added = catalog.models.find((model) => model.model_id === 'new-video-model');
    expect(added).toMatchObject({
      lifecycle: 'deprecated',
      deprecates_at: '2027-01-31',
      retrieved: '2026-12-08',
    });
    expect(added?.source).toBe(`${served.baseUrl}/v1/catalog/models?capability=video`);
    expect(pricing.skus.find((sku) => sku.sku_id === '9001')?.conditions).toEqual({ sound: 'on' });

    const text = formatSummary(summary);
    expect(text).toMatch(/~ sku page\/sora-2-pro-preview .*1\.728 -> 1\.9/);
    expect(text).toMatch(/- model wan2\.5-text-to-video: not listed/);
    expect(text).toMatch(/\+ model new-video-model/);
    expect(text).not.toMatch(/sk-test-secret/);
    expect(served.authorizations).toEqual([
      'Bearer sk-test-secret',
      'Bearer sk-test-secret',
      'Bearer sk-test-secret',
    ]);
  });

  it('keeps every file as it was when the endpoints fail', async () => {
    const dir = await copyOfSnapshot();
    served = await serve(vendorBodiesOf(dir), 503);
    const summary = await refreshSnapshot({
      baseUrl: served.baseUrl,
      dataDir: dir,
      retrieved: '2026-12-09',
    });
    expect(summary.failed).toHaveLength(3);
    expect(summary.failed[0]).toMatch(/HTTP 503/);
    for (const name of ['catalog.json', 'pricing.json']) {
      expect(await read(dir, name), name).toBe(await read(committed, name));
    }
  });

  it('skips malformed entries with a notice instead of keeping them', async () => {
    const dir = await copyOfSnapshot();
    const bodies = vendorBodiesOf(dir);
    (bodies.models as { models: unknown[] }).models.push({
      model_id: 'bad id!',
      aliases: [],
      capabilities: [],
    });
    (bodies.priceList as { data: unknown[] }).data.push({
      sku_id: 'x',
      model_type: 'video',
      cny_price: -1,
    });
    served = await serve(bodies);
    const catalog = JSON.parse(await read(dir, 'catalog.json')) as CatalogFile;
    const summary = await refreshSnapshot({
      baseUrl: served.baseUrl,
      dataDir: dir,
      retrieved: catalog.retrieved,
    });
    expect(summary.notices).toHaveLength(2);
    expect(summary.changes).toEqual([]);
  });
});
