import type { SimModel } from './sim-model.ts';

const portraitOrLandscape = ['16:9', '9:16'] as const;

// Defaults the seeds and vendor pages do not give are the simulator's own picks, listed in the
// README ("Defaults: documented, or the simulator's choice"): sora-2-pro-preview duration 4
// and quality 720p, sora-2 duration 10, and aspect ratio 16:9 for every Sora model.
export const soraSimModels: readonly SimModel[] = [
  {
    name: 'sora-2-pro-preview',
    durations: [4, 8, 12],
    defaultDuration: 4,
    aspectRatios: portraitOrLandscape,
    qualities: ['720p', '1080p'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    billingRule: 'per_second',
    typicalSeconds: (p) => (90 + 25 * p.duration) * (p.quality === '1080p' ? 1.5 : 1),
  },
  {
    name: 'sora-2-beta-max',
    durations: [10, 15],
    defaultDuration: 10,
    aspectRatios: portraitOrLandscape,
    removeWatermark: true,
    billingRule: 'per_call',
    typicalSeconds: (p) => 60 + 15 * p.duration,
  },
  {
    name: 'sora-2',
    durations: [10, 15],
    defaultDuration: 10,
    aspectRatios: [], // the catalog gives no list: any (type only)
    maxImages: Number.POSITIVE_INFINITY,
    removeWatermark: true,
    billingRule: 'per_call',
    maxPrompt: 1000,
    typicalSeconds: (p) => 45 + 12 * p.duration,
  },
  {
    name: 'sora-2-pro',
    durations: [15, 25],
    defaultDuration: 15,
    aspectRatios: [], // the catalog gives no list: any (type only)
    maxImages: Number.POSITIVE_INFINITY,
    qualities: ['standard', 'high'],
    defaultQuality: (d) => (d === 25 ? 'standard' : 'high'),
    checkQuality: (d, q) =>
      d === 15 && q !== 'high'
        ? 'sora-2-pro accepts quality high for a 15 s video'
        : d === 25 && q !== 'standard'
          ? 'sora-2-pro accepts quality standard for a 25 s video'
          : undefined,
    removeWatermark: true,
    billingRule: 'per_call',
    typicalSeconds: (p) => 120 + 20 * p.duration,
  },
  {
    name: 'sora-2-preview',
    durations: [4, 8, 12],
    defaultDuration: 4,
    aspectRatios: ['16:9', '9:16', '1280x720', '720x1280'],
    removeWatermark: false,
    billingRule: 'per_second',
    typicalSeconds: (p) => 60 + 15 * p.duration,
  },
];
