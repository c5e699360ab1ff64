import path from 'node:path';
import {
  AbortError,
  LinkExpiredError,
  type Task,
  TaskFailedError,
  WaitTimeoutError,
} from '@clipwright/core';
import type { JobResult } from '../model/job-result.ts';
import { jobResult } from '../model/job-result.ts';
import type { Job } from '../model/plan.ts';
import { placeFile } from '../output/place-file.ts';
import { tempPath } from '../output/temp-files.ts';
import { throttleDownloadProgress } from './download-progress.ts';
import { errorOf } from './error-of.ts';
import type { RunContext } from './run-context.ts';
import { readServerCredits } from './server-credits.ts';

/** Settles the budget for a finished task, downloads its video into place and caches it. */
export async function deliver(
  job: Job,
  task: Task,
  reservation: number,
  ctx: RunContext,
): Promise<JobResult> {
  const outPath = path.join(ctx.outDir, job.output);
  // A task resumed or replayed from an earlier run (reservation 0) was paid for by that run.
  const figure = task.usage?.credits_used ?? task.usage?.credits_reserved;
  // Read against what was reserved (the create's figure, already understood).
  const read = readServerCredits(figure, { name: job.name, credits: reservation || job.credits });
  const charged = reservation === 0 ? 0 : (read.credits ?? reservation);
  ctx.budget.settle(reservation, charged);
  const temp = tempPath(ctx.tempDir, job.hash, 'part');
  try {
    // Core reports every chunk; the events (and so --json and the action's log) a few a second.
    const progress = throttleDownloadProgress(
      (p) =>
        ctx.emit({
          type: 'downloaded',
          job,
          bytes: p.bytes,
          ...(p.total !== undefined && { total: p.total }),
        }),
      () => ctx.clock.now(),
    );
    const file = await ctx.client().download(task, temp, {
      signal: ctx.waitSignal,
      onProgress: progress.report,
    });
    progress.finish(file.bytes);
    await placeFile(file.path, outPath, { within: ctx.outDir, fs: ctx.fs });
    try {
      await ctx.cache.put(job.hash, outPath);
    } catch (error) {
      // The video is complete in outDir: delivered. Only a later run may pay for it again.
      ctx.emit({
        type: 'notice',
        warning: true,
        message: `${job.output} is delivered, but keeping it in the cache failed: ${errorOf(error).message}`,
      });
    }
    await ctx.journal.delete(job.hash);
    return jobResult(job, {
      taskId: task.id,
      status: 'completed',
      credits: charged,
      bytes: file.bytes,
      sha256: file.sha256,
      path: job.output,
    });
  } catch (error) {
    if (error instanceof LinkExpiredError) {
      // The link is gone for good: the next run creates the video again.
      const current = ctx.journal.get(job.hash);
      await ctx.journal.set({
        hash: job.hash,
        name: job.name,
        attempt: (current?.attempt ?? 1) + 1,
      });
    }
    if (!isAbort(error)) ctx.onFailure(error);
    return jobResult(job, {
      taskId: task.id,
      status: isAbort(error) ? 'cancelled' : 'failed',
      credits: charged,
      error: errorOf(error),
    });
  } finally {
    await ctx.fs.rm(temp, { force: true });
  }
}

/** The result of a wait that threw: a failed task is remembered or retried, anything else resumable. */
export async function waitFailed(
  error: unknown,
  job: Job,
  taskId: string,
  reserved: number,
  ctx: RunContext,
): Promise<JobResult> {
  if (error instanceof TaskFailedError) {
    ctx.budget.settle(reserved, 0); // a failed task is not charged
    const current = ctx.journal.get(job.hash) ?? { hash: job.hash, name: job.name, attempt: 1 };
    // The task's own words; the code travels beside them rather than inside.
    const message = error.task.error?.message ?? error.message;
    await ctx.journal.set(
      error.retryable
        ? // Transient: the next run creates a new task, under a new key.
          { hash: job.hash, name: job.name, attempt: current.attempt + 1 }
        : {
            ...current,
            failure: { code: error.failureCode, message, taskId: error.taskId },
          },
    );
    ctx.onFailure(error);
    return jobResult(job, {
      taskId,
      status: 'failed',
      error: { code: error.failureCode, message },
    });
  }
  // Timeout, abort, network: the task may still finish and be charged; the journal keeps it.
  ctx.budget.settle(reserved, reserved);
  if (isAbort(error)) {
    return jobResult(job, {
      taskId,
      status: 'cancelled',
      credits: reserved,
      error: {
        code: 'cancelled',
        message: `stopped waiting for task ${taskId}; run again within 24 h to resume it`,
      },
    });
  }
  ctx.onFailure(error);
  return jobResult(job, {
    taskId,
    status: 'failed',
    credits: reserved,
    error: {
      code: error instanceof WaitTimeoutError ? 'wait_timeout' : errorOf(error).code,
      message: `${errorOf(error).message}; run again within 24 h to resume task ${taskId}`,
    },
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof AbortError || (error instanceof Error && error.name === 'AbortError');
}
