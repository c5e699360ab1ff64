import type { SimModel } from './sim-model.ts';

// The simulator's own table of the models beyond Sora, written from the vendor pages
// (docs.evolink.ai/en/api-manual/video-series/...): veo3.1/veo-3.1-fast-generate-preview-generate,
// kling/kling-v3-text-to-video, seedance1.5/seedance-1.5-pro-video-generate,
// hailuo/hailuo-2-3-video-generate, wan2.5/wan2.5-text-to-video. Independent of core's on
// purpose: the agreement test compares the two. Prices are charged from the vendor's published
// ones (account/charge.ts).

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const otherSimModels: readonly SimModel[] = [
  {
    name: 'veo-3.1-fast-generate-preview',
    durations: [4, 6, 8],
    defaultDuration: 4,
    aspectRatios: ['16:9', '9:16', 'auto'],
    qualities: ['720p', '1080p', '4k'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    maxPrompt: 2000,
    maxImages: 3,
    extras: {
      generation_type: { kind: 'enum', values: ['TEXT', 'FIRST&LAST', 'REFERENCE'] },
      generate_audio: { kind: 'boolean', default: true },
      n: { kind: 'integer', min: 1, max: 4 },
      seed: { kind: 'integer', min: 1, max: 4294967295 },
      negative_prompt: { kind: 'text', max: Number.POSITIVE_INFINITY },
      person_generation: {
        kind: 'enum',
        values: ['allow_adult', 'dont_allow'],
        default: 'allow_adult',
      },
      resize_mode: { kind: 'enum', values: ['pad', 'crop'], default: 'pad' },
    },
    // REFERENCE fixes duration 8 and 16:9: absent, they are taken; sent, they must match.
    check: (p, body) => {
      if (p.extras.generation_type !== 'REFERENCE') return undefined;
      if (body.duration === undefined) p.duration = 8;
      return p.duration !== 8 || p.aspectRatio !== '16:9'
        ? ['generation_type', 'REFERENCE mode requires duration 8 and aspect_ratio 16:9']
        : undefined;
    },
    billingRule: 'per_call',
    // The page's table: 5.760 / 8.640 (audio) / 17.280 (4K) / 20.218 (4K with audio).
    typicalSeconds: (p) => 40 + 10 * p.duration,
  },
  {
    name: 'kling-v3-text-to-video',
    durations: range(3, 15),
    defaultDuration: 5,
    aspectRatios: ['16:9', '9:16', '1:1'],
    qualities: ['720p', '1080p', '4k'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    maxPrompt: 2500,
    maxImages: 0,
    extras: {
      negative_prompt: { kind: 'text', max: Number.POSITIVE_INFINITY },
      sound: { kind: 'enum', values: ['on', 'off'], default: 'off' },
      model_params: { kind: 'object' },
    },
    billingRule: 'per_second',
    typicalSeconds: (p) => 60 + 12 * p.duration,
  },
  {
    name: 'seedance-1.5-pro',
    durations: range(4, 12),
    defaultDuration: 5,
    aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
    qualities: ['480p', '720p', '1080p'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    maxPrompt: 2000,
    maxImages: 2,
    extras: { generate_audio: { kind: 'boolean', default: true } },
    billingRule: 'per_second',
    typicalSeconds: (p) => 50 + 10 * p.duration,
  },
  {
    name: 'MiniMax-Hailuo-2.3',
    durations: [6, 10],
    defaultDuration: 6,
    // No aspect_ratio field on its page: the video takes the image's shape (16:9 otherwise).
    aspectRatios: [],
    qualities: ['768p', '1080p'],
    defaultQuality: () => '768p',
    checkQuality: (d, q) =>
      q === '1080p' && d !== 6 ? '1080p supports duration 6 only' : undefined,
    removeWatermark: false,
    maxPrompt: 2000,
    maxImages: 1,
    extras: { model_params: { kind: 'object' } },
    billingRule: 'per_call',
    typicalSeconds: (p) => 60 + 10 * p.duration,
  },
  {
    name: 'wan2.5-text-to-video',
    durations: [5, 10],
    // The page documents no default duration; the simulator uses 5 (its own choice).
    defaultDuration: 5,
    // Its aspect ratios are a prose rule at 480p only (checked from the catalog).
    aspectRatios: [],
    qualities: ['480p', '720p', '1080p'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    maxPrompt: 2000,
    maxImages: 0,
    extras: { prompt_extend: { kind: 'boolean', default: true } },
    check: (p) =>
      p.quality === '480p' && (p.aspectRatio === '4:3' || p.aspectRatio === '3:4')
        ? ['aspect_ratio', '480p supports aspect_ratio 16:9, 9:16 and 1:1 only']
        : undefined,
    billingRule: 'per_second',
    typicalSeconds: (p) => 45 + 10 * p.duration,
  },
];
