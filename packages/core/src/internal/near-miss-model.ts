import { distance } from 'fastest-levenshtein';

/** Lower case, letters and digits only: `Sora-2_Pro` and `sora2pro` compare equal. */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/** The numbers in a name, in order: a different version (`sora-3`) is another model. */
const numbers = (name: string) => name.match(/[0-9]+/g)?.join('.') ?? '';

/**
 * The registered name that `name` is a near miss of, or `undefined` when `name` looks like a
 * genuinely new model. A near miss has the same numbers as the registered name and, once
 * case and punctuation are ignored, an edit distance of at most one per five characters of
 * the registered name (at least one): `sora2` and `Sora-2-Beta-Max` are near misses (0),
 * `sora-2-pro-previw` too (1 of 3 allowed); `veo-3`, `kling-2`, `sora-3` and `sora-2-hd` are not.
 */
export function nearMissModel(name: string, known: readonly string[]): string | undefined {
  const given = normalise(name);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const target = normalise(candidate);
    if (numbers(candidate) !== numbers(name)) continue;
    const d = distance(given, target);
    if (d > Math.max(1, Math.floor(target.length / 5))) continue;
    if (!best || d < best.distance) best = { name: candidate, distance: d };
  }
  return best?.name;
}
