import path from 'node:path';
import { chainKey } from '../model/chain.ts';
import { type JobResult, jobResult } from '../model/job-result.ts';
import { isDelivered } from '../model/outcome.ts';
import type { Job } from '../model/plan.ts';
import { errorOf } from './error-of.ts';
import type { RunContext } from './run-context.ts';
import { copyInto, runJob } from './run-job.ts';

/**
 * Runs `jobs` with `concurrency` workers taking them in order, each result reported `done`.
 * Jobs with the same content hash (twins) make one video: the others copy it afterwards.
 * Written by hand (a few lines) instead of p-limit over every job: that made one pending
 * promise per job up front, which 10,000 cached videos kept alive for the whole run.
 */
export async function runJobs(
  jobs: readonly Job[],
  ctx: RunContext,
  concurrency: number,
): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const firstOf = new Map<string, number>();
  const twins: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const job = jobs[i] as Job;
      const key = chainKey(job);
      if (firstOf.has(key)) {
        twins.push(i);
        continue;
      }
      firstOf.set(key, i);
      const result = await runJobSafely(job, ctx);
      results[i] = result;
      ctx.emit({ type: 'done', job, result });
    }
  };
  const workers = Math.min(Math.max(1, concurrency), jobs.length);
  await Promise.all(Array.from({ length: workers }, worker));
  for (const i of twins) {
    const job = jobs[i] as Job;
    const first = results[firstOf.get(chainKey(job)) as number] as JobResult;
    const result = await copyOf(job, first, ctx);
    results[i] = result;
    ctx.emit({ type: 'done', job, result });
  }
  return results;
}

/** runJob, turning an unexpected error (a journal write, a full disk) into that job's failure. */
async function runJobSafely(job: Job, ctx: RunContext): Promise<JobResult> {
  try {
    return await runJob(job, ctx);
  } catch (error) {
    ctx.onFailure(error);
    return jobResult(job, { status: 'failed', error: errorOf(error) });
  }
}

/** A twin: the first job's video copied to this job's output; it costs nothing. */
async function copyOf(job: Job, first: JobResult, ctx: RunContext): Promise<JobResult> {
  // The first job's credits are counted once, on the first job.
  const base = { ...first, name: job.name, source: job.source.file, credits: 0 };
  if (!isDelivered(first) || !first.path) return base;
  try {
    await copyInto(path.join(ctx.outDir, first.path), path.join(ctx.outDir, job.output), ctx);
  } catch (error) {
    const { path: _path, bytes: _bytes, sha256: _sha, ...rest } = base;
    return { ...rest, status: 'failed', error: errorOf(error) };
  }
  return { ...base, status: 'cached', path: job.output };
}
