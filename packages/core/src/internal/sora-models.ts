import { z } from 'zod';
import type { ModelSpec } from '../model-spec.ts';
import { priceTable } from '../price-table.ts';
import type { VideoRequest } from '../types.ts';
import { bool, formatValue, imageUrls, oneOf, soraPrompt } from './schema-helpers.ts';

const landscapePortrait = ['16:9', '9:16'] as const;

const common = {
  image_urls: {
    description:
      'At most 1 reference image URL (.jpg, .jpeg, .png, .webp; up to 10 MB; no real people).',
  },
  callback_url: {
    description:
      'HTTPS URL called when the task completes, fails or is cancelled (at most 2048 characters).',
  },
};

/**
 * Price from `priceTable`; a duration or quality without a documented default counts at its
 * dearest allowed value, so budgets over-count rather than under-count.
 */
function priced(
  model: string,
  durations: readonly number[],
  premium: (req: VideoRequest) => boolean,
) {
  return (req: VideoRequest): number => {
    const entry = priceTable[model] ?? {};
    const seconds = typeof req.duration === 'number' ? req.duration : Math.max(...durations);
    const base = entry.byDuration
      ? (entry.byDuration[seconds] ?? Math.max(...Object.values(entry.byDuration)))
      : seconds * (entry.perSecond ?? 0);
    return base * (premium(req) ? (entry.premiumMultiplier ?? 1) : 1);
  };
}

function soraObject(name: string, shape: Record<string, z.ZodType>) {
  return z.strictObject(
    {
      model: z.literal(name),
      prompt: soraPrompt(name),
      image_urls: imageUrls(name, 1).optional(),
      callback_url: z.string().optional(),
      ...Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `${name} does not take ${iss.keys.map((k) => JSON.stringify(k)).join(', ')} (it takes prompt, ${[...Object.keys(shape), 'image_urls', 'callback_url'].join(', ')})`
          : undefined,
    },
  );
}

/** sora-2-pro-preview, exactly as its source document defines it. */
const soraProPreview: ModelSpec = {
  name: 'sora-2-pro-preview',
  description: 'Sora 2 Pro: text-to-video and image-to-video, 4/8/12 s, 720p or 1080p.',
  parameters: {
    duration: { values: [4, 8, 12], description: 'Video length in seconds; billing follows it.' },
    quality: { values: ['720p', '1080p'], description: '720p standard price; 1080p costs 1.667x.' },
    aspect_ratio: { values: landscapePortrait, description: '16:9 landscape or 9:16 portrait.' },
    ...common,
  },
  schema: soraObject('sora-2-pro-preview', {
    duration: oneOf('sora-2-pro-preview', [4, 8, 12]),
    quality: oneOf('sora-2-pro-preview', ['720p', '1080p']),
    aspect_ratio: oneOf('sora-2-pro-preview', landscapePortrait),
  }),
  price: priced('sora-2-pro-preview', [4, 8, 12], (req) => req.quality !== '720p'),
};

/** sora-2-beta-max, exactly as its source document defines it. */
const soraBetaMax: ModelSpec = {
  name: 'sora-2-beta-max',
  description: 'Sora 2 (beta max): text-to-video and image-to-video, 10 or 15 s.',
  parameters: {
    duration: {
      values: [10, 15],
      default: 10,
      description: 'Video length in seconds; 15 costs more.',
    },
    remove_watermark: {
      values: [true, false],
      default: true,
      description: 'Remove the watermark (no extra charge).',
    },
    aspect_ratio: { values: landscapePortrait, description: '16:9 landscape or 9:16 portrait.' },
    ...common,
  },
  schema: soraObject('sora-2-beta-max', {
    duration: oneOf('sora-2-beta-max', [10, 15]),
    remove_watermark: bool('sora-2-beta-max'),
    aspect_ratio: oneOf('sora-2-beta-max', landscapePortrait),
  }),
  price: priced('sora-2-beta-max', [10, 15], () => false),
};

