import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyDefaults } from './apply-defaults.ts';
import { estimateCredits, estimatePrice, pricedAtDearest } from './estimate-credits.ts';
import { getModel, models, withModels } from './models.ts';
import { roundCredits } from './price-table.ts';
import { dearestPublishedRate } from './published-price.ts';

describe('applyDefaults', () => {
  it('fills only documented defaults', () => {
    expect(applyDefaults({ model: 'sora-2-beta-max', prompt: 'p' })).toEqual({
      model: 'sora-2-beta-max',
      prompt: 'p',
      duration: 10,
      remove_watermark: true,
    });
    expect(applyDefaults({ model: 'sora-2-pro-preview', prompt: 'p' })).toEqual({
      model: 'sora-2-pro-preview',
      prompt: 'p',
    });
  });

  it('derives sora-2-pro quality from duration and back', () => {
    expect(applyDefaults({ model: 'sora-2-pro', prompt: 'p', duration: 25 }).quality).toBe(
      'standard',
    );
    expect(applyDefaults({ model: 'sora-2-pro', prompt: 'p', quality: 'high' }).duration).toBe(15);
  });

  it('does not touch the input', () => {
    const req = { model: 'sora-2-beta-max', prompt: 'p' };
    applyDefaults(req);
    expect(req).toEqual({ model: 'sora-2-beta-max', prompt: 'p' });
  });
});

describe('estimateCredits', () => {
  it('prices sora-2-pro-preview from the published list: 12 s at 1080p is 345.67', () => {
    const at = (quality: string) =>
      estimateCredits({ model: 'sora-2-pro-preview', prompt: 'p', duration: 12, quality });
    // 17.28 credits/s at 720p, x1.667 at 1080p (pricing.json).
    expect(at('720p')).toBe(207.36);
    expect(at('1080p')).toBe(345.67);
    expect(
      estimateCredits({ model: 'sora-2-pro-preview', prompt: 'p', duration: 4, quality: '720p' }),
    ).toBe(69.12);
  });

  it('gives a range when a price field is unset: low at its cheapest value, high at its dearest', () => {
    expect(estimatePrice({ model: 'sora-2-pro-preview', prompt: 'p', duration: 12 })).toEqual({
      low: 207.36,
      high: 345.67,
      basis: 'published',
      dearest: { quality: '1080p' },
    });
    const open = estimatePrice({ model: 'sora-2-pro-preview', prompt: 'p' });
    expect([open.low, open.high]).toEqual([69.12, 345.67]);
    expect(estimateCredits({ model: 'sora-2-pro-preview', prompt: 'p' })).toBe(345.67);
  });

  it('counts documented defaults at both ends (the API applies them)', () => {
    // sora-2-beta-max: duration 10 by default, 5.76 per call; 15 s: 8.64.
    expect(estimatePrice({ model: 'sora-2-beta-max', prompt: 'p' })).toMatchObject({
      low: 5.76,
      high: 5.76,
    });
    expect(estimateCredits({ model: 'sora-2-beta-max', prompt: 'p', duration: 15 })).toBe(8.64);
    // Kling v3: quality 720p and sound off by the vendor's parameter file, 5.4 credits/s.
    expect(
      estimatePrice({ model: 'kling-v3-text-to-video', prompt: 'p', duration: 5 }),
    ).toMatchObject({ low: 27, high: 27, basis: 'published' });
  });

  it('marks what has no published price, with a reason, and never guesses below the dearest rate', () => {
    const kling4k = estimatePrice({
      model: 'kling-v3-text-to-video',
      prompt: 'p',
      duration: 5,
      quality: '4k',
    });
    expect(kling4k.basis).toBe('unpriced');
    expect(kling4k.reason).toMatch(/no published price for quality "4k"/);
    expect(kling4k.high).toBe(roundCredits(5 * dearestPublishedRate()));
    const pro25 = estimatePrice({ model: 'sora-2-pro', prompt: 'p', duration: 25 });
    expect(pro25).toMatchObject({ basis: 'unpriced' });
    expect(estimatePrice({ model: 'sora-2', prompt: 'p', duration: 10 }).reason).toMatch(
      /sora-2 has no published price/,
    );
    const mystery = estimatePrice({ model: 'mystery', prompt: 'p', duration: 4 });
    expect(mystery).toMatchObject({
      basis: 'unpriced',
      reason: 'mystery is not in the price list',
    });
    expect(mystery.high).toBe(roundCredits(4 * dearestPublishedRate()));
    expect(dearestPublishedRate()).toBeCloseTo(28.80576, 5);
    expect(estimateCredits({ model: 'mystery', prompt: 'p', duration: Number.NaN })).toBe(
      roundCredits(10 * dearestPublishedRate()),
    );
  });
});

describe('pricedAtDearest', () => {
  it('names each unset, undefaulted price field the high end took at its dearest value', () => {
    expect(pricedAtDearest({ model: 'sora-2-pro-preview', prompt: 'p' })).toEqual({
      duration: 12,
      quality: '1080p',
    });
    expect(pricedAtDearest({ model: 'sora-2-pro-preview', prompt: 'p', duration: 4 })).toEqual({
      quality: '1080p',
    });
  });

  it('is empty when every price-relevant field is set, defaulted or derived', () => {
    expect(pricedAtDearest({ model: 'sora-2-beta-max', prompt: 'p' })).toEqual({});
    expect(pricedAtDearest({ model: 'sora-2-pro', prompt: 'p', quality: 'high' })).toEqual({});
    expect(
      pricedAtDearest({ model: 'sora-2-pro-preview', prompt: 'p', duration: 8, quality: '720p' }),
    ).toEqual({});
    expect(pricedAtDearest({ model: 'mystery', prompt: 'p' })).toEqual({});
  });

  it('prices exactly what it names: the high end equals the one with those values set', () => {
    for (const model of models) {
      const req = { model: model.name, prompt: 'p' };
      const set = { ...req, ...pricedAtDearest(req) };
      expect(estimateCredits(set)).toBe(estimateCredits(req));
      if (estimatePrice(set).basis === 'published')
        expect(estimatePrice(set).low).toBe(estimatePrice(set).high);
    }
  });
});

describe('model registry', () => {
  it('knows the Sora family', () => {
    expect(models.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'sora-2-pro-preview',
        'sora-2-beta-max',
        'sora-2',
        'sora-2-pro',
        'sora-2-preview',
      ]),
    );
    expect(getModel('sora-2-beta-max')?.parameters.duration?.values).toEqual([10, 15]);
    expect(getModel('nope')).toBeUndefined();
  });

  it("adds and replaces a user model in a registry of its own, never in core's", () => {
    const mine = {
      name: 'my-model',
      description: 'test',
      parameters: {},
      schema: z.looseObject({}),
      price: () => 2,
    };
    const registry = withModels([mine]);
    expect(estimateCredits({ model: 'my-model', prompt: 'p' }, registry)).toBe(2);
    const replaced = withModels([{ ...mine, price: () => 3 }], registry);
    expect(estimateCredits({ model: 'my-model', prompt: 'p' }, replaced)).toBe(3);
    expect(replaced.filter((m) => m.name === 'my-model')).toHaveLength(1);
    expect(getModel('my-model')).toBeUndefined();
    expect(estimatePrice({ model: 'my-model', prompt: 'p' }, registry).basis).toBe('stated');
    expect(estimatePrice({ model: 'my-model', prompt: 'p' }).basis).toBe('unpriced');
    expect(Object.isFrozen(models)).toBe(true);
  });
});
