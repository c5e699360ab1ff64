import { describe, expect, it } from 'vitest';
import { deriveModels } from '../src/derive-prices.ts';
import { findModel, findParams, findPrice, snapshot } from '../src/index.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const { catalog, pricing, params } = snapshot;

describe('the committed snapshot', () => {
  it('parses, is dated and names its sources', () => {
    for (const file of [catalog, pricing, params]) {
      expect(file.schema).toBe(1);
      expect(file.retrieved).toMatch(ISO_DATE);
    }
    expect(snapshot.retrieved).toMatch(ISO_DATE);
    expect(snapshot.sources.length).toBeGreaterThan(3);
    for (const source of snapshot.sources) expect(source.retrieved).toMatch(ISO_DATE);
  });

  it('gives every catalog entry a unique id, a source and a date; listed entries have a lifecycle', () => {
    const ids = catalog.models.map((model) => model.model_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const model of catalog.models) {
      expect(model.source, model.model_id).not.toBe('');
      expect(model.retrieved, model.model_id).toMatch(ISO_DATE);
      if (model.listed) expect(model.lifecycle, model.model_id).not.toBeNull();
      for (const alias of model.aliases) expect(ids, alias).not.toContain(alias);
    }
  });

  it('keeps the Sora models that left the newest catalog, unlisted and not retired', () => {
    for (const id of ['sora-2', 'sora-2-pro', 'sora-2-beta-max']) {
      const model = findModel(id);
      expect(model?.listed, id).toBe(false);
      expect(model?.lifecycle, id).not.toBe('retired');
      expect(model?.evidence.length, id).toBeGreaterThan(0);
    }
  });

  it('has a price or an explicit unpriced marker for every model', () => {
    for (const model of catalog.models) {
      const price = findPrice(model.model_id);
      expect(price, model.model_id).toBeDefined();
      if (price?.status === 'priced') expect(price.rates.length, model.model_id).toBeGreaterThan(0);
      else expect(price?.reason, model.model_id).toMatch(/\w/);
    }
  });

  it('cites every price figure, and keeps the highest when sources disagree', () => {
    for (const sku of pricing.skus) {
      expect(sku.sources.length, sku.sku_id).toBeGreaterThan(0);
      for (const source of sku.sources) {
        expect(source.url, sku.sku_id).not.toBe('');
        expect(source.retrieved, sku.sku_id).toMatch(ISO_DATE);
      }
      expect(sku.cny_price).toBe(Math.max(...sku.sources.map((source) => source.cny_price)));
    }
  });

  it('prices sora-2-pro-preview as its model page does', () => {
    const price = findPrice('sora-2-pro-preview');
    if (price?.status !== 'priced') throw new Error('sora-2-pro-preview is not priced');
    const at720 = price.by_resolution['720p']?.max_credits_per_second ?? 0;
    const at1080 = price.by_resolution['1080p']?.max_credits_per_second ?? 0;
    expect(at720).toBe(17.28);
    expect(at720 * 4).toBeCloseTo(69.12, 6);
    expect(at1080 * 12).toBeCloseTo(345.66912, 6);
    expect(Number((at1080 * 12).toFixed(2))).toBe(345.67);
  });

  it('derives every rate from the SKUs with the documented formula (no drift)', () => {
    const derived = deriveModels({
      skus: pricing.skus,
      modelIds: catalog.models.map((model) => model.model_id),
      creditsPerCny: pricing.units.credits_per_cny,
      existing: pricing.models,
      params,
    });
    expect(derived).toEqual(pricing.models);
    expect(pricing.units.credits_per_cny * pricing.units.cny_per_usd).toBeCloseTo(
      pricing.units.credits_per_usd,
      9,
    );
  });

  it('types every video model, cites every prose rule and ships no health data', () => {
    for (const model of catalog.models) {
      const rules = findParams(model.model_id);
      expect(rules, model.model_id).toBeDefined();
      expect(rules?.retrieved, model.model_id).toMatch(ISO_DATE);
      for (const rule of rules?.prose_rules ?? []) {
        expect(rule.quote, model.model_id).toMatch(/\w/);
        expect(rule.url, model.model_id).not.toBe('');
        expect(rule.retrieved, model.model_id).toMatch(ISO_DATE);
      }
    }
    expect(findParams('kling-v3-text-to-video')?.fields.quality?.enum).toEqual([
      '720p',
      '1080p',
      '4k',
    ]);
    expect(findParams('kling-v3-text-to-video')?.fields.generate_audio).toBeUndefined();
    expect(findParams('veo-3.1-fast-generate-preview')?.fields.aspect_ratio?.enum).toContain(
      'auto',
    );
    const text = JSON.stringify([catalog, pricing, params]);
    expect(text).not.toMatch(/"observed_at"|"health"/);
  });

  it('finds a model by alias and case', () => {
    expect(findModel('veo3.1-fast')?.model_id).toBe('veo3.1-fast-beta');
    expect(findModel('SORA-2-PRO-PREVIEW')?.model_id).toBe('sora-2-pro-preview');
    expect(findModel('no-such-model')).toBeUndefined();
  });
});
