import { type CatalogPrice, type FieldRule, snapshot } from '@clipwright/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePrice } from '../models/estimate-credits.ts';
import { models } from '../models/models.ts';
import type { VideoRequest } from '../types.ts';
import { mergeLivePrices } from './merge-live-prices.ts';

// Issue 28's promise: whatever the live price list and /v1/catalog/pricing say (dearer, cheaper,
// free, ids of other models' SKUs, odd units), a request the snapshot prices is never estimated
// lower than the snapshot prices it, at either end of its range; a setting the snapshot has no
// price for may get the vendor's live one, but never a free one.
const pricing = snapshot.pricing;
const priced = Object.keys(pricing.models).filter((m) => pricing.models[m]?.status === 'priced');
const videoModels = Object.keys(snapshot.params.models);
const modelIds = snapshot.catalog.models.map((m) => m.model_id);

/** A value of a price-changing field, from the model's own rules (absent: the field unset). */
function fieldValue(rule: FieldRule): fc.Arbitrary<unknown> | undefined {
  if (rule.enum && rule.enum.length > 0) return fc.constantFrom(...rule.enum);
  if (rule.type === 'integer' && rule.minimum !== undefined && rule.maximum !== undefined)
    return fc.integer({ min: rule.minimum, max: rule.maximum });
  if (rule.type === 'boolean') return fc.boolean();
  return undefined;
}

const request: fc.Arbitrary<VideoRequest> = fc.constantFrom(...priced).chain((model) => {
  const fields = snapshot.params.models[model]?.fields ?? {};
  const settings: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, rule] of Object.entries(fields)) {
    const value = rule.changes_price ? fieldValue(rule) : undefined;
    if (value) settings[name] = value;
  }
  return fc
    .record(settings, { requiredKeys: [] })
    .map((set) => ({ model, prompt: 'A lighthouse at dusk.', ...set }) as VideoRequest);
});

const resolution = fc.constantFrom('480p', '720p', '1080p', '4k');
const liveSku = fc.record(
  {
    sku_id: fc.oneof(fc.constantFrom(...pricing.skus.map((s) => s.sku_id)), fc.string()),
    sku_name: fc.constantFrom('', 'Standard 720p', 'Pro 1080p 10s', '4K with audio', 'Fast'),
    model_name: fc.constantFrom(...priced, ...videoModels.slice(0, 5)),
    model_type: fc.constant('video'),
    billing_rule: fc.constantFrom('per_second', 'per_call', 'per_token'),
    cny_price: fc.double({ min: 0, max: 50, noNaN: true }),
    resolution_multipliers: fc.dictionary(
      resolution,
      fc.double({ min: 0.01, max: 5, noNaN: true }),
    ),
  },
  { requiredKeys: ['sku_id', 'model_name', 'model_type', 'billing_rule'] },
);

const catalogEntry: fc.Arbitrary<CatalogPrice> = fc.record({
  sku_id: fc.oneof(fc.constantFrom(...pricing.skus.map((s) => s.sku_id)), fc.string()),
  model_id: fc.constantFrom(...priced, ...videoModels.slice(0, 5)),
  role: fc.constantFrom('output', '', 'add_on', 'token'),
  currency: fc.constantFrom('USD', 'CNY', 'credits', 'EUR'),
  unit: fc.constantFrom('second', 'video', 'per_call', 'image', 'minute'),
  price: fc.oneof(
    fc.double({ min: 0, max: 5, noNaN: true }).map((n) => n.toFixed(4)),
    fc.constantFrom('0', '-1', 'free', '1e3'),
  ),
  effective_at: fc.constant('2026-12-08T00:00:00Z'),
});

describe('live prices laid over the snapshot', () => {
  it('never estimate a request lower than the snapshot prices it, nor free', () => {
    fc.assert(
      fc.property(
        fc.array(liveSku, { maxLength: 12 }),
        fc.array(catalogEntry, { maxLength: 6 }),
        fc.array(request, { minLength: 1, maxLength: 6 }),
        (skus, prices, requests) => {
          const merged = mergeLivePrices(
            pricing,
            {
              skus,
              catalogPricing: { meta: pricing.catalog_pricing.meta, prices },
              url: '/web/api/models/pricing',
              retrieved: '2026-12-08',
            },
            { modelIds, params: snapshot.params },
          ).pricing;
          for (const req of requests) {
            const before = estimatePrice(req, models);
            const after = estimatePrice(req, models, merged);
            if (before.basis === 'published') {
              expect(after.low).toBeGreaterThanOrEqual(before.low - 1e-9);
              expect(after.high).toBeGreaterThanOrEqual(before.high - 1e-9);
            } else expect(after.high).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150, seed: 28 },
    );
  });
});
