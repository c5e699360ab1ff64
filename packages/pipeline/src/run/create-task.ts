import { randomUUID } from 'node:crypto';
import {
  ApiError,
  type ClientTypes,
  ConnectionError,
  TimeoutError,
  type VideoRequest,
} from '@clipwright/core';
import { IDEMPOTENCY_CONFLICT, modelUnavailable } from '@clipwright/core/internal';
import type { Job } from '../model/plan.ts';
import { errorOf } from './error-of.ts';
import type { JournalEntry } from './journal.ts';
import type { RunContext } from './run-context.ts';
import { readServerCredits } from './server-credits.ts';

/** The idempotency key of a job's create: derived from its content hash and attempt. */
export function idempotencyKey(hash: string, attempt: number): string {
  return `clipwright-${hash.slice(0, 40)}-${attempt}`;
}

export type CreateOutcome =
  | {
      task: ClientTypes.CreatedTask;
      /** Credits this run is charged for the task: 0 for a replay of an earlier run's create. */
      reservation: number;
    }
  | {
      refused: 'cancelled' | 'budget' | 'failed';
      error: { code: string; message: string };
      /** Credits counted as spent: the create may have reached the server (network error, 5xx). */
      credits?: number;
      /**
       * The create's outcome is unknown (a reset after sending, a timeout, a 5xx): `credits`
       * may have been charged. The journal keeps its Idempotency-Key for the next run.
       */
      outcomeUnknown?: true;
      /**
       * The model is not available to the key (a free refusal, now or earlier in the run; see
       * core's `modelUnavailable`): a fallback may take the same input.
       */
      unavailable?: true;
    };

export interface CreateTaskOptions {
  /** The model tried next when this one is unavailable; its refusal is then no failure of the run. */
  fallback?: string;
}

/**
 * Reserves the job's credits, records the intent (attempt and key) in the journal, creates
 * the task, settles the reservation to the server's `credits_reserved` and records the task
 * id, all before anybody waits on it.
 */
export function createTask(
  job: Job,
  ctx: RunContext,
  options: CreateTaskOptions = {},
): Promise<CreateOutcome> {
  // Alone until the key is accepted: the refusal (stopReason) is seen by the next job.
  return ctx.keyGate.run(() => createNow(job, ctx, options));
}

async function createNow(
  job: Job,
  ctx: RunContext,
  options: CreateTaskOptions,
): Promise<CreateOutcome> {
  const ready = await reserve(job, ctx);
  if ('refused' in ready) return ready;
  let reservation = ready.reservation;
  const { attempt, key } = keyFor(job.hash, ctx.journal.get(job.hash), ctx.regenerate);
  await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key });
  // The cap re-checked just before the create: a higher figure for this model may have come
  // back while this job uploaded its images or waited for the journal.
  const now = ctx.budget.priceOf(job.request.model, job.credits);
  if (!ctx.budget.grow(reservation, now)) {
    ctx.budget.settle(reservation, 0);
    return overBudget(now, ctx);
  }
  reservation = Math.max(reservation, now);
  let task: ClientTypes.CreatedTask;
  try {
    task = await createOnce(job, ready.request, key, ctx);
  } catch (error) {
    const failed = createFailed(error, job, reservation, ctx, options);
    if ('outcomeUnknown' in failed) {
      // Resolved by the next run with this same key (a replay, never a second charge).
      await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key, outcome: 'unknown' });
    }
    return failed;
  }
  ctx.keyGate.accept();
  // The task exists and is billed: its id is recorded before any other figure of the answer
  // is read, so an odd `usage` can never lose it.
  const created = ctx.clock.now();
  await ctx.journal.set({ hash: job.hash, name: job.name, attempt, key, taskId: task.id, created });
  if (task.replayed) {
    // An earlier run's create under this key (a crash before its journal entry): that run
    // was charged, so this one counts 0, like a resumed task.
    ctx.budget.settle(reservation, 0);
    reservation = 0;
  } else {
    reservation = settleReserved(job, task, reservation, ctx);
  }
  ctx.emit({ type: 'created', job, task });
  return { task, reservation };
}

/**
 * Whether the job may be created (no stop, its estimate fits the budget, then reserved) and
 * its request with repository images uploaded (or their live links reused) just before.
 */
async function reserve(
  job: Job,
  ctx: RunContext,
): Promise<
  { request: VideoRequest; reservation: number } | Extract<CreateOutcome, { refused: unknown }>
> {
  const stop = ctx.stopReason(job);
  if (stop)
    return {
      refused: stop.status,
      error: { code: stop.code, message: stop.message },
      ...(stop.unavailable && { unavailable: true }),
    };
  const credits = ctx.budget.priceOf(job.request.model, job.credits);
  if (!ctx.budget.reserve(credits)) return overBudget(credits, ctx);
  try {
    return { request: await ctx.images.requestFor(job), reservation: credits };
  } catch (error) {
    ctx.budget.settle(credits, 0);
    ctx.onFailure(error); // not the job's: a refused upload says nothing about its model
    return { refused: 'failed', error: errorOf(error) };
  }
}

