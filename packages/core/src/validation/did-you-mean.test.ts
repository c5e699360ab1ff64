import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

describe('didYouMean', () => {
  const keys = ['model', 'duration', 'aspect_ratio', 'quality', 'output'];

  it('suggests the closest known name for a typo, ignoring case and punctuation', () => {
    expect(didYouMean('durration', keys)).toBe('duration');
    expect(didYouMean('modle', keys)).toBe('model');
    expect(didYouMean('aspectRatio', keys)).toBe('aspect_ratio');
    expect(didYouMean('Aspect-Ratio', keys)).toBe('aspect_ratio');
  });

  it('suggests nothing for another word', () => {
    expect(didYouMean('seed', keys)).toBeUndefined();
    expect(didYouMean('thumbnail', keys)).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });

  it('with sameNumbers and a tighter limit: a model name near miss, not another version', () => {
    const models = ['sora-2', 'sora-2-pro', 'sora-2-pro-preview', 'sora-2-beta-max'];
    const strict = {
      sameNumbers: true,
      maxDistance: (target: string) => Math.max(1, Math.floor(target.length / 5)),
    };
    expect(didYouMean('Sora-2-Beta-Max', models, strict)).toBe('sora-2-beta-max');
    expect(didYouMean('sora2', models, strict)).toBe('sora-2');
    expect(didYouMean('sora-2-pro-previw', models, strict)).toBe('sora-2-pro-preview');
    expect(didYouMean('sora-3', models, strict)).toBeUndefined();
    expect(didYouMean('sora-2-hd', models, strict)).toBeUndefined();
    expect(didYouMean('veo-3', models, strict)).toBeUndefined();
  });
});
