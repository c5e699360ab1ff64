import type { ModelData } from './define-model.ts';
import { formatValue } from './schema-helpers.ts';

// Models beyond Sora on POST /v1/videos/generations. Each `source` is the vendor page its
// rules were read from. Prices are the vendor's published ones (@clipwright/catalog's
// pricing.json), which the simulator charges from too.

const page = 'https://docs.evolink.ai/en/api-manual/video-series/';

export const otherModels: readonly ModelData[] = [
  {
    name: 'veo-3.1-fast-generate-preview',
    description:
      'Google Veo 3.1 Fast: text-to-video, first/last frame or up to 3 reference images.',
    source: `${page}veo3.1/veo-3.1-fast-generate-preview-generate`,
    promptMaxLength: 2000,
    maxImages: 3,
    imageRule: 'up to 10 MB each; FIRST&LAST takes 1-2, REFERENCE up to 3',
    fields: {
      generation_type: {
        values: ['TEXT', 'FIRST&LAST', 'REFERENCE'],
        description: 'TEXT, FIRST&LAST (1-2 images) or REFERENCE (up to 3 images, 8 s, 16:9).',
      },
      duration: { values: [4, 6, 8], default: 4, description: 'Video length in seconds.' },
      aspect_ratio: {
        values: ['16:9', '9:16'],
        default: '16:9',
        description: 'Landscape or portrait.',
      },
      quality: { values: ['720p', '1080p', '4k'], default: '720p', description: '4k costs 3x.' },
      generate_audio: {
        type: 'boolean',
        default: true,
        description: 'Generate audio (costs 1.5x).',
      },
      seed: { type: 'integer', min: 1, max: 4294967295, description: 'Random seed.' },
      negative_prompt: { type: 'text', max: 2000, description: 'What the video should avoid.' },
      person_generation: {
        values: ['allow_adult', 'dont_allow'],
        default: 'allow_adult',
        description: 'Whether people may appear.',
      },
      resize_mode: {
        values: ['pad', 'crop'],
        default: 'pad',
        description: 'How an input image is fitted (image-to-video only).',
      },
    },
    // REFERENCE fixes duration 8 and 16:9.
    derive: (req) =>
      req.generation_type === 'REFERENCE' ? { duration: 8, aspect_ratio: '16:9' } : {},
    refine(req) {
      if (req.generation_type !== 'REFERENCE') return [];
      const problems = [];
      if (req.duration !== undefined && req.duration !== 8) {
        problems.push({
          field: 'duration',
          message: `veo-3.1-fast-generate-preview with generation_type REFERENCE accepts only 8, got ${formatValue(req.duration)}`,
          fix: 'use duration 8 with REFERENCE, or another generation_type',
        });
      }
      if (req.aspect_ratio !== undefined && req.aspect_ratio !== '16:9') {
        problems.push({
          field: 'aspect_ratio',
          message: `veo-3.1-fast-generate-preview with generation_type REFERENCE accepts only "16:9", got ${formatValue(req.aspect_ratio)}`,
          fix: 'use aspect_ratio "16:9" with REFERENCE, or another generation_type',
        });
      }
      return problems;
    },
  },
  {
    name: 'kling-v3-text-to-video',
    description: 'Kling V3: text-to-video, 3 to 15 s, with sound.',
    // The page names the model and its single/multi-shot modes with sound; the field ranges
    // below are Kling 3.0's as published by Kuaishou's partners: OUR READING, to be checked.
    source: `${page}kling/kling-v3-text-to-video`,
    promptMaxLength: 2500,
    maxImages: 0,
    fields: {
      duration: { type: 'integer', min: 3, max: 15, default: 5, description: 'Seconds, 3 to 15.' },
      aspect_ratio: {
        values: ['16:9', '9:16', '1:1'],
        default: '16:9',
        description: 'Landscape, portrait or square.',
      },
      negative_prompt: { type: 'text', max: 2500, description: 'What the video should avoid.' },
      generate_audio: { type: 'boolean', description: 'Generate sound with the video.' },
    },
  },
  {
    name: 'seedance-1.5-pro',
    description: 'Seedance 1.5 Pro: text-to-video, image-to-video, first-last frame; 4-12 s.',
    source: `${page}seedance1.5/seedance-1.5-pro-video-generate`,
    // The page says "2000 tokens"; we count code points, which is stricter.
    promptMaxLength: 2000,
    maxImages: 2,
    imageRule: 'up to 10 MB each; 1 image = first frame, 2 = first and last frame',
    fields: {
      duration: {
        type: 'integer',
        min: 4,
        max: 12,
        default: 5,
        description: 'Seconds, 4 to 12; billed by it.',
      },
      quality: { values: ['480p', '720p', '1080p'], default: '720p', description: 'Resolution.' },
      aspect_ratio: {
        values: ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', 'adaptive'],
        default: '16:9',
        description: 'Frame shape, or adaptive.',
      },
      generate_audio: {
        type: 'boolean',
        default: true,
        description: 'Synchronized audio (costs more).',
      },
    },
  },
  {
    name: 'MiniMax-Hailuo-2.3',
    description: 'MiniMax Hailuo 2.3: text-to-video or one first frame; 6 or 10 s.',
    source: `${page}hailuo/hailuo-2-3-video-generate`,
    promptMaxLength: 2000,
    maxImages: 1,
    imageRule: 'up to 20 MB; aspect 2:5 to 5:2; short edge over 300 px',
    fields: {
      quality: { values: ['768p', '1080p'], default: '768p', description: '1080p only at 6 s.' },
      duration: { values: [6, 10], default: 6, description: '10 s only at 768p.' },
      model_params: {
        type: 'object',
        description: 'prompt_optimizer (default true), fast_pretreatment (default false).',
      },
    },
    refine(req) {
      if (req.quality !== '1080p' || req.duration === undefined || req.duration === 6) return [];
      return [
        {
          field: 'duration',
          message: `MiniMax-Hailuo-2.3 at quality 1080p accepts only 6, got ${formatValue(req.duration)}`,
          fix: 'use duration 6 with 1080p, or quality "768p" for 10 s',
        },
      ];
    },
  },
  {
    name: 'wan2.5-text-to-video',
    description: 'Wan 2.5: text-to-video, 5 or 10 s, 480p to 1080p.',
    source: `${page}wan2.5/wan2.5-text-to-video`,
    promptMaxLength: 2000,
    maxImages: 0,
    fields: {
      duration: { values: [5, 10], description: 'Seconds; pre-charged by it.' },
      quality: { values: ['480p', '720p', '1080p'], default: '720p', description: 'Resolution.' },
      aspect_ratio: {
        values: ['16:9', '9:16', '1:1', '4:3', '3:4'],
        default: '16:9',
        description: '4:3 and 3:4 not at 480p.',
      },
      prompt_extend: {
        type: 'boolean',
        default: true,
        description: 'Let a language model rewrite the prompt.',
      },
    },
    refine(req) {
      if (req.quality !== '480p' || !['4:3', '3:4'].includes(req.aspect_ratio as string)) return [];
      return [
        {
          field: 'aspect_ratio',
          message: `wan2.5-text-to-video at quality 480p accepts "16:9", "9:16" or "1:1", got ${formatValue(req.aspect_ratio)}`,
          fix: 'use 16:9, 9:16 or 1:1 at 480p, or quality "720p"',
        },
      ];
    },
  },
];
