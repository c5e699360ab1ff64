import { createRandom } from '@clipwright/simulator';

/**
 * A seeded PRNG (mulberry32, the simulator's) returning numbers in [0, 1): the benchmark needs
 * the same task lengths for ours and the baseline on every run.
 */
export const seededRandom = createRandom;

/** `count` whole numbers in [min, max], drawn from `seed`. */
export function seededIntegers(seed: number, count: number, min: number, max: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => min + Math.floor(random() * (max - min + 1)));
}
