import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error.ts';
import { validateRequest } from './validate-request.ts';

const v = (body: unknown, allowInsecureCallbacks = false) =>
  validateRequest(body, { allowInsecureCallbacks });
function rejects(body: unknown): ApiError {
  try {
    v(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('validateRequest', () => {
  it.each([
    {
      model: 'sora-2-pro-preview',
      prompt: 'p',
      duration: 12,
      quality: '1080p',
      aspect_ratio: '9:16',
    },
    { model: 'sora-2-beta-max', prompt: 'p', duration: 15, remove_watermark: false },
    { model: 'sora-2', prompt: 'p', duration: 10 },
    { model: 'sora-2-pro', prompt: 'p', duration: 25, quality: 'standard' },
    { model: 'sora-2-preview', prompt: 'p', aspect_ratio: '720x1280' },
    {
      model: 'sora-2-beta-max',
      prompt: 'p',
      image_urls: ['https://x.test/a.WEBP'],
      callback_url: 'https://hooks.test/cb',
    },
    { model: 'sora-2', prompt: 'p', unknown_field: 1 },
    { model: 'sora-2-beta-max', prompt: '😀'.repeat(5000) },
    {
      model: 'sora-2',
      prompt: 'p',
      image_urls: ['https://files.evolink.ai/api/v1/files/download/file_abc'],
    },
    {
      model: 'veo-3.1-fast-generate-preview',
      prompt: 'p',
      seed: 9,
      negative_prompt: 'rain',
      image_urls: ['https://a/1.png', 'https://a/2', 'https://a/3.jpg'],
    },
    { model: 'seedance-1.5-pro', prompt: 'p', duration: 12, generate_audio: false },
  ])('accepts %j', (body) => {
    expect(v(body).model.name).toBe(body.model);
  });

  it('applies documented defaults', () => {
    expect(v({ model: 'sora-2-beta-max', prompt: 'p' }).params).toEqual({
      duration: 10,
      aspectRatio: '16:9',
      quality: undefined,
      removeWatermark: true,
      extras: {},
    });
    expect(v({ model: 'sora-2-pro', prompt: 'p', duration: 25 }).params.quality).toBe('standard');
    expect(v({ model: 'sora-2-pro', prompt: 'p', quality: 'standard' }).params.duration).toBe(25);
    expect(v({ model: 'seedance-1.5-pro', prompt: 'p' }).params).toMatchObject({
      duration: 5,
      quality: '720p',
      extras: { generate_audio: true },
    });
  });

  it.each([
    [{ prompt: 'p' }, 'model'],
    [{ model: 'sora-2', prompt: 5 }, 'prompt'],
    [{ model: 'sora-2', prompt: 'x'.repeat(1001) }, 'prompt'],
    [{ model: 'sora-2', prompt: 'p', image_urls: ['http://cdn.test/a.png'] }, 'image_urls'],
    [{ model: 'sora-2', prompt: 'p', image_urls: ['https://u:p@cdn.test/a.png'] }, 'image_urls'],
    [{ model: 'sora-2', prompt: 'p', image_urls: ['https://192.168.1.1/a.png'] }, 'image_urls'],
    [{ model: 'sora-2-beta-max', prompt: '😀'.repeat(5001) }, 'prompt'],
    [{ model: 'veo-3.1-fast-generate-preview', prompt: 'p', seed: 0 }, 'seed'],
    [{ model: 'veo-3.1-fast-generate-preview', prompt: 'p', generate_audio: 1 }, 'generate_audio'],
    [{ model: 'kling-v3-text-to-video', prompt: 'p', duration: 16 }, 'duration'],
    [{ model: 'seedance-1.5-pro', prompt: 'p', aspect_ratio: '2:1' }, 'aspect_ratio'],
    // The docs' prose rule "1080p: 6s only" names the duration.
    [{ model: 'MiniMax-Hailuo-2.3', prompt: 'p', quality: '1080p', duration: 10 }, 'duration'],
    [{ model: 'wan2.5-text-to-video', prompt: 'p', image_urls: ['https://a/1.png'] }, 'image_urls'],
    [{ model: 'sora-2-beta-max', prompt: 'p', duration: 8 }, 'duration'],
    [{ model: 'sora-2-beta-max', prompt: 'p', duration: '10' }, 'duration'],
    [{ model: 'sora-2-pro-preview', prompt: 'p', quality: '4k' }, 'quality'],
    [{ model: 'sora-2-pro', prompt: 'p', duration: 15, quality: 'standard' }, 'quality'],
    // sora-2's catalog entry gives no aspect ratio list or image count: sora-2-beta-max's does.
    [{ model: 'sora-2-beta-max', prompt: 'p', aspect_ratio: '1:1' }, 'aspect_ratio'],
    [{ model: 'sora-2', prompt: 'p', remove_watermark: 'yes' }, 'remove_watermark'],
    [
      {
        model: 'sora-2-beta-max',
        prompt: 'p',
        image_urls: ['https://a/1.png', 'https://a/2.png'],
      },
      'image_urls',
    ],
    [{ model: 'sora-2-beta-max', prompt: 'p', image_urls: ['https://a/1.gif'] }, 'image_urls'],
    [{ model: 'sora-2', prompt: 'p', callback_url: 'http://hooks.test/cb' }, 'callback_url'],
    [{ model: 'sora-2', prompt: 'p', callback_url: 'https://192.168.1.5/cb' }, 'callback_url'],
    [{ model: 'sora-2', prompt: 'p', callback_url: 'https://127.0.0.1/cb' }, 'callback_url'],
    [
      { model: 'sora-2', prompt: 'p', callback_url: `https://h.test/${'a'.repeat(2048)}` },
      'callback_url',
    ],
  ])('rejects %j naming %s', (body, param) => {
    const error = rejects(body);
    expect(error.status).toBe(400);
    expect(error.type).toBe('invalid_request_error');
    expect(error.param).toBe(param);
  });

  it('answers 404 not_found_error for an unknown model', () => {
    const error = rejects({ model: 'veo-9', prompt: 'p' });
    expect(error.status).toBe(404);
    expect(error.type).toBe('not_found_error');
  });

  it('allows http loopback callbacks only with allowInsecureCallbacks', () => {
    expect(
      v({ model: 'sora-2', prompt: 'p', callback_url: 'http://127.0.0.1:9/cb' }, true).callbackUrl,
    ).toBe('http://127.0.0.1:9/cb');
  });
});
