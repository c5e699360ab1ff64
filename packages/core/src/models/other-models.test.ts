import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { getModel } from './models.ts';

function issuesOf(req: unknown) {
  try {
    validateRequest(req);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('models beyond Sora', () => {
  it.each([
    [
      'veo-3.1-fast-generate-preview',
      { duration: 6, seed: 7, negative_prompt: 'rain', generate_audio: false },
    ],
    [
      'veo-3.1-fast-generate-preview',
      { image_urls: ['https://x.test/a.png', 'https://x.test/b.png', 'https://x.test/c'] },
    ],
    [
      'kling-v3-text-to-video',
      {
        duration: 3,
        aspect_ratio: '1:1',
        negative_prompt: 'blur',
        quality: '4k',
        sound: 'on',
        model_params: { multi_shot: false },
      },
    ],
    [
      'seedance-1.5-pro',
      {
        duration: 12,
        quality: '480p',
        aspect_ratio: 'adaptive',
        image_urls: ['https://x.test/1.png', 'https://x.test/2.webp'],
      },
    ],
    [
      'MiniMax-Hailuo-2.3',
      { duration: 10, quality: '768p', model_params: { prompt_optimizer: false } },
    ],
    [
      'wan2.5-text-to-video',
      { duration: 5, quality: '1080p', aspect_ratio: '4:3', prompt_extend: false },
    ],
  ])('%s accepts its documented fields', (model, fields) => {
    expect(validateRequest({ model, prompt: 'a cat', ...fields })).toBeTruthy();
  });

  it.each([
    [
      'veo-3.1-fast-generate-preview',
      'duration',
      5,
      'veo-3.1-fast-generate-preview accepts 4, 6 or 8, got 5',
    ],
    [
      'veo-3.1-fast-generate-preview',
      'seed',
      0,
      'veo-3.1-fast-generate-preview accepts a whole number from 1 to 4294967295, got 0',
    ],
    [
      'veo-3.1-fast-generate-preview',
      'seed',
      1.5,
      'veo-3.1-fast-generate-preview accepts a whole number from 1 to 4294967295, got 1.5',
    ],
    [
      'veo-3.1-fast-generate-preview',
      'generate_audio',
      'yes',
      'veo-3.1-fast-generate-preview accepts true or false, got "yes"',
    ],
    [
      'kling-v3-text-to-video',
      'duration',
      16,
      'kling-v3-text-to-video accepts a whole number from 3 to 15, got 16',
    ],
    [
      'kling-v3-text-to-video',
      'image_urls',
      ['https://x.test/a.png'],
      'kling-v3-text-to-video does not take "image_urls" (it takes prompt, negative_prompt, duration, aspect_ratio, quality, sound, model_params, callback_url)',
    ],
    [
      'kling-v3-text-to-video',
      'generate_audio',
      true,
      'kling-v3-text-to-video does not take "generate_audio" (it takes prompt, negative_prompt, duration, aspect_ratio, quality, sound, model_params, callback_url)',
    ],
    [
      'seedance-1.5-pro',
      'aspect_ratio',
      '2:1',
      'seedance-1.5-pro accepts "16:9", "9:16", "1:1", "4:3", "3:4", "21:9" or "adaptive", got "2:1"',
    ],
    [
      'seedance-1.5-pro',
      'image_urls',
      ['https://x/1.png', 'https://x/2.png', 'https://x/3.png'],
      'seedance-1.5-pro accepts at most 2 images, got 3',
    ],
    [
      'MiniMax-Hailuo-2.3',
      'quality',
      '720p',
      'MiniMax-Hailuo-2.3 accepts "768p" or "1080p", got "720p"',
    ],
    [
      'wan2.5-text-to-video',
      'seed',
      3,
      'wan2.5-text-to-video does not take "seed" (it takes prompt, aspect_ratio, quality, duration, prompt_extend, callback_url)',
    ],
  ])('%s refuses %s %j', (model, field, value, message) => {
    const issues = issuesOf({ model, prompt: 'a cat', [field]: value });
    expect(issues[0]?.field.split('.')[0]).toBe(field);
    expect(issues[0]?.message).toBe(message);
    expect(issues[0]?.fix).toBeTruthy();
  });

  it('checks rules across fields', () => {
    expect(
      issuesOf({ model: 'MiniMax-Hailuo-2.3', prompt: 'p', quality: '1080p', duration: 10 })[0],
    ).toMatchObject({
      field: 'duration',
      message: 'MiniMax-Hailuo-2.3 with quality "1080p" accepts only 6, got 10',
    });
    expect(
      issuesOf({
        model: 'wan2.5-text-to-video',
        prompt: 'p',
        quality: '480p',
        aspect_ratio: '3:4',
      })[0]?.field,
    ).toBe('aspect_ratio');
    expect(
      issuesOf({
        model: 'veo-3.1-fast-generate-preview',
        prompt: 'p',
        generation_type: 'REFERENCE',
        duration: 4,
      })[0]?.field,
    ).toBe('duration');
  });

  it('limits prompts as each page documents', () => {
    expect(validateRequest({ model: 'seedance-1.5-pro', prompt: 'ü'.repeat(2000) })).toBeTruthy();
    expect(issuesOf({ model: 'seedance-1.5-pro', prompt: 'ü'.repeat(2001) })[0]?.message).toBe(
      'seedance-1.5-pro accepts at most 2000 characters, got 2001',
    );
  });

  it('lists each model with its source page and defaults', () => {
    const seedance = getModel('seedance-1.5-pro');
    expect(seedance?.source).toMatch(/^https:\/\/evolink\.ai\/docs\//);
    expect(getModel('kling-v3-text-to-video')?.parameters.quality).toMatchObject({
      values: ['720p', '1080p', '4k'],
      default: '720p',
    });
    expect(seedance?.parameters.generate_audio).toMatchObject({
      values: [true, false],
      default: true,
    });
  });
});

describe('image URLs and unknown models (issue 14)', () => {
  it('accepts image links without an extension, and signed ones', () => {
    const req = {
      model: 'sora-2-beta-max',
      prompt: 'p',
      image_urls: ['https://files.evolink.ai/api/v1/files/download/file_abc123'],
    };
    expect(validateRequest(req)).toBeTruthy();
    expect(
      validateRequest({ ...req, image_urls: ['https://cdn.test/x?X-Amz-Signature=ab.cd'] }),
    ).toBeTruthy();
    expect(issuesOf({ ...req, image_urls: ['https://cdn.test/a.gif?sig=1'] })[0]?.field).toBe(
      'image_urls.0',
    );
  });

  it.each([
    ['http://cdn.test/a.png', 'it uses http, not https'],
    ['https://user:pw@cdn.test/a.png', 'it carries a user name or password'],
    ['https://10.1.2.3/a.png', 'loopback, private, link-local or reserved address'],
    ['https://localhost/a', 'internal host'],
  ])('gives image link %s the callback address rules', (link, why) => {
    const issue = issuesOf({ model: 'some-new-model', prompt: 'p', image_urls: [link] })[0];
    expect(issue?.field).toBe('image_urls.0');
    expect(issue?.message).toContain(why);
    expect(
      validateRequest(
        { model: 'sora-2', prompt: 'p', image_urls: [link.replace('user:pw@', '')] },
        { allowInsecureCallbacks: true },
      ),
    ).toBeTruthy();
  });

  it('lets a model core does not know through with only `model`', () => {
    expect(validateRequest({ model: 'some-audio-model' })).toEqual({ model: 'some-audio-model' });
    expect(issuesOf({ model: 'sora-2' })[0]).toMatchObject({
      field: 'prompt',
      fix: 'describe the video in the prompt',
    });
  });
});
