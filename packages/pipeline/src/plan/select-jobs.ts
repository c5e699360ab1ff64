import type { InvalidJob, Job, Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import { inShard, parseShard } from './shard.ts';
import { toPosix } from './to-posix.ts';

/**
 * The videos a plan keeps: those of changed files (`changedFiles`; a changed manifest with
 * `defaults` keeps every job, a changed image its videos; a prompt file reached through a
 * symlinked folder also by its real path, `realFiles`), those `only` accepts (valid or
 * not), then this shard's (`shard`). Each filter counts what it left out.
 */
export function selectJobs(
  all: { jobs: Job[]; invalid: InvalidJob[] },
  options: Pick<PlanOptions, 'changedFiles' | 'only' | 'shard'>,
  manifestFile: string | undefined,
  realFiles: ReadonlyMap<string, string> = new Map(),
): Pick<Plan, 'jobs' | 'invalid' | 'sharding'> & { skipped: NonNullable<Plan['skipped']> } {
  let { jobs, invalid } = all;
  const skipped: NonNullable<Plan['skipped']> = { shard: 0, unchanged: 0 };
  if (options.changedFiles) {
    const changed = new Set(options.changedFiles.map(toPosix));
    const manifestChanged = manifestFile !== undefined && changed.has(manifestFile);
    const before = jobs.length;
    jobs = jobs.filter(
      (j) =>
        manifestChanged ||
        changed.has(j.source.file) ||
        changed.has(realFiles.get(j.source.file) ?? j.source.file) ||
        j.images?.some((i) => changed.has(i.file)) === true,
    );
    skipped.unchanged = before - jobs.length;
  }
  if (options.only) {
    const only = options.only;
    const before = jobs.length + invalid.length;
    jobs = jobs.filter((j) => only(j));
    invalid = invalid.filter((v) => only(v));
    const filtered = before - jobs.length - invalid.length;
    if (filtered > 0) skipped.filtered = filtered;
  }
  if (options.shard !== undefined) {
    const shard = parseShard(options.shard);
    const whole = jobs;
    // A storyboard's shots share its shard (`shardKey`), so one shard can assemble it.
    jobs = jobs.filter((j) => inShard(j.shardKey ?? j.hash, shard));
    skipped.shard = whole.length - jobs.length;
    return { jobs, invalid, skipped, sharding: { ...shard, jobs: whole } };
  }
  return { jobs, invalid, skipped };
}
