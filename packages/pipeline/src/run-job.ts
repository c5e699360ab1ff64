import path from 'node:path';
import {
  AbortError,
  LinkExpiredError,
  NotFoundError,
  type Task,
  TaskFailedError,
  WaitTimeoutError,
} from '@clipwright/core';
import {
  checkFolders,
  type FileOps,
  hashFile,
  placeFile,
  tempPath,
  UnsafeOutputError,
} from './atomic-file.ts';
import { createTask, errorOf } from './create-task.ts';
import { throttleDownloadProgress } from './download-progress.ts';
import { jobResult } from './job-result.ts';
import { RESUME_WINDOW_MS } from './journal.ts';
import type { RunContext } from './run-context.ts';
import type { Job, JobResult } from './types.ts';

/** Runs one job: remembered failure, cache, resume or create, wait, download, journal. */
export async function runJob(job: Job, ctx: RunContext): Promise<JobResult> {
  const outPath = path.join(ctx.outDir, job.output);
  const entry = ctx.journal.get(job.hash);

  if (!ctx.regenerate && entry?.failure) {
    const f = entry.failure;
    return jobResult(job, {
      taskId: f.taskId,
      status: 'failed',
      error: {
        code: f.code,
        message: `not sent again: task ${f.taskId} failed with ${f.code} (${f.message}); change the input, or regenerate to try anyway`,
      },
    });
  }

  try {
    // A symlinked folder on the way to the output: refused before anything is paid.
    await checkFolders(ctx.outDir, outPath, { fs: ctx.fs });
  } catch (error) {
    if (!(error instanceof UnsafeOutputError)) throw error;
    return jobResult(job, { status: 'failed', error: errorOf(error) });
  }

  if (!ctx.regenerate) {
    const cached = await ctx.cache.get(job.hash);
    if (cached) {
      await copyInto(cached, outPath, ctx);
      const { sha256, bytes } = await hashFile(outPath);
      return jobResult(job, { status: 'cached', bytes, sha256, path: job.output });
    }
  }

  let task: Task | undefined;
  let reservation = 0;
  if (
    !ctx.regenerate &&
    entry?.taskId !== undefined &&
    entry.created !== undefined &&
    ctx.clock.now() - entry.created < RESUME_WINDOW_MS
  ) {
    // Created (and paid) in an earlier run: wait for it again, reserving nothing new.
    try {
      task = await waitFor(entry.taskId, job, ctx);
    } catch (error) {
      if (!(error instanceof NotFoundError)) return waitFailed(error, entry.taskId, 0);
      // The API no longer knows the task: the next attempt creates a new one.
      await ctx.journal.set({ hash: job.hash, name: job.name, attempt: entry.attempt + 1 });
    }
  }
  if (!task) {
    const created = await createTask(job, ctx);
    if ('refused' in created)
      return jobResult(job, {
        status: created.refused,
        error: created.error,
        credits: created.credits ?? 0,
      });
    reservation = created.reservation;
    try {
      task = await waitFor(created.task.id, job, ctx);
    } catch (error) {
      return waitFailed(error, created.task.id, reservation);
    }
  }

  // A task resumed or replayed from an earlier run (reservation 0) was paid for by that run.
  const charged =
    reservation === 0
      ? 0
      : (task.usage?.credits_used ?? task.usage?.credits_reserved ?? reservation);
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

  async function waitFailed(error: unknown, taskId: string, reserved: number): Promise<JobResult> {
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
              failure: { code: error.code, message, taskId: error.taskId },
            },
      );
      ctx.onFailure(error);
      return jobResult(job, { taskId, status: 'failed', error: { code: error.code, message } });
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
}

function waitFor(taskId: string, job: Job, ctx: RunContext): Promise<Task> {
  return ctx.client().tasks.wait(taskId, {
    signal: ctx.waitSignal,
    ...(ctx.waitTimeoutMs !== undefined && { timeoutMs: ctx.waitTimeoutMs }),
    onProgress: (t) => ctx.emit({ type: 'progress', job, task: t }),
  });
}

/** Copies `source` to `dest` (inside `outDir`) through `tempDir`, so `dest` appears only complete. */
export async function copyInto(
  source: string,
  dest: string,
  ctx: { outDir: string; tempDir: string; fs: FileOps },
): Promise<void> {
  const temp = tempPath(ctx.tempDir, path.basename(dest), 'part');
  try {
    await ctx.fs.copyFile(source, temp);
    await placeFile(temp, dest, { within: ctx.outDir, fs: ctx.fs });
  } finally {
    await ctx.fs.rm(temp, { force: true });
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof AbortError || (error instanceof Error && error.name === 'AbortError');
}
