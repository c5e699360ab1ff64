import { chainKey } from '../model/chain.ts';
import type { Job } from '../model/plan.ts';

/**
 * The jobs one run with `maxCredits` would start, decided before it starts: in plan order, a
 * job fits when its cost (`cost`: its high estimate, 0 when cached) fits what the earlier
 * fitting jobs left; a job that does not fit is left out and later, cheaper ones may still fit,
 * as `Budget.reserve` does job by job. Jobs with the same content (the same `chainKey`) make one
 * video: they go with the first of them, at no cost of their own.
 *
 * Every shard of a matrix calls this on the whole plan (`Plan.sharding.jobs`, the same list in
 * every shard) with the same costs, so all shards decide alike without talking to each other,
 * and each runs only its own share: the union of the shares is exactly what one unsharded run
 * would choose, and its estimates never pass `maxCredits`.
 */
export function jobsWithinBudget(
  jobs: readonly Job[],
  maxCredits: number,
  cost: (job: Job) => number,
): Set<Job> {
  const fits = new Set<Job>();
  const firstFits = new Map<string, boolean>();
  let left = maxCredits;
  for (const job of jobs) {
    const key = chainKey(job);
    const first = firstFits.get(key);
    if (first !== undefined) {
      if (first) fits.add(job);
      continue;
    }
    const credits = cost(job);
    // The tolerance `Budget.reserve` uses for sums of thousandths.
    const ok = credits <= left + 1e-9;
    firstFits.set(key, ok);
    if (ok) {
      left -= credits;
      fits.add(job);
    }
  }
  return fits;
}
