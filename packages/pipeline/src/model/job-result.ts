import { chainModels } from '../plan/read-fallbacks.ts';
import { formatProblem } from '../report/format-plan.ts';
import type { InvalidJob, Job, JobResult, Outcome } from './plan.ts';

/** Every outcome, in the order reports list them. */
export const outcomes: readonly Outcome[] = [
  'completed',
  'cached',
  'planned',
  'failed',
  'invalid',
  'budget',
  'cancelled',
];

/** The one `JobResult` builder: a job's identity, its estimate, 0 credits charged, and `patch`. */
export function jobResult(
  job: Job,
  patch: Partial<JobResult> & Pick<JobResult, 'status'>,
): JobResult {
  const { model, prompt, ...parameters } = job.request;
  return {
    name: job.name,
    source: job.source.file,
    hash: job.hash,
    model,
    ...(job.chain && { chain: chainModels(job) }),
    parameters,
    prompt,
    estimate: job.credits,
    credits: 0,
    ...patch,
  };
}

/** A video that failed validation: never sent, its problems as the error. */
export function invalidResult(invalid: InvalidJob): JobResult {
  return {
    name: invalid.name,
    source: invalid.source.file,
    hash: '',
    model: '',
    parameters: {},
    prompt: '',
    estimate: 0,
    credits: 0,
    status: 'invalid',
    error: { code: 'invalid', message: invalid.problems.map(formatProblem).join('\n') },
  };
}

/** The video is on disk: made in this run or taken from the cache. */
export function isDelivered(r: Pick<JobResult, 'status' | 'path'>): boolean {
  return (r.status === 'completed' || r.status === 'cached') && r.path !== undefined;
}

/** A paid task still running on the server (cancelled while waiting): the journal resumes it. */
export function isResumable(r: Pick<JobResult, 'status' | 'taskId'>): boolean {
  return r.status === 'cancelled' && r.taskId !== undefined;
}

/** Needs attention in a report: neither delivered, planned nor resumable. */
export function isProblem(r: JobResult): boolean {
  return !isDelivered(r) && r.status !== 'planned' && !isResumable(r);
}

/** Videos per outcome; every outcome present. */
export function countOutcomes(
  results: readonly Pick<JobResult, 'status'>[],
): Record<Outcome, number> {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * The one credit rounding rule: to a thousandth of a credit, half up. Prices are per second
 * with up to three decimals, so a thousandth keeps every real figure exact while removing the
 * binary floating-point dust of sums (0.1 + 0.2). Every report shows this figure unchanged, so
 * the CLI, manifest.json, the gallery and the action's outputs agree to the digit.
 */
export function roundCredits(credits: number): number {
  return Math.round(credits * 1000) / 1000;
}

/** Credits as every report prints them: {@link roundCredits}, or `?` when not a number. */
export function formatCredits(credits: number): string {
  return Number.isFinite(credits) ? String(roundCredits(credits)) : '?';
}

/** The sum of credits (numbers, or items' `credits`), rounded by {@link roundCredits}. */
export function sumCredits(items: readonly (number | { credits: number })[]): number {
  return roundCredits(
    items.reduce<number>((sum, x) => sum + (typeof x === 'number' ? x : x.credits), 0),
  );
}

/** The one byte formatter: `12 B`, `340 KiB`, `1.2 MiB`, `2.00 GiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
