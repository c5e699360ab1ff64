/**
 * Seconds counted for a video without a published price and without a duration (its guess is
 * the dearest published rate times these; see `unpricedGuess`). Published prices themselves
 * are data: `@clipwright/catalog`'s `pricing.json`, read by `published-price.ts`.
 */
export const FALLBACK_SECONDS = 10;

/**
 * The one credit rounding rule of Clipwright: up to a thousandth of a credit, so an estimate or
 * a sum is never below the true price. Floating-point dust (0.1 + 0.2, or the last bits of a
 * 20,000-video sum) is not rounded up: a tolerance of a millionth of a thousandth per credit is
 * taken off first, far below any real price step (prices have at most five decimals per second).
 */
export function roundCredits(credits: number): number {
  // `|| 0`: zero credits is 0, never -0 (the tolerance would round 0 to -0).
  return Math.ceil(credits * 1000 - 1e-6 * Math.max(1, Math.abs(credits))) / 1000 || 0;
}
