import { type CatalogPrice, snapshot } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { catalogPriceSkus } from './catalog-price-skus.ts';

const entry = (over: Partial<CatalogPrice>): CatalogPrice => ({
  sku_id: 'page/sora-2-pro-preview',
  model_id: 'sora-2-pro-preview',
  role: 'output',
  currency: 'USD',
  unit: 'second',
  price: '0.3',
  effective_at: '2026-12-08T00:00:00Z',
  ...over,
});
const context = {
  known: new Map(snapshot.pricing.skus.map((sku) => [sku.sku_id, sku])),
  videoModels: new Set(['sora-2-pro-preview', 'kling-v3-text-to-video']),
  url: '/v1/catalog/pricing',
  retrieved: '2026-12-08',
};

describe('/v1/catalog/pricing entries as prices', () => {
  it('reads a per-second or per-video price in USD, CNY or credits, with the known SKU’s conditions', () => {
    const { skus, uses } = catalogPriceSkus(
      [
        entry({}),
        entry({ sku_id: 'x-1', currency: 'CNY', unit: 'per video', price: '4' }),
        entry({
          sku_id: 'x-2',
          model_id: 'kling-v3-text-to-video',
          currency: 'credits',
          unit: 's',
          price: '60',
        }),
      ],
      context,
    );
    expect(uses.every((u) => u.used)).toBe(true);
    expect(skus).toEqual([
      expect.objectContaining({
        model_name: 'sora-2-pro-preview',
        billing_rule: 'per_second',
        cny_price: 2.04,
        resolution_multipliers: { '720p': 1, '1080p': 1.667 },
        conditions: {},
      }),
      expect.objectContaining({ billing_rule: 'per_call', cny_price: 4, conditions: {} }),
      expect.objectContaining({ model_name: 'kling-v3-text-to-video', cny_price: 6 }),
    ]);
  });

  it('does not guess: another role, currency or unit, or an odd figure, is reported and not used', () => {
    const { skus, uses } = catalogPriceSkus(
      [
        entry({ role: 'add_on' }),
        entry({ currency: 'EUR' }),
        entry({ unit: 'image' }),
        entry({ unit: '1M tokens' }),
        entry({ price: '-1' }),
        entry({ price: '1e3' }),
        entry({ model_id: 'gpt-image-1' }),
      ],
      context,
    );
    expect(skus).toEqual([]);
    expect(uses.map((u) => u.reason)).toEqual([
      'role "add_on" is not a video\'s price',
      'currency "EUR" is not USD, CNY or credits',
      'unit "image" is not a second or one video: not mapped to a price',
      'unit "1M tokens" is not a second or one video: not mapped to a price',
      'price "-1" is not a decimal above zero',
      'price "1e3" is not a decimal above zero',
    ]);
  });

  it('adds nothing for the figure the price list already has', () => {
    const known = context.known.get('page/sora-2-pro-preview');
    const { skus, uses } = catalogPriceSkus(
      [entry({ currency: 'CNY', price: String(known?.cny_price) })],
      context,
    );
    expect(skus).toEqual([]);
    expect(uses).toEqual([expect.objectContaining({ used: true })]);
  });
});
