import { validateRequest } from '@clipwright/core';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { testIo } from '../../test/test-io.ts';
import { exitCodes } from '../exit-codes.ts';
import { runCli } from '../run-cli.ts';

const noClient = {
  createClient: () => {
    throw new Error('models must not make an API client');
  },
};

type Listed = {
  name: string;
  source?: string;
  parameters: Record<string, { values?: unknown[]; default?: unknown }>;
};

/** The fields `validateRequest` names for `req` (a model may need more fields than one). */
function issueFields(req: Record<string, unknown>): string[] {
  try {
    validateRequest(req);
    return [];
  } catch (error) {
    return (error as { issues?: { field: string }[] }).issues?.map((i) => i.field) ?? [];
  }
}

describe('clipwright models', () => {
  it('lists every family with its source, and each listed value is one core accepts', async () => {
    const io = testIo();
    expect(await runCli(['models', '--json'], io, noClient)).toBe(exitCodes.ok);
    const { schemaVersion, models: list } = JSON.parse(io.out()) as {
      schemaVersion: number;
      models: Listed[];
    };
    expect(schemaVersion).toBe(1);
    const names = list.map((m) => m.name);
    for (const family of [/^sora-2/, /^veo-/, /^kling-/, /^seedance-/, /Hailuo/, /^wan/]) {
      expect(names.some((n) => family.test(n))).toBe(true);
    }
    for (const m of list) {
      for (const [field, p] of Object.entries(m.parameters)) {
        for (const value of p.values ?? []) {
          const req = { model: m.name, prompt: 'a kite', [field]: value };
          expect(issueFields(req), `${m.name} ${field} ${value}`).not.toContain(field);
        }
        if (p.values?.every((v) => typeof v === 'string')) {
          expect(() =>
            validateRequest({ model: m.name, prompt: 'a kite', [field]: 'bogus' }),
          ).toThrow(`${field}: ${m.name} accepts`);
        }
      }
    }
    expect(list.find((m) => m.name === 'seedance-1.5-pro')?.source).toContain('evolink.ai/docs');
    // Lifecycle from the vendor's catalog: the Sora 2 API models it no longer lists say so.
    const life = (name: string) =>
      (list as unknown as { name: string; lifecycle: string }[]).find((m) => m.name === name)
        ?.lifecycle;
    expect(life('sora-2-beta-max')).toBe('not listed');
    expect(life('sora-2-pro-preview')).toBe('active');
    expect(life('seedance-2.0')).toBe('preview');
  });

  it('shows the new families in the text listing', async () => {
    const io = testIo();
    await runCli(['models'], io, noClient);
    expect(io.out()).toMatch(
      /veo-3\.1-fast-generate-preview[\s\S]*generate_audio\s+true \| false, default true/,
    );
    expect(io.out()).toMatch(/MiniMax-Hailuo-2\.3[\s\S]*duration\s+6 \| 10, default 6/);
  });

  it('shows price in credits and USD and where prices come from (the snapshot, without --live)', async () => {
    const io = testIo();
    await runCli(['models'], io, noClient);
    expect(io.out()).toMatch(
      /^Prices: EvoLink's published prices \(committed snapshot\) of \d{4}-\d{2}-\d{2}/,
    );
    expect(io.out()).toMatch(
      /sora-2-pro-preview {2}\[active\] {2}17\.28-28\.80576 credits\/s \(0\.25-0\.42 USD\/s\)/,
    );
    expect(io.out()).toContain('Health: only with --live.');
  });
});

describe('clipwright models --live', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it("reads the vendor's catalog, prices and health (here: the simulator's)", async () => {
    sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      modelHealth: { 'veo3.1-pro-beta': 'down' },
    });
    const io = testIo();
    const argv = ['models', '--live', '--json', '--base-url', sim.url];
    expect(await runCli(argv, io, noClient)).toBe(exitCodes.ok);
    const out = JSON.parse(io.out()) as {
      prices: { kind: string; ageDays: number };
      models: { name: string; health: { status: string } | null; price: unknown }[];
    };
    expect(out.prices).toMatchObject({ kind: 'live', ageDays: 0 });
    const byName = new Map(out.models.map((m) => [m.name, m]));
    expect(byName.get('veo3.1-pro-beta')?.health).toMatchObject({
      status: 'down',
      unavailable: true,
    });
    expect(byName.get('sora-2-pro-preview')?.health).toMatchObject({ status: 'healthy' });
    expect(byName.get('sora-2-pro-preview')?.price).toEqual({
      status: 'priced',
      creditsPerSecond: { min: 17.28, max: 28.80576 },
    });
    expect(sim.stats().catalog.served).toBe(4);

    const text = testIo();
    await runCli(['models', '--live', '--base-url', sim.url], text, noClient);
    expect(text.out()).toMatch(
      /^Prices: EvoLink's price list \(read \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(today\)\), never below the committed snapshot/,
    );
    expect(text.out()).toMatch(/veo3\.1-pro-beta .*health: down \(skipped in fallback chains\)/);
  });

  it('shows /v1/catalog/pricing as a source: what is laid beside the price list, and what is not, why', async () => {
    const price = {
      model_id: 'sora-2-pro-preview',
      role: 'output',
      currency: 'USD',
      effective_at: '2026-12-08T00:00:00Z',
    };
    sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      catalogPrices: [
        { ...price, sku_id: 'page/sora-2-pro-preview', unit: 'second', price: '0.3' },
        { ...price, sku_id: 'sora-frame', unit: 'image', price: '0.01' },
      ],
    });
    const io = testIo();
    expect(await runCli(['models', '--live', '--base-url', sim.url], io, noClient)).toBe(
      exitCodes.ok,
    );
    expect(io.out()).toContain(
      'Catalog pricing (/v1/catalog/pricing, read now): 2 entries for video models, 1 used beside the price list (the dearest rate wins)\n  not used: sora-2-pro-preview sora-frame USD 0.01 image: unit "image" is not a second or one video: not mapped to a price\n',
    );
    // Its rates beside the list's: 0.3 USD/s = 20.4 credits/s at 720p, x 1.667 at 1080p; per
    // setting the dearest of the two, as estimates take it (the list's 17.28 at 720p is not shown).
    expect(io.out()).toMatch(/sora-2-pro-preview {2}\[active\] {2}20\.4-34\.0068 credits\/s/);
    const json = testIo();
    await runCli(['models', '--live', '--json', '--base-url', sim.url], json, noClient);
    const out = JSON.parse(json.out()) as { catalogPricing: { kind: string; entries: unknown[] } };
    expect(out.catalogPricing).toMatchObject({ kind: 'live' });
    expect(out.catalogPricing.entries).toEqual([
      expect.objectContaining({ sku_id: 'page/sora-2-pro-preview', used: true }),
      expect.objectContaining({ sku_id: 'sora-frame', used: false }),
    ]);
  });

  it('falls back to the snapshot with a notice when the catalog cannot be read', async () => {
    sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      faults: { rules: [{ on: 'catalog', fault: 'status', status: 404, every: 1 }] },
    });
    const io = testIo();
    await runCli(['models', '--live', '--base-url', sim.url], io, noClient);
    expect(io.err()).toMatch(
      /notice: GET \/web\/api\/models\/pricing could not be read \(HTTP 404\)/,
    );
    expect(io.out()).toMatch(/^Prices: EvoLink's published prices \(committed snapshot\)/);
  });
});
