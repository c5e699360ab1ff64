import { chainModels } from './chain.ts';
import type { Outcome } from './outcome.ts';
import type { InvalidJob, Job } from './plan.ts';
import { formatProblem } from './problem.ts';

/** One video of a run (or a dry run): what it is, what it cost and how it ended. */
export interface JobResult {
  name: string;
  source: string;
  hash: string;
  taskId?: string;
  /** The model that made the video (with fallbacks: the one that was available), or was tried last. */
  model: string;
  /** Only with `fallbacks:`: the models the video could use, in order (its own model first). */
  chain?: string[];
  parameters: Record<string, unknown>;
  prompt: string;
  /** Estimated credits (the price table), before anything is sent. */
  estimate: number;
  /**
   * Credits this run is charged for the video: the server's figure for a completed task, the
   * reservation for a task left running (it may still be charged); 0 for a cached video, a
   * create that never reached the server, an idempotent replay and a failed (refunded) task.
   */
  credits: number;
  /**
   * The create was sent but its outcome is unknown (a reset after sending, a timeout, a 5xx):
   * `credits` may have been charged (they count against the budget); the next run resolves it
   * with the same Idempotency-Key.
   */
  creditsUnknown?: true;
  bytes?: number;
  sha256?: string;
  /** A JPEG poster frame beside the video, relative to the output folder (needs ffmpeg). */
  poster?: string;
  /** The video, relative to the output folder (e.g. `promo.mp4`). */
  path?: string;
  status: Outcome;
  error?: { code: string; message: string };
  /**
   * Only for a storyboard (`model: 'storyboard'`): the names of its shots, in order; each shot
   * is a video of its own in the same run.
   */
  shots?: string[];
  /** Kept from an earlier run's `manifest.json` (a run over a subset of the prompts). */
  earlierRun?: true;
}

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
    parameters: sharedParameters(parameters),
    prompt,
    estimate: job.credits,
    credits: 0,
    ...patch,
  };
}

/**
 * `jobResult(job, { status: 'cached', bytes, sha256, path })`, the same fields in the same
 * order, written as one literal: a cached run keeps one per video for the whole run, and a
 * literal holds its fields in itself (a spread of `patch` added a property array to each).
 */
export function cachedResult(
  job: Job,
  file: { bytes: number; sha256: string; path: string },
): JobResult {
  if (job.chain) return jobResult(job, { status: 'cached', ...file });
  const { model, prompt, ...parameters } = job.request;
  return {
    name: job.name,
    source: job.source.file,
    hash: job.hash,
    model,
    parameters: sharedParameters(parameters),
    prompt,
    estimate: job.credits,
    credits: 0,
    status: 'cached',
    bytes: file.bytes,
    sha256: file.sha256,
    path: file.path,
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

/** Distinct `parameters` seen (a handful in most plans), at most `MAX_SHARED` kept. */
const sharedParams = new Map<string, Record<string, unknown>>();
const MAX_SHARED = 256;

/**
 * One object for every equal `parameters` (same fields, values and order): results keep them
 * for the whole run, and a copy per result (10,000 cached videos of one setting) was a young
 * survivor per video that the GC copied twice. Bounded: past `MAX_SHARED` the map starts over.
 * Results never change their `parameters`, so sharing one is safe.
 */
function sharedParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  const key = JSON.stringify(parameters);
  const kept = sharedParams.get(key);
  if (kept !== undefined) return kept;
  if (sharedParams.size >= MAX_SHARED) sharedParams.clear();
  sharedParams.set(key, parameters);
  return parameters;
}
