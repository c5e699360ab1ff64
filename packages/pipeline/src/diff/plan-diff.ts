import type { CacheStore } from '../model/cache-store.ts';
import { chainJobs, chainKey, chainModels } from '../model/chain.ts';
import { sumCredits } from '../model/credits.ts';
import type { Job, Plan } from '../model/plan.ts';
import type { DiffEntry, DiffStatus, PlanDiff } from '../model/plan-diff.ts';

export interface DiffPlansOptions {
  /**
   * Marks videos whose content is already cached.
   * @default no cache
   */
  cache?: CacheStore;
}

/** Classifies every video of `base` and `head` by name and content hash. Makes no API call. */
export async function diffPlans(
  base: Plan,
  head: Plan,
  options: DiffPlansOptions = {},
): Promise<PlanDiff> {
  const before = new Map(base.jobs.map((j) => [j.name, j]));
  const baseHashes = new Set(base.jobs.map(chainKey));
  // Made when the same chain is at base, or any model of it has the video in the cache.
  const isMade = async (job: Job) =>
    baseHashes.has(chainKey(job)) ||
    (options.cache !== undefined &&
      (await Promise.all(chainJobs(job).map((j) => options.cache?.get(j.hash)))).some(
        (hit) => hit !== undefined,
      ));
  const entries: DiffEntry[] = [];
  for (const job of head.jobs) {
    const old = before.get(job.name);
    before.delete(job.name);
    const status: DiffStatus = !old
      ? 'added'
      : chainKey(old) === chainKey(job)
        ? 'unchanged'
        : 'changed';
    entries.push({
      name: job.name,
      status,
      source: job.source,
      ...(old ? { baseCredits: old.credits } : {}),
      credits: job.credits,
      delta: sumCredits([job.credits, -(old?.credits ?? 0)]),
      changes: old && status === 'changed' ? changedFields(old, job) : [],
      hash: job.hash,
      cached: await isMade(job),
    });
  }
  for (const old of before.values()) {
    entries.push({
      name: old.name,
      status: 'removed',
      source: old.source,
      baseCredits: old.credits,
      delta: -old.credits,
      changes: [],
      hash: old.hash,
      cached: true,
    });
  }
  entries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  const baseTotal = sumCredits(base.jobs.map((j) => j.credits));
  const headTotal = sumCredits(head.jobs.map((j) => j.credits));
  return {
    entries,
    counts,
    delta: sumCredits([headTotal, -baseTotal]),
    toGenerate: sumCredits(
      entries
        .filter((e) => (e.status === 'added' || e.status === 'changed') && !e.cached)
        .map((e) => e.credits ?? 0),
    ),
    base: { totalCredits: baseTotal },
    head: { totalCredits: headTotal },
    problems: head.problems,
  };
}

const order: Record<DiffStatus, number> = { added: 0, changed: 1, removed: 2, unchanged: 3 };

/** The request fields that differ (`prompt` first), e.g. `['prompt', 'duration']`. */
function changedFields(a: Job, b: Job): string[] {
  const ra = a.request as unknown as Record<string, unknown>;
  const rb = b.request as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
  const changed = keys.filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
  if (chainModels(a).slice(1).join() !== chainModels(b).slice(1).join()) changed.push('fallbacks');
  return changed.sort(
    (x, y) => Number(y === 'prompt') - Number(x === 'prompt') || x.localeCompare(y),
  );
}
