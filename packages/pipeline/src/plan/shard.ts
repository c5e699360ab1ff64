/** One shard of a split: `index` is 1-based. */
export interface Shard {
  index: number;
  total: number;
}

/** Parses `'k/n'` (1-based k, 1 <= k <= n) or checks a `{ index, total }`. Throws on nonsense. */
export function parseShard(shard: string | Shard): Shard {
  const parsed =
    typeof shard === 'string'
      ? (() => {
          const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
          return m ? { index: Number(m[1]), total: Number(m[2]) } : undefined;
        })()
      : shard;
  if (
    !parsed ||
    !Number.isSafeInteger(parsed.index) ||
    !Number.isSafeInteger(parsed.total) ||
    parsed.total < 1 ||
    parsed.index < 1 ||
    parsed.index > parsed.total
  ) {
    throw new RangeError(
      `invalid shard ${JSON.stringify(shard)}: write k/n with 1 <= k <= n, e.g. "1/3"`,
    );
  }
  return parsed;
}

/**
 * Whether a content hash belongs to a shard: the first 48 bits of the hash modulo the shard
 * count. Depends on the job alone, so a job stays in its shard whatever else the plan holds,
 * and the shards 1..n of one plan cover every job exactly once.
 */
export function inShard(hash: string, shard: Shard): boolean {
  const bucket = Number.parseInt(hash.slice(0, 12), 16) % shard.total;
  return bucket === shard.index - 1;
}