/** The refusal of a job whose estimate does not fit what the run's cap has left. */
function overBudget(
  credits: number,
  ctx: RunContext,
): Extract<CreateOutcome, { refused: unknown }> {
  return {
    refused: 'budget',
    error: {
      code: 'budget',
      message: `needs ${credits} credits, more than the run's maxCredits (${ctx.budget.max}) has left`,
    },
  };
}

/**
 * The create's `credits_reserved` read (credits, or the gateway's 1/10,000 units) and put in
 * place of the reservation; a figure above the estimate raises the model's rate for the rest
 * of the run. A figure not understood keeps the reservation (a notice says so).
 */
function settleReserved(
  job: Job,
  task: ClientTypes.CreatedTask,
  reservation: number,
  ctx: RunContext,
): number {
  const read = readServerCredits(task.usage?.credits_reserved, job);
  if (read.note) ctx.emit({ type: 'notice', warning: true, message: read.note });
  if (read.credits === undefined) return reservation;
  ctx.budget.learn(job.request.model, job.credits, read.credits);
  ctx.budget.adjust(reservation, read.credits);
  return read.credits;
}

/** A create that threw: settled as charged unless it certainly created nothing. */
function createFailed(
  error: unknown,
  job: Job,
  reservation: number,
  ctx: RunContext,
  options: CreateTaskOptions,
): CreateOutcome {
  // A 4xx answer created nothing, except `paid_outcome_unknown` and `idempotency_conflict`
  // (an earlier create under this key stands); otherwise the task may exist and be
  // charged. The journal keeps the key either way: the next run replays, never pays twice.
  const refused =
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    !error.outcomeUnknown &&
    error.apiCode !== IDEMPOTENCY_CONFLICT;
  // A create that never reached a server (refused, DNS, connect timeout) made nothing.
  const unsent = (error instanceof ConnectionError || error instanceof TimeoutError) && !error.sent;
  const certain = refused || unsent;
  // Any other API answer (a 400 on a field, a 402) came past the key check.
  if (error instanceof ApiError && error.status !== 401 && error.status !== 403)
    ctx.keyGate.accept();
  ctx.budget.settle(reservation, certain ? 0 : reservation);
  const unavailable = refused && modelUnavailable(error);
  ctx.onFailure(error, job, { fallback: unavailable && options.fallback !== undefined });
  // A create that never reached the server, or was answered 4xx, is not charged.
  return {
    refused: 'failed',
    error: errorOf(error),
    ...(certain ? {} : { credits: reservation, outcomeUnknown: true as const }),
    ...(unavailable && { unavailable: true }),
  };
}

/**
 * The attempt and key of the next create. An intent left by a crash during the create
 * (a key, no task id) reuses its key, so a server that honours it replays instead of
 * charging again. An entry after a transient failure (no key) holds the attempt to use;
 * any other entry moves to the next attempt. `regenerate` adds a random part.
 */
function keyFor(
  hash: string,
  entry: JournalEntry | undefined,
  regenerate: boolean,
): { attempt: number; key: string } {
  if (entry?.key && entry.taskId === undefined && !entry.failure && !regenerate) {
    return { attempt: entry.attempt, key: entry.key };
  }
  const attempt =
    entry === undefined ? 1 : entry.key === undefined ? entry.attempt : entry.attempt + 1;
  const key = idempotencyKey(hash, attempt);
  return { attempt, key: regenerate ? `${key}-${randomUUID()}` : key };
}

/**
 * The create, and once more when it is refused with `invalid_image_url` while a repository
 * image's link came from the journal: the Files API forgot that upload (it keeps them 72
 * hours), so the image is uploaded again and the create re-sent under the same key (a
 * refused create made nothing and cost nothing). A link this run uploaded is not retried.
 */
async function createOnce(
  job: Job,
  request: VideoRequest,
  key: string,
  ctx: RunContext,
): Promise<ClientTypes.CreatedTask> {
  try {
    return await ctx.client().videos.create(request, { idempotencyKey: key });
  } catch (error) {
    const forgotten =
      error instanceof ApiError &&
      error.apiCode === INVALID_IMAGE_URL &&
      (await ctx.images.forgetReused(job));
    if (!forgotten) throw error;
    // An upload that fails now leaves the create's own (free) refusal as the job's error.
    const fresh = await ctx.images.requestFor(job).catch(() => undefined);
    if (!fresh) throw error;
    return ctx.client().videos.create(fresh, { idempotencyKey: key });
  }
}

/** The API's code for an `image_urls` entry it cannot fetch or no longer knows. */
const INVALID_IMAGE_URL = 'invalid_image_url';
