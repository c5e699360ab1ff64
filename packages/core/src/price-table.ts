/** How one model is priced: per second of `duration`, or a fixed price per duration. */
export interface ModelPrice {
  /** Credits per second of video. */
  perSecond?: number;
  /** Credits per call, keyed by duration. */
  byDuration?: Readonly<Record<number, number>>;
  /** Multiplier for the premium quality (1080p, or sora-2-pro's `high`). */
  premiumMultiplier?: number;
}

/** 1080p costs 1.667x 720p on sora-2-pro-preview: the one price fact in the source documents. */
export const HIGH_QUALITY_MULTIPLIER = 1.667;

/**
 * Credits per request. ASSUMPTION except where noted: EvoLink publishes prices on its site,
 * not in the API documents. The numbers match the simulator's price table so that estimates
 * equal its `credits_reserved`; correct them here (or `registerModel` a model with its own
 * `price`) when real prices are known. Documented: billing follows `duration`, and 1080p
 * costs 1.667x on sora-2-pro-preview.
 */
export const priceTable: Readonly<Record<string, ModelPrice>> = {
  'sora-2-pro-preview': { perSecond: 3, premiumMultiplier: HIGH_QUALITY_MULTIPLIER },
  'sora-2-beta-max': { perSecond: 0.7 },
  'sora-2': { perSecond: 0.4 },
  // sora-2-pro is priced per call: its quality is tied to the duration.
  'sora-2-pro': { byDuration: { 15: 40, 25: 45 } },
  'sora-2-preview': { perSecond: 1 },
};

/**
 * Fallback for models without a price: this rate (above the dearest known per-second rate,
 * sora-2-pro-preview at 1080p) times `duration`, or times `FALLBACK_SECONDS` when no duration
 * is given, so a budget over-counts rather than under-counts.
 */
export const FALLBACK_CREDITS_PER_SECOND = 5;
export const FALLBACK_SECONDS = 10;

/** Rounds credits up to three decimals, so sums never fall below the true price. */
export function roundCredits(credits: number): number {
  return Math.ceil(credits * 1000 - 1e-6) / 1000;
}
