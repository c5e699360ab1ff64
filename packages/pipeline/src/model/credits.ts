/**
 * The one credit rounding rule: to a thousandth of a credit, half up. Prices are per second
 * with up to three decimals, so a thousandth keeps every real figure exact while removing the
 * binary floating-point dust of sums (0.1 + 0.2) in either direction; rounding up instead
 * (core's estimate rule today) turns the dust of a 20,000-video sum into a whole extra
 * thousandth. Every report shows this figure unchanged, so the CLI, manifest.json, the gallery
 * and the action's outputs agree to the digit.
 */
export function roundCredits(credits: number): number {
  return Math.round(credits * 1000) / 1000;
}

/** The sum of credits (numbers, or items' `credits`), rounded by {@link roundCredits}. */
export function sumCredits(items: readonly (number | { credits: number })[]): number {
  return roundCredits(
    items.reduce<number>((sum, x) => sum + (typeof x === 'number' ? x : x.credits), 0),
  );
}
