import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors/validation-error.ts';
import type { ModelSpec } from '../models/model-spec.ts';
import { models, withModels } from '../models/models.ts';
import { validateRequest } from './validate-request.ts';

function issuesOf(req: unknown, options = {}) {
  try {
    validateRequest(req, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('validateRequest', () => {
  it('reads like help for a wrong duration', () => {
    const req = { model: 'sora-2-beta-max', prompt: 'a cat', duration: 8 };
    expect(issuesOf(req)).toEqual([
      {
        field: 'duration',
        message: 'sora-2-beta-max accepts 10 or 15, got 8',
        received: 8,
        allowed: [10, 15],
        fix: 'use one of 10, 15',
      },
    ]);
    expect(() => validateRequest(req)).toThrow('duration: sora-2-beta-max accepts 10 or 15, got 8');
  });

  it('returns a valid request unchanged, with no defaults applied', () => {
    const req = { model: 'sora-2-beta-max', prompt: 'a cat' };
    expect(validateRequest(req)).toEqual({ model: 'sora-2-beta-max', prompt: 'a cat' });
  });

  it('checks sora-2-pro-preview enums from its source document', () => {
    const issues = issuesOf({
      model: 'sora-2-pro-preview',
      prompt: 'x',
      duration: 10,
      quality: '4k',
      aspect_ratio: '1:1',
    });
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'aspect_ratio: sora-2-pro-preview accepts "16:9" or "9:16", got "1:1"',
      'duration: sora-2-pro-preview accepts 4, 8 or 12, got 10',
      'quality: sora-2-pro-preview accepts "720p" or "1080p", got "4k"',
    ]);
  });

  it('accepts every documented combination of sora-2-pro-preview', () => {
    for (const duration of [4, 8, 12])
      for (const quality of ['720p', '1080p'])
        for (const aspect_ratio of ['16:9', '9:16'])
          expect(
            validateRequest({
              model: 'sora-2-pro-preview',
              prompt: 'p',
              duration,
              quality,
              aspect_ratio,
            }),
          ).toBeTruthy();
  });

  it('rejects a string where a number is expected, showing the quotes', () => {
    const [issue] = issuesOf({ model: 'sora-2-beta-max', prompt: 'p', duration: '10' });
    expect(issue?.message).toBe('sora-2-beta-max accepts 10 or 15, got "10"');
  });

  it('rejects fields a known model does not take, naming the ones it does', () => {
    const [issue] = issuesOf({ model: 'sora-2-beta-max', prompt: 'p', quality: '1080p' });
    expect(issue?.field).toBe('quality');
    expect(issue?.message).toContain('sora-2-beta-max does not take "quality"');
    expect(issue?.message).toContain('remove_watermark');
    expect(issue?.fix).toBe('remove `quality`: sora-2-beta-max does not take it');
  });

  it('enforces the sora-2-pro quality/duration pairing', () => {
    const [issue] = issuesOf({
      model: 'sora-2-pro',
      prompt: 'p',
      duration: 15,
      quality: 'standard',
    });
    expect(issue).toMatchObject({
      field: 'quality',
      message: 'sora-2-pro with duration 15 accepts only "high", got "standard"',
      received: 'standard',
      allowed: ['high'],
      fix: 'use quality "high" with duration 15, or duration 25 with quality "standard" (the docs: "15 s only high, 25 s only standard")',
    });
    expect(
      validateRequest({ model: 'sora-2-pro', prompt: 'p', duration: 25, quality: 'standard' }),
    ).toBeTruthy();
    expect(
      issuesOf({ model: 'sora-2-pro', prompt: 'p', duration: 25, quality: 'high' })[0]?.message,
    ).toBe('sora-2-pro with duration 25 accepts only "standard", got "high"');
    expect(
      issuesOf({ model: 'sora-2-pro', prompt: 'p', duration: 25, quality: 'high' })[0]?.fix,
    ).toBe(
      'use quality "standard" with duration 25, or duration 15 with quality "high" (the docs: "15 s only high, 25 s only standard")',
    );
  });

  it('accepts pixel aspect ratios only for sora-2-preview', () => {
    expect(
      validateRequest({ model: 'sora-2-preview', prompt: 'p', aspect_ratio: '1280x720' }),
    ).toBeTruthy();
    expect(
      issuesOf({ model: 'sora-2-pro-preview', prompt: 'p', aspect_ratio: '1280x720' })[0]?.field,
    ).toBe('aspect_ratio');
  });

  it('limits prompts per model, in code points, and refuses empty ones', () => {
    expect(validateRequest({ model: 'sora-2-beta-max', prompt: 'é'.repeat(5000) })).toBeTruthy();
    expect(validateRequest({ model: 'sora-2', prompt: '😀'.repeat(1000) })).toBeTruthy();
    expect(issuesOf({ model: 'sora-2', prompt: 'a'.repeat(1001) })[0]).toMatchObject({
      message: 'sora-2 accepts at most 1000 characters, got 1001',
      fix: 'shorten the prompt to at most 1000 characters (it has 1001)',
    });
    expect(issuesOf({ model: 'sora-2-pro-preview', prompt: 'a'.repeat(5001) })[0]?.message).toBe(
      'sora-2-pro-preview accepts at most 5000 characters, got 5001',
    );
    expect(issuesOf({ model: 'sora-2', prompt: '   ' })[0]).toMatchObject({
      field: 'prompt',
      message: 'must not be empty: describe the video',
    });
    expect(issuesOf({ model: 'sora-2' })[0]?.field).toBe('prompt');
  });

  it('allows one image with a known extension', () => {
    expect(
      validateRequest({
        model: 'sora-2-beta-max',
        prompt: 'p',
        image_urls: ['https://x.test/a.JPEG?sig=1'],
      }),
    ).toBeTruthy();
    expect(
      issuesOf({
        model: 'sora-2-beta-max',
        prompt: 'p',
        image_urls: ['https://x/a.png', 'https://x/b.png'],
      })[0]?.message,
    ).toBe('sora-2-beta-max accepts at most 1 image, got 2');
    expect(
      issuesOf({
        model: 'sora-2-preview',
        prompt: 'p',
        image_urls: ['https://x/a.png', 'https://x/b.png'],
      })[0]?.fix,
    ).toBe('give at most 1 image');
    expect(
      issuesOf({ model: 'sora-2-beta-max', prompt: 'p', image_urls: ['https://x/a.gif'] })[0],
    ).toMatchObject({
      field: 'image_urls.0',
      message: 'sora-2-beta-max accepts .jpg, .jpeg, .png, .webp images, got "https://x/a.gif"',
      fix: 'use a .jpg, .jpeg, .png or .webp image',
    });
    expect(issuesOf({ model: 'sora-2', prompt: 'p', image_urls: ['not a url'] })[0]?.field).toBe(
      'image_urls.0',
    );
  });

  it('lets an unknown model through with only the common checks', () => {
    const req = {
      model: 'veo-3',
      prompt: 'p',
      duration: 7,
      resolution: '4k',
      image_urls: ['https://x/a', 'https://x/b'],
    };
    expect(validateRequest(req)).toBe(req);
    expect(issuesOf({ model: 'veo-3', prompt: '' })[0]?.field).toBe('prompt');
    expect(issuesOf({ model: '', prompt: 'p' })[0]?.field).toBe('model');
  });

  it('checks the callback URL and lists every problem at once', () => {
    const issues = issuesOf({
      model: 'sora-2-beta-max',
      prompt: 'p',
      duration: 8,
      callback_url: 'http://example.com/hook',
    });
    expect(issues.map((i) => i.field)).toEqual(['callback_url', 'duration']);
    expect(
      validateRequest(
        { model: 'sora-2-beta-max', prompt: 'p', callback_url: 'http://127.0.0.1:9/hook' },
        { allowInsecureCallbacks: true },
      ),
    ).toBeTruthy();
  });

  it('gives every issue of every built-in check a fix', () => {
    const issues = issuesOf({
      model: 'sora-2-pro-preview',
      prompt: 'x',
      duration: 10,
      quality: '4k',
      aspect_ratio: '1:1',
      remove_watermark: true,
      callback_url: 'https://127.0.0.1/hook',
    });
    expect(issues.map((i) => `${i.field}: ${i.fix}`)).toEqual([
      'callback_url: use a public host name the API can reach',
      'aspect_ratio: use one of "16:9", "9:16"',
      'duration: use one of 4, 8, 12',
      'quality: use one of "720p", "1080p"',
      'remove_watermark: remove `remove_watermark`: sora-2-pro-preview does not take it',
    ]);
    expect(issuesOf({ prompt: 'p' })[0]?.fix).toBe('name a model, e.g. `model: sora-2-beta-max`');
    expect(issuesOf({ model: 'sora-2', prompt: '  ' })[0]?.fix).toBe(
      'describe the video in the prompt',
    );
  });

  it('says a wrong type in plain words, in the message and the fix', () => {
    const spec: ModelSpec = {
      name: 'plain-types-test',
      description: 'A model whose schema has no messages of its own.',
      parameters: {},
      schema: z.looseObject({ duration: z.number().optional(), loop: z.boolean().optional() }),
      price: () => 0,
    };
    const issues = issuesOf(
      { model: 'plain-types-test', prompt: 'p', duration: 'ten', loop: 1 },
      { models: withModels([spec]) },
    );
    expect(issues).toEqual([
      {
        field: 'duration',
        message: 'must be a number, got "ten"',
        received: 'ten',
        fix: 'write it as a number',
      },
      {
        field: 'loop',
        message: 'must be true or false, got 1',
        received: 1,
        fix: 'write it as true or false',
      },
    ]);
    expect(issues.map((i) => i.message).join()).not.toContain('Invalid input');
  });

  it.each([
    ['sora-2-pro-previw', 'sora-2-pro-preview'],
    ['sora2', 'sora-2'],
    ['Sora-2-Beta-Max', 'sora-2-beta-max'],
    ['sora_2_preview', 'sora-2-preview'],
    ['sora-2-preveiw', 'sora-2-preview'],
  ])('refuses the near miss %s with a did-you-mean %s', (given, known) => {
    const issues = issuesOf({ model: given, prompt: 'p', duration: 7 });
    expect(issues).toEqual([
      {
        field: 'model',
        message: `unknown model "${given}"; did you mean "${known}"?`,
        received: given,
        fix: `use "${known}"`,
      },
    ]);
    expect(() => validateRequest({ model: given, prompt: 'p' })).toThrow(
      `model: unknown model "${given}"; did you mean "${known}"?`,
    );
  });

  it.each(['veo-3', 'kling-2', 'sora-3', 'sora-2-hd', 'runway-gen4'])(
    'lets the new model %s through with only the common checks',
    (model) => {
      expect(validateRequest({ model, prompt: 'p', duration: 7 })).toBeTruthy();
    },
  );

  it('accepts a near-miss name once a model of that exact name is registered', () => {
    expect(issuesOf({ model: 'sora-2-beta-mx', prompt: 'p' })[0]?.message).toContain(
      'did you mean "sora-2-beta-max"?',
    );
    const base = models.find((m) => m.name === 'sora-2');
    if (!base) throw new Error('sora-2 is registered');
    const registry = withModels([{ ...base, name: 'sora-2-beta-mx', schema: z.looseObject({}) }]);
    expect(
      validateRequest({ model: 'sora-2-beta-mx', prompt: 'p' }, { models: registry }),
    ).toBeTruthy();
  });

  it('refuses a non-object', () => {
    expect(issuesOf('x')[0]?.field).toBe('request');
    expect(issuesOf(null)[0]?.field).toBe('request');
  });
});