/** sora-2, per the vendor documentation summarised in shared/api/README.md. */
const sora2: ModelSpec = {
  name: 'sora-2',
  description: 'Sora 2: text-to-video and image-to-video, 10 or 15 s.',
  parameters: {
    duration: { values: [10, 15], description: 'Video length in seconds.' },
    remove_watermark: { values: [true, false], description: 'Remove the watermark.' },
    aspect_ratio: { values: landscapePortrait, description: '16:9 landscape or 9:16 portrait.' },
    ...common,
  },
  schema: soraObject('sora-2', {
    duration: oneOf('sora-2', [10, 15]),
    remove_watermark: bool('sora-2'),
    aspect_ratio: oneOf('sora-2', landscapePortrait),
  }),
  price: priced('sora-2', [10, 15], () => false),
};

// sora-2-pro pairs quality with duration: 15 s only "high", 25 s only "standard".
const proPairing: Record<number, string> = { 15: 'high', 25: 'standard' };

/** Only the valid pairings: the given duration's quality, or the duration the given quality goes with. */
function pairingFix(duration: number, quality: string): string {
  const fix = `use quality ${formatValue(proPairing[duration])} with duration ${duration}`;
  const other = Object.entries(proPairing).find(([, q]) => q === quality)?.[0];
  return other ? `${fix}, or duration ${other} with quality ${formatValue(quality)}` : fix;
}

/** sora-2-pro, per the vendor documentation, including its quality/duration pairing. */
const soraPro: ModelSpec = {
  name: 'sora-2-pro',
  description: 'Sora 2 Pro: 15 s at high quality or 25 s at standard quality.',
  parameters: {
    duration: { values: [15, 25], description: '15 (quality high) or 25 (quality standard).' },
    quality: {
      values: ['standard', 'high'],
      description: 'high goes with 15 s, standard with 25 s.',
    },
    remove_watermark: { values: [true, false], description: 'Remove the watermark.' },
    aspect_ratio: { values: landscapePortrait, description: '16:9 landscape or 9:16 portrait.' },
    ...common,
  },
  schema: soraObject('sora-2-pro', {
    duration: oneOf('sora-2-pro', [15, 25]),
    quality: oneOf('sora-2-pro', ['standard', 'high']),
    remove_watermark: bool('sora-2-pro'),
    aspect_ratio: oneOf('sora-2-pro', landscapePortrait),
  }).check((ctx) => {
    const { duration, quality } = ctx.value as { duration?: number; quality?: string };
    const paired = duration === undefined ? undefined : proPairing[duration];
    if (paired !== undefined && quality !== undefined && quality !== paired) {
      ctx.issues.push({
        code: 'custom',
        input: quality,
        path: ['quality'],
        message: `sora-2-pro at duration ${duration} accepts only ${formatValue(paired)}, got ${formatValue(quality)}`,
        params: { allowed: [paired], fix: pairingFix(duration as number, quality) },
      });
    }
  }),
  price: priced('sora-2-pro', [15, 25], () => false),
  derive(req) {
    if (req.quality === undefined && req.duration !== undefined) {
      const quality = proPairing[req.duration];
      return quality ? { quality } : {};
    }
    if (req.duration === undefined && req.quality !== undefined) {
      const entry = Object.entries(proPairing).find(([, q]) => q === req.quality);
      return entry ? { duration: Number(entry[0]) } : {};
    }
    return {};
  },
};

/** sora-2-preview, per the vendor documentation (pixel aspect ratios too). */
const soraPreview: ModelSpec = {
  name: 'sora-2-preview',
  description: 'Sora 2 preview: 4/8/12 s; an input image must match the aspect ratio exactly.',
  parameters: {
    duration: { values: [4, 8, 12], description: 'Video length in seconds.' },
    aspect_ratio: {
      values: ['16:9', '9:16', '1280x720', '720x1280'],
      description: 'Landscape or portrait; an input image must match it exactly.',
    },
    ...common,
  },
  schema: soraObject('sora-2-preview', {
    duration: oneOf('sora-2-preview', [4, 8, 12]),
    aspect_ratio: oneOf('sora-2-preview', ['16:9', '9:16', '1280x720', '720x1280']),
  }),
  price: priced('sora-2-preview', [4, 8, 12], () => false),
};

export const soraModels: readonly ModelSpec[] = [
  soraProPreview,
  soraBetaMax,
  sora2,
  soraPro,
  soraPreview,
];
