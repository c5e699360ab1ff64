/**
 * Price of a model core does not know: this rate (above the dearest known per-second rate,
 * sora-2-pro-preview at 1080p) times `duration`, or times `FALLBACK_SECONDS` when no duration
 * is given, so a budget over-counts rather than under-counts. Prices of known models live in
 * each model's data (`sora-models.ts`, `other-models.ts`).
 */
export const FALLBACK_CREDITS_PER_SECOND = 5;
export const FALLBACK_SECONDS = 10;

/**
 * The one credit rounding rule of Clipwright: up to a thousandth of a credit, so an estimate or
 * a sum is never below the true price. Floating-point dust (0.1 + 0.2, or the last bits of a
 * 20,000-video sum) is not rounded up: a tolerance of a millionth of a thousandth per credit is
 * taken off first, far below any real price step (prices have at most five decimals per second).
 */
export function roundCredits(credits: number): number {
  // `+ 0` turns the -0 that Math.ceil gives for 0 (after the tolerance) into 0.
  return Math.ceil(credits * 1000 - 1e-6 * Math.max(1, Math.abs(credits))) / 1000 + 0;
}
