/**
 * A seeded PRNG (mulberry32) returning numbers in [0, 1). Written by hand: five lines, and the
 * benchmark needs the same task lengths for ours and the baseline on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` whole numbers in [min, max], drawn from `seed`. */
export function seededIntegers(seed: number, count: number, min: number, max: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => min + Math.floor(random() * (max - min + 1)));
}
