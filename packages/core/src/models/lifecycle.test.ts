import type { CatalogModel } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
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
