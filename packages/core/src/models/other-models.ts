import type { ModelOverlay } from './define-model.ts';

// Models beyond Sora that core knew before their rules came from the vendor's catalog
// (`@clipwright/catalog`, params.json, where every rule and its source is; prices are its
// pricing.json). `applied` lists the defaults core filled in then, kept so that content hashes
// do not change (each is a value the catalog allows).

export const otherModels: readonly ModelOverlay[] = [
  {
    name: 'veo-3.1-fast-generate-preview',
    applied: {
      duration: 4,
      aspect_ratio: '16:9',
      quality: '720p',
      generate_audio: true,
      person_generation: 'allow_adult',
      resize_mode: 'pad',
    },
    // REFERENCE fixes duration 8 and 16:9 (a prose rule of the catalog).
    derive: 'rules',
  },
  {
    name: 'kling-v3-text-to-video',
    applied: { duration: 5, aspect_ratio: '16:9' },
  },
  {
    name: 'seedance-1.5-pro',
    applied: { duration: 5, quality: '720p', aspect_ratio: '16:9', generate_audio: true },
  },
  {
    name: 'MiniMax-Hailuo-2.3',
    applied: { quality: '768p', duration: 6 },
  },
  {
    name: 'wan2.5-text-to-video',
    applied: { quality: '720p', aspect_ratio: '16:9', prompt_extend: true },
  },
];
