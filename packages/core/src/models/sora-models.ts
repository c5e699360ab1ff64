import type { VideoRequest } from '../types.ts';
import type { ModelData } from './define-model.ts';
import { formatValue } from './schema-helpers.ts';

// Sources: the seed documents (sora-2-pro-preview, sora-2-beta-max; 5000-character prompts)
// and the vendor pages summarised in /work/shared/api/README.md, e.g.
// https://docs.evolink.ai/en/api-manual/video-series/sora2/sora2-video-generate (sora-2:
// prompts of at most 1000 characters). Prices are not here: they are the vendor's published
// ones, in @clipwright/catalog's pricing.json, which the simulator charges from too.

const landscapePortrait = ['16:9', '9:16'] as const;
const aspect = { values: landscapePortrait, description: '16:9 landscape or 9:16 portrait.' };
const watermark = { type: 'boolean', description: 'Remove the watermark.' } as const;
const seed = 'seed document (shared/api)';
const soraPage = 'https://docs.evolink.ai/en/api-manual/video-series/sora2/';

// sora-2-pro pairs quality with duration: 15 s only "high", 25 s only "standard".
const proPairing: Record<number, string> = { 15: 'high', 25: 'standard' };

/** Only the valid pairings: the given duration's quality, or the duration the given quality goes with. */
function pairingFix(duration: number, quality: string): string {
  const fix = `use quality ${formatValue(proPairing[duration])} with duration ${duration}`;
  const other = Object.entries(proPairing).find(([, q]) => q === quality)?.[0];
  return other ? `${fix}, or duration ${other} with quality ${formatValue(quality)}` : fix;
}

export const soraModels: readonly ModelData[] = [
  {
    name: 'sora-2-pro-preview',
    description: 'Sora 2 Pro: text-to-video and image-to-video, 4/8/12 s, 720p or 1080p.',
    source: seed,
    promptMaxLength: 5000,
    maxImages: 1,
    fields: {
      duration: { values: [4, 8, 12], description: 'Video length in seconds; billing follows it.' },
      quality: {
        values: ['720p', '1080p'],
        description: '720p standard price; 1080p costs 1.667x.',
      },
      aspect_ratio: aspect,
    },
  },
  {
    name: 'sora-2-beta-max',
    description: 'Sora 2 (beta max): text-to-video and image-to-video, 10 or 15 s.',
    source: seed,
    promptMaxLength: 5000,
    maxImages: 1,
    fields: {
      duration: {
        values: [10, 15],
        default: 10,
        description: 'Video length in seconds; 15 costs more.',
      },
      remove_watermark: {
        type: 'boolean',
        default: true,
        description: 'Remove the watermark (no extra charge).',
      },
      aspect_ratio: aspect,
    },
  },
  {
    name: 'sora-2',
    description: 'Sora 2: text-to-video and image-to-video, 10 or 15 s.',
    source: `${soraPage}sora2-video-generate`,
    promptMaxLength: 1000,
    maxImages: 1,
    fields: {
      duration: { values: [10, 15], description: 'Video length in seconds.' },
      remove_watermark: watermark,
      aspect_ratio: aspect,
    },
  },
  {
    name: 'sora-2-pro',
    description: 'Sora 2 Pro: 15 s at high quality or 25 s at standard quality.',
    source: 'shared/api/README.md (sora-2-pro; its prompt limit is not stated: 5000 assumed)',
    promptMaxLength: 5000,
    maxImages: 1,
    fields: {
      duration: { values: [15, 25], description: '15 (quality high) or 25 (quality standard).' },
      quality: {
        values: ['standard', 'high'],
        description: 'high goes with 15 s, standard with 25 s.',
      },
      remove_watermark: watermark,
      aspect_ratio: aspect,
    },
    refine(req) {
      const { duration, quality } = req as { duration?: number; quality?: string };
      const paired = duration === undefined ? undefined : proPairing[duration];
      if (paired === undefined || quality === undefined || quality === paired) return [];
      return [
        {
          field: 'quality',
          message: `sora-2-pro at duration ${duration} accepts only ${formatValue(paired)}, got ${formatValue(quality)}`,
          fix: pairingFix(duration as number, quality),
          allowed: [paired],
        },
      ];
    },
    derive(req: VideoRequest) {
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
  },
  {
    name: 'sora-2-preview',
    description: 'Sora 2 preview: 4/8/12 s; an input image must match the aspect ratio exactly.',
    source: 'shared/api/README.md (sora-2-preview; its prompt limit is not stated: 5000 assumed)',
    promptMaxLength: 5000,
    maxImages: 1,
    imageRule: 'the image must match the aspect ratio exactly',
    imageMatchesAspectRatio: true,
    fields: {
      duration: { values: [4, 8, 12], description: 'Video length in seconds.' },
      aspect_ratio: {
        values: ['16:9', '9:16', '1280x720', '720x1280'],
        description: 'Landscape or portrait; an input image must match it exactly.',
      },
    },
  },
];
