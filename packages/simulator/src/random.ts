/** A seeded pseudo-random source returning floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32, written by hand because it is four lines and a dependency would add
 * nothing: the simulator only needs reproducible, not cryptographic, randomness.
 */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `length` lowercase alphanumerics drawn from `random`. */
export function randomAlnum(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
