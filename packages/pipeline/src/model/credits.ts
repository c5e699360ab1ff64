import { roundCredits } from '@clipwright/core/internal';

/** Core's one credit rounding rule (up to a thousandth, never below the true price). */
export { roundCredits };

/** The sum of credits (numbers, or items' `credits`), rounded by {@link roundCredits}. */
export function sumCredits(items: readonly (number | { credits: number })[]): number {
  return roundCredits(
    items.reduce<number>((sum, x) => sum + (typeof x === 'number' ? x : x.credits), 0),
  );
}
