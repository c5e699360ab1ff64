import type { ModelOverlay } from './define-model.ts';

// Models beyond Sora that core priced before their rules came from the vendor's catalog
// (`@clipwright/catalog`, params.json, where every rule and its source is). PRICES ARE OUR
// ASSUMPTION, except Veo 3.1 Fast's, which its page gives in a table; the simulator's own table
// uses the same numbers. `applied` lists the defaults core filled in then, kept so that content
// hashes do not change (each is a value the catalog allows).

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
    // Documented: 5.760 credits per video; 8.640 with audio; 17.280 at 4k; 20.218 at 4k with audio.
    price: {
      perCall: 5.76,
      multipliers: [
        { field: 'quality', by: { '720p': 1, '1080p': 1, '4k': 3 } },
        { field: 'generate_audio', by: { true: 1.5, false: 1 } },
      ],
      overrides: [{ when: { quality: '4k', generate_audio: true }, credits: 20.218 }],
    },
    // REFERENCE fixes duration 8 and 16:9 (a prose rule of the catalog).
    derive: 'rules',
  },
  {
    name: 'kling-v3-text-to-video',
    applied: { duration: 5, aspect_ratio: '16:9' },
    price: { perSecond: 1, multipliers: [{ field: 'sound', by: { on: 1.5, off: 1 } }] },
  },
  {
    name: 'seedance-1.5-pro',
    applied: { duration: 5, quality: '720p', aspect_ratio: '16:9', generate_audio: true },
    price: {
      perSecond: 0.5,
      multipliers: [
        { field: 'quality', by: { '480p': 0.5, '720p': 1, '1080p': 2 } },
        { field: 'generate_audio', by: { true: 1.5, false: 1 } },
      ],
    },
  },
  {
    name: 'MiniMax-Hailuo-2.3',
    applied: { quality: '768p', duration: 6 },
    price: {
      byDuration: { 6: 3, 10: 5 },
      multipliers: [{ field: 'quality', by: { '768p': 1, '1080p': 1.6 } }],
    },
  },
  {
    name: 'wan2.5-text-to-video',
    applied: { quality: '720p', aspect_ratio: '16:9', prompt_extend: true },
    price: {
      perSecond: 0.6,
      multipliers: [{ field: 'quality', by: { '480p': 0.5, '720p': 1, '1080p': 1.5 } }],
    },
  },
];
