import { chainKey } from '../model/chain.ts';
import { roundCredits } from '../model/credits.ts';
import { type JobResult, jobResult } from '../model/job-result.ts';
import type { Job, Plan } from '../model/plan.ts';
import { jobsWithinBudget } from '../plan/matrix-budget.ts';
import type { RunContext } from './run-context.ts';

/**
 * This shard's jobs that run, when the plan is one shard of a matrix with `maxCredits`: those
 * the whole plan fits into the budget (`jobsWithinBudget`, each job at its estimate, a cached
 * one at 0), and of those only this shard's. The others end as `budget` without a request. An
 * unsharded plan, or one without `maxCredits`, runs every job (its `Budget` decides as it goes).
 * `mergeBack` puts the results in the plan's order.
 */
export async function matrixShare(
  plan: Pick<Plan, 'jobs' | 'sharding'>,
  maxCredits: number | undefined,
  ctx: Pick<RunContext, 'cache' | 'emit'>,
): Promise<{
  run: Job[];
  /** This shard's part of `maxCredits`: the estimates of the jobs it runs (cached at 0). */
  budget?: number;
  mergeBack: (results: JobResult[]) => JobResult[];
}> {
  const { sharding } = plan;
  if (!sharding || maxCredits === undefined || !Number.isFinite(maxCredits)) {
    return { run: plan.jobs, mergeBack: (results) => results };
  }
  const cached = new Set<string>();
  if (ctx.cache.has) {
    for (const job of sharding.jobs) if (await ctx.cache.has(job.hash)) cached.add(job.hash);
  }
  const cost = (job: Job) => (cached.has(job.hash) ? 0 : job.credits);
  const fits = jobsWithinBudget(sharding.jobs, maxCredits, cost);
  const run = plan.jobs.filter((job) => fits.has(job));
  const counted = new Set<string>();
  let budget = 0;
  for (const job of run) {
    const key = chainKey(job);
    if (counted.has(key)) continue;
    counted.add(key);
    budget += cost(job);
  }
  const message = `does not fit the matrix's maxCredits (${maxCredits}): the shards together keep, in plan order, the videos whose estimates fit (shard ${sharding.index}/${sharding.total})`;
  return {
    run,
    budget: roundCredits(budget),
    mergeBack: (results) => {
      const byJob = new Map(run.map((job, i) => [job, results[i] as JobResult]));
      return plan.jobs.map((job) => {
        const ran = byJob.get(job);
        if (ran) return ran;
        const result = jobResult(job, { status: 'budget', error: { code: 'budget', message } });
        ctx.emit({ type: 'done', job, result });
        return result;
      });
    },
  };
}
