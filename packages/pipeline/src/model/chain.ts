import type { Job } from './plan.ts';

/** The models a job tries, in order: its own model, then its fallbacks. */
export function chainModels(job: Pick<Job, 'request' | 'chain'>): string[] {
  return job.chain ? job.chain.map((m) => m.request.model) : [job.request.model];
}

/**
 * The job once per model of its chain (its own first), each with that model's request, hash
 * and estimate; `[job]` without fallbacks.
 */
export function chainJobs(job: Job): Job[] {
  if (!job.chain) return [job];
  const { chain, ...base } = job;
  return chain.map((m) => ({ ...base, ...m }));
}

/** What makes two jobs the same video: the hash of every model they may use, in order. */
export function chainKey(job: Pick<Job, 'hash' | 'chain'>): string {
  return job.chain ? job.chain.map((m) => m.hash).join('+') : job.hash;
}
