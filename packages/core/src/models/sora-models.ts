import type { ModelOverlay } from './define-model.ts';

// The Sora family's rules come from the vendor's catalog (`@clipwright/catalog`, params.json).
// Here: prices, which ARE OUR ASSUMPTION except the 1080p multiplier (1.667x, documented for
// sora-2-pro-preview), and the defaults core filled in before (kept so that content hashes do
// not change: sora-2-beta-max's duration 10 and remove_watermark true are both stated in its
// docs' prose, quoted in params.json). The simulator uses the same prices.

export const soraModels: readonly ModelOverlay[] = [
  {
    name: 'sora-2-pro-preview',
    price: { perSecond: 3, multipliers: [{ field: 'quality', by: { '720p': 1, '1080p': 1.667 } }] },
  },
  {
    name: 'sora-2-beta-max',
    applied: { duration: 10, remove_watermark: true },
    price: { perSecond: 0.7 },
  },
  { name: 'sora-2', price: { perSecond: 0.4 } },
  {
    name: 'sora-2-pro',
    // Priced per call: its quality is tied to the duration (15 s high, 25 s standard).
    price: { byDuration: { 15: 40, 25: 45 } },
    derive: 'both-ways',
  },
  { name: 'sora-2-preview', price: { perSecond: 1 }, imageMatchesAspectRatio: true },
];
