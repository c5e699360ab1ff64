/**
 * Price of a model core does not know: this rate (above the dearest known per-second rate,
 * sora-2-pro-preview at 1080p) times `duration`, or times `FALLBACK_SECONDS` when no duration
 * is given, so a budget over-counts rather than under-counts. Prices of known models live in
 * each model's data (`sora-models.ts`, `other-models.ts`).
 */
export const FALLBACK_CREDITS_PER_SECOND = 5;
export const FALLBACK_SECONDS = 10;

/** Rounds credits up to three decimals, so sums never fall below the true price. */
export function roundCredits(credits: number): number {
  return Math.ceil(credits * 1000 - 1e-6) / 1000;
}
