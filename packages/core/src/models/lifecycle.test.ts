import { type CatalogModel, snapshot } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { catalogLifecycle, lifecycleChanged } from '../catalog/load-catalog.ts';
import type { ValidationError } from '../errors/validation-error.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { lifecycleNotice } from './lifecycle.ts';

const entry = (over: Partial<CatalogModel>): CatalogModel => ({
  model_id: 'x',
  display_name: 'x',
  provider: 'p',
  aliases: [],
  capabilities: ['video'],
  protocols: [],
  lifecycle: 'active',
  deprecates_at: null,
  successor: null,
  listed: true,
  source: 's',
  retrieved: '2026-12-07',
  evidence: [],
  ...over,
});

const live = ['sora-2-pro-preview', 'veo-3.1-fast-generate-preview', 'kling-v3-text-to-video'];

describe('model lifecycle from the vendor catalog', () => {
  it('refuses a retired model with a live one to use instead, before anything is sent', () => {
    const find = (name: string) =>
      name === 'sora-2-pro' ? entry({ model_id: name, lifecycle: 'retired' }) : undefined;
    expect(lifecycleNotice('sora-2-pro', { find, live })).toMatchObject({
      level: 'error',
      fix: 'use "sora-2-pro-preview"',
    });
    let issues: ValidationError['issues'] = [];
    try {
      validateRequest({ model: 'sora-2-pro', prompt: 'p' }, { findCatalogModel: find });
    } catch (error) {
      issues = (error as ValidationError).issues;
    }
    // Against the whole live catalog, the nearest live name.
    expect(issues[0]).toMatchObject({ field: 'model', fix: 'use "sora-2-preview"' });
    expect(issues[0]?.message).toContain('is retired');
  });

  it('warns on a deprecated model with its date and successor', () => {
    const find = () =>
      entry({
        model_id: 'veo3.1-fast-beta',
        lifecycle: 'deprecated',
        deprecates_at: '2027-01-31',
        successor: 'veo-3.1-fast-generate-preview',
      });
    const notice = lifecycleNotice('veo3.1-fast-beta', { find, live });
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toContain('stops working on 2027-01-31');
    expect(notice?.message).toContain('"veo-3.1-fast-generate-preview"');
    expect(() =>
      validateRequest({ model: 'veo3.1-fast-beta', prompt: 'p' }, { findCatalogModel: find }),
    ).not.toThrow();
  });

  it('warns, never refuses, on a model missing from the snapshot', () => {
    // sora-2-beta-max is in the snapshot with `listed: false`: not retired.
    expect(lifecycleNotice('sora-2-beta-max')?.level).toBe('warning');
    expect(lifecycleNotice('sora-2-beta-max')?.message).toContain('no longer listed');
    expect(() => validateRequest({ model: 'sora-2-beta-max', prompt: 'p' })).not.toThrow();
    // A name far from every model: a clear warning that only the common checks apply.
    expect(lifecycleNotice('totally-new-video-model-9')).toMatchObject({ level: 'warning' });
    expect(lifecycleNotice('totally-new-video-model-9')?.message).toContain('not in the vendor');
    expect(lifecycleNotice('sora-2-pro-preview')).toBeUndefined();
  });

  it('answers a name of the shipped catalog once: the same frozen notice every time after', () => {
    const first = lifecycleNotice('sora-2-beta-max');
    expect(lifecycleNotice('sora-2-beta-max')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // A caller's own catalog is never answered from what was kept for the shipped one.
    const find = () => undefined;
    expect(lifecycleNotice('sora-2-beta-max', { find, live: [] })?.message).toContain(
      'not in the vendor',
    );
  });
});

describe('lifecycle from a run’s own catalog', () => {
  const models = [
    entry({ model_id: 'sora-2-pro-preview', lifecycle: 'retired', deprecates_at: '2026-12-09' }),
    entry({ model_id: 'sora-2-preview' }),
    entry({ model_id: 'kling-v3-text-to-video', aliases: ['kling-3'] }),
  ];

  it('refuses a model the live catalog retired, saying where and when it was read', () => {
    const lifecycle = catalogLifecycle({
      models,
      lifecycleSource: { kind: 'live', fetchedAt: '2026-12-10T12:00:00.000Z' },
    });
    let issues: ValidationError['issues'] = [];
    try {
      validateRequest({ model: 'sora-2-pro-preview', prompt: 'p' }, { lifecycle });
    } catch (error) {
      issues = (error as ValidationError).issues;
    }
    expect(issues[0]).toMatchObject({
      field: 'model',
      message:
        'model "sora-2-pro-preview" is retired (the vendor\'s live catalog, read 2026-12-10); it stopped on 2026-12-09',
      fix: 'use "sora-2-preview"',
    });
    // An alias finds its model; a name in neither catalog only warns.
    expect(lifecycleNotice('kling-3', lifecycle)).toBeUndefined();
    expect(lifecycleNotice('brand-new-9', lifecycle)?.message).toContain(
      "(the vendor's live catalog, read 2026-12-10)",
    );
    const cached = catalogLifecycle({
      models,
      lifecycleSource: { kind: 'cache', fetchedAt: '2026-12-09T23:00:00.000Z' },
    });
    expect(lifecycleNotice('sora-2-pro-preview', cached)?.message).toContain(
      "the vendor's catalog as cached on 2026-12-09",
    );
    expect(lifecycleNotice('brand-new-9')?.message).toContain(
      "the committed snapshot of the vendor's catalog",
    );
  });

  it('tells whether the live catalog changes what the snapshot says about the names used', () => {
    const live = { kind: 'live' as const, fetchedAt: '2026-12-10T12:00:00.000Z' };
    expect(lifecycleChanged({ models, lifecycleSource: live }, ['sora-2-pro-preview'])).toBe(true);
    const same = snapshot.catalog.models.map((m) => ({ ...m }));
    expect(
      lifecycleChanged({ models: same, lifecycleSource: live }, ['sora-2-pro-preview', 'zzz']),
    ).toBe(false);
    // New in the live catalog: changed (it is known now).
    expect(
      lifecycleChanged({ models: same.concat(entry({ model_id: 'zzz' })), lifecycleSource: live }, [
        'zzz',
      ]),
    ).toBe(true);
    // From the snapshot: nothing to compare.
    expect(
      lifecycleChanged({ models, lifecycleSource: { kind: 'snapshot', fetchedAt: '2026-12-07' } }, [
        'sora-2-pro-preview',
      ]),
    ).toBe(false);
  });
});
