import { otherSimModels } from './other-models.ts';
/** What the simulator knows about one model: accepted values, defaults, price and processing time. */
export interface SimModel {
  name: string;
  durations: readonly number[];
  defaultDuration: number;
  aspectRatios: readonly string[];
  /** Accepted `quality` values; absent when the model has no `quality` field. */
  qualities?: readonly string[];
  /** The quality used when none is sent, per duration. */
  defaultQuality?: (duration: number) => string;
  /** Extra rule over (duration, quality): an error message or undefined. */
  checkQuality?: (duration: number, quality: string) => string | undefined;
  /** Whether the model has a `remove_watermark` field. */
  removeWatermark: boolean;
  /** Longest prompt in Unicode code points. Default 5000 (the seeds). */
  maxPrompt?: number;
  /** Most `image_urls`. Default 1. */
  maxImages?: number;
  /** Further fields the model takes, with their rule (see `ExtraRule`). */
  extras?: Readonly<Record<string, ExtraRule>>;
  /** A rule across the parameters (resolved, and as sent): an error `[param, message]` or undefined. */
  check?: (p: ResolvedParams, body: Record<string, unknown>) => [string, string] | undefined;
  billingRule: 'per_call' | 'per_second';
  /** Credits for a request with its defaults applied (see README "Price table"). */
  price: (p: ResolvedParams) => number;
  /** Typical processing time in simulated seconds (queue excluded), before random variation. */
  typicalSeconds: (p: ResolvedParams) => number;
}

/** How the simulator checks one further field. */
export type ExtraRule =
  | { kind: 'boolean'; default?: boolean }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'text'; max: number }
  | { kind: 'enum'; values: readonly string[]; default?: string }
  | { kind: 'object' };

/** The request's parameters with the model's defaults applied. */
export interface ResolvedParams {
  duration: number;
  aspectRatio: string;
  quality: string | undefined;
  removeWatermark: boolean | undefined;
  /** The further fields given, with their defaults. */
  extras: Record<string, unknown>;
}

/** 1080p costs 1.667x 720p, as the source documents state. */
const HD_MULTIPLIER = 1.667;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

const portraitOrLandscape = ['16:9', '9:16'] as const;

// Defaults the seeds and vendor pages do not give are the simulator's own picks, listed in the
// README ("Defaults: documented, or the simulator's choice"): sora-2-pro-preview duration 4
// and quality 720p, sora-2 duration 10, and aspect ratio 16:9 for every Sora model.
const soraModels: readonly SimModel[] = [
  {
    name: 'sora-2-pro-preview',
    durations: [4, 8, 12],
    defaultDuration: 4,
    aspectRatios: portraitOrLandscape,
    qualities: ['720p', '1080p'],
    defaultQuality: () => '720p',
    removeWatermark: false,
    billingRule: 'per_second',
    price: (p) => round3(3 * p.duration * (p.quality === '1080p' ? HD_MULTIPLIER : 1)),
    typicalSeconds: (p) => (90 + 25 * p.duration) * (p.quality === '1080p' ? 1.5 : 1),
  },
  {
    name: 'sora-2-beta-max',
    durations: [10, 15],
    defaultDuration: 10,
    aspectRatios: portraitOrLandscape,
    removeWatermark: true,
    billingRule: 'per_call',
    price: (p) => (p.duration === 15 ? 10.5 : 7),
    typicalSeconds: (p) => 60 + 15 * p.duration,
  },
  {
    name: 'sora-2',
    durations: [10, 15],
    defaultDuration: 10,
    aspectRatios: portraitOrLandscape,
    removeWatermark: true,
    billingRule: 'per_call',
    maxPrompt: 1000,
    price: (p) => (p.duration === 15 ? 6 : 4),
    typicalSeconds: (p) => 45 + 12 * p.duration,
  },
  {
    name: 'sora-2-pro',
    durations: [15, 25],
    defaultDuration: 15,
    aspectRatios: portraitOrLandscape,
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
    price: (p) => (p.duration === 25 ? 45 : 40),
    typicalSeconds: (p) => 120 + 20 * p.duration,
  },
  {
    name: 'sora-2-preview',
    durations: [4, 8, 12],
    defaultDuration: 4,
    aspectRatios: ['16:9', '9:16', '1280x720', '720x1280'],
    removeWatermark: false,
    billingRule: 'per_second',
    price: (p) => p.duration,
    typicalSeconds: (p) => 60 + 15 * p.duration,
  },
];

const simModels: readonly SimModel[] = [...soraModels, ...otherSimModels];

export function findSimModel(name: string): SimModel | undefined {
  return simModels.find((m) => m.name === name);
}

/** Every model name the simulator serves. */
export const simModelNames: readonly string[] = simModels.map((m) => m.name);

/** Whether an aspect ratio is portrait (`9:16`, `720x1280`). */
export function isPortrait(aspectRatio: string): boolean {
  return aspectRatio === '9:16' || aspectRatio === '720x1280';
}
