import type { ModelOverlay } from './define-model.ts';

// The Sora family's rules come from the vendor's catalog (`@clipwright/catalog`, params.json).
// Prices are the vendor's published ones (the same package's pricing.json). Here: the defaults
// core filled in before (kept so that content hashes do not change: sora-2-beta-max's duration
// 10 and remove_watermark true are both stated in its docs' prose, quoted in params.json).

export const soraModels: readonly ModelOverlay[] = [
  {
    name: 'sora-2-pro-preview',
  },
  {
    name: 'sora-2-beta-max',
    applied: { duration: 10, remove_watermark: true },
  },
  { name: 'sora-2' },
  {
    name: 'sora-2-pro',
    // Its quality is tied to the duration (15 s high, 25 s standard).
    derive: 'both-ways',
  },
  { name: 'sora-2-preview', imageMatchesAspectRatio: true },
];
