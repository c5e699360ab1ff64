import { distance } from 'fastest-levenshtein';

/** Options of `didYouMean`. */
export interface DidYouMeanOptions {
  /**
   * The most edits a candidate may be from the name, given the candidate as compared (lower
   * case, letters and digits only). Default: a third of the name's length, at least 2: enough
   * for a typo (`durration`, `modle`), not for another word.
   */
  maxDistance?: (candidate: string) => number;
  /**
   * A candidate must carry the same numbers as the name, in order: `sora-3` is not a typo of
   * `sora-2` but another model. Default false.
   */
  sameNumbers?: boolean;
}

/** Lower case, letters and digits only: `Sora-2_Pro` and `sora2pro` compare equal. */
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/** The numbers in a name, in order. */
const numbers = (name: string) => name.match(/[0-9]+/g)?.join('.') ?? '';

/**
 * The one did-you-mean of Clipwright (model names, front-matter and manifest keys, template
 * variables): the `known` name closest to `name` by edit distance (fastest-levenshtein),
 * ignoring case and punctuation, or `undefined` when none is close enough to be a likely typo.
 */
export function didYouMean(
  name: string,
  known: readonly string[],
  options: DidYouMeanOptions = {},
): string | undefined {
  const given = normalise(name);
  const limit = options.maxDistance ?? (() => Math.max(2, Math.floor(given.length / 3)));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    if (options.sameNumbers && numbers(candidate) !== numbers(name)) continue;
    const target = normalise(candidate);
    const d = distance(given, target);
    if (d > limit(target)) continue;
    if (!best || d < best.distance) best = { name: candidate, distance: d };
  }
  return best?.name;
}
