import type { JobResult } from '../model/job-result.ts';
import type { Job } from '../model/plan.ts';
import type { RunContext } from './run-context.ts';
import { runJob } from './run-job.ts';

/** What `retrySuspects` needs besides the run's context. */
export interface RetrySuspectOptions {
  /** The most times one video is generated again. 0: never. */
  retries: number;
  /** The delivery check, applied to the new videos (as it was to the first ones). */
  check: (results: JobResult[]) => Promise<JobResult[]>;
}

/**
 * Generates each `suspect` video again (its delivery check failed: short, black, frozen...),
 * up to `retries` times, while it stays suspect. Explicit and budgeted: each retry is a new
 * paid task (a fresh idempotency key, the cache skipped), reserved at the job's high estimate
 * against `maxCredits` like any create, so a retry that does not fit is not sent and the
 * video stays suspect. The result keeps every credit it cost in this run. A retry that fails
 * (or is refused) leaves the suspect video as it was, with the retry's credits added.
 */
export async function retrySuspects(
  results: JobResult[],
  jobs: ReadonlyMap<string, Job>,
  ctx: RunContext,
  options: RetrySuspectOptions,
): Promise<JobResult[]> {
  let out = results;
  for (let round = 1; round <= options.retries; round++) {
    const suspects = out.filter((r) => r.status === 'suspect' && jobs.has(r.name));
    if (suspects.length === 0) break;
    const redone = new Map<string, JobResult>();
    const fresh: JobResult[] = [];
    for (const r of suspects) {
      const job = jobs.get(r.name) as Job;
      if (ctx.stopReason(job)) continue;
      ctx.emit({
        type: 'notice',
        warning: true,
        message: `${r.path ?? job.output} is suspect (${r.error?.code ?? 'suspect'}): generated again, retry ${round} of ${options.retries}`,
      });
      const again = await runJob(job, { ...ctx, regenerate: true });
      if (again.status === 'completed')
        fresh.push({ ...again, credits: again.credits + r.credits });
      else redone.set(r.name, { ...r, credits: r.credits + again.credits, ...retryNote(r, again) });
    }
    for (const checked of await options.check(fresh)) redone.set(checked.name, checked);
    out = out.map((r) => redone.get(r.name) ?? r);
  }
  return out;
}

/** Why a retry did not deliver, kept on the suspect video's error. */
function retryNote(r: JobResult, again: JobResult): Partial<JobResult> {
  if (!r.error) return {};
  const why = again.error ? `${again.status}: ${again.error.message}` : again.status;
  return { error: { ...r.error, message: `${r.error.message}; generated again: ${why}` } };
}
