import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyDefaults } from './apply-defaults.ts';
import { estimateCredits, pricedAtDearest } from './estimate-credits.ts';
import { getModel, models, withModels } from './models.ts';

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
  it('charges 1080p 1.667x of 720p on sora-2-pro-preview', () => {
    const base = estimateCredits({
      model: 'sora-2-pro-preview',
      prompt: 'p',
      duration: 12,
      quality: '720p',
    });
    const high = estimateCredits({
      model: 'sora-2-pro-preview',
      prompt: 'p',
      duration: 12,
      quality: '1080p',
    });
    expect(base).toBe(36);
    expect(high).toBe(60.012);
  });

  it('matches the price table', () => {
    expect(estimateCredits({ model: 'sora-2-beta-max', prompt: 'p' })).toBe(7);
    expect(estimateCredits({ model: 'sora-2-beta-max', prompt: 'p', duration: 15 })).toBe(10.5);
    expect(estimateCredits({ model: 'sora-2-pro', prompt: 'p', duration: 25 })).toBe(45);
    expect(estimateCredits({ model: 'sora-2', prompt: 'p', duration: 10 })).toBe(4);
  });

  it('grows with duration', () => {
    expect(
      estimateCredits({ model: 'sora-2-beta-max', prompt: 'p', duration: 15 }),
    ).toBeGreaterThan(estimateCredits({ model: 'sora-2-beta-max', prompt: 'p' }));
  });

  it('counts an undocumented default at its dearest value', () => {
    expect(estimateCredits({ model: 'sora-2-pro-preview', prompt: 'p' })).toBe(
      estimateCredits({ model: 'sora-2-pro-preview', prompt: 'p', duration: 12, quality: '1080p' }),
    );
  });

  it('falls back without NaN for unknown models', () => {
    expect(estimateCredits({ model: 'mystery', prompt: 'p' })).toBe(50);
    expect(estimateCredits({ model: 'mystery', prompt: 'p', duration: 4 })).toBe(20);
    expect(estimateCredits({ model: 'mystery', prompt: 'p', duration: Number.NaN })).toBe(50);
  });
});

describe('pricedAtDearest', () => {
  it('names each unset, undefaulted field the estimate priced at its dearest value', () => {
    expect(pricedAtDearest({ model: 'sora-2-pro-preview', prompt: 'p' })).toEqual({
      duration: 12,
      quality: '1080p',
    });
    expect(pricedAtDearest({ model: 'sora-2-pro-preview', prompt: 'p', duration: 4 })).toEqual({
      quality: '1080p',
    });
    // sora-2-pro is priced per call: 25 s is the dearest.
    expect(pricedAtDearest({ model: 'sora-2-pro', prompt: 'p' })).toEqual({ duration: 25 });
    // Set, defaulted or derived fields are not guessed.
    expect(
      pricedAtDearest({
        model: 'seedance-1.5-pro',
        prompt: 'p',
        quality: '480p',
        generate_audio: false,
      }),
    ).toEqual({});
    expect(pricedAtDearest({ model: 'veo-3.1-fast-generate-preview', prompt: 'p' })).toEqual({});
    // Kling's sound (a string field) comes back as its dearest value.
    expect(pricedAtDearest({ model: 'kling-v3-text-to-video', prompt: 'p' })).toEqual({
      sound: 'on',
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

  it('prices exactly what it names: the estimate equals the one with those values set', () => {
    for (const model of models) {
      const req = { model: model.name, prompt: 'p' };
      expect(estimateCredits({ ...req, ...pricedAtDearest(req) })).toBe(estimateCredits(req));
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
    expect(estimateCredits({ model: 'my-model', prompt: 'p' })).toBe(50);
    expect(Object.isFrozen(models)).toBe(true);
  });
});
