import path from 'node:path';
import { NotFoundError, type Task } from '@clipwright/core';
import { chainJobs, chainModels } from '../model/chain.ts';
import type { FileOps } from '../model/file-ops.ts';
import type { JobResult } from '../model/job-result.ts';
import { cachedResult, jobResult } from '../model/job-result.ts';
import type { Job } from '../model/plan.ts';
import { hashFile } from '../output/hash-file.ts';
import { checkFolders, placeFile, UnsafeOutputError } from '../output/place-file.ts';
import { copyToTemp, tempPath } from '../output/temp-files.ts';
import { createTask } from './create-task.ts';
import { errorOf } from './error-of.ts';
import { deliver, waitFailed } from './finish-task.ts';
import { RESUME_WINDOW_MS } from './journal.ts';
import type { RunContext } from './run-context.ts';

/**
 * Runs one job: remembered failure, cache, resume or create, wait, download, journal. With
 * fallbacks, each model of the chain is its own hash (cache entry, journal entry, idempotency
 * key): any of them cached or still running from an earlier run is used before anything is
 * created, and a create moves to the next model only when the model is unavailable.
 */
export async function runJob(job: Job, ctx: RunContext): Promise<JobResult> {
  const result = await runChain(job, chainJobs(job), ctx);
  return job.chain ? { ...result, chain: chainModels(job) } : result;
}

async function runChain(job: Job, links: Job[], ctx: RunContext): Promise<JobResult> {
  // A refused input stays refused: fallbacks stand in for an unavailable model only.
  const remembered = rememberedFailure(links[0] ?? job, ctx);
  if (remembered) return remembered;

  const outPath = path.join(ctx.outDir, job.output);
  try {
    // A symlinked folder on the way to the output: refused before anything is paid.
    await checkFolders(ctx.outDir, outPath, { fs: ctx.fs });
  } catch (error) {
    if (!(error instanceof UnsafeOutputError)) throw error;
    return jobResult(job, { status: 'failed', error: errorOf(error) });
  }

  if (!ctx.regenerate) {
    const done = (await fromCache(links, outPath, ctx)) ?? (await resumed(links, ctx));
    if (done) return done;
  }

  for (const [index, link] of links.entries()) {
    const next = links[index + 1];
    const failed = index > 0 ? rememberedFailure(link, ctx) : undefined;
    if (failed) return failed;
    const health = next ? ctx.health?.get(link.request.model) : undefined;
    if (next && health?.unavailable) {
      // The health endpoint says the model is not serving: its fallback is tried, nothing sent.
      ctx.emit({
        type: 'fallback',
        job,
        from: link.request.model,
        to: next.request.model,
        error: {
          code: 'model_health_unavailable',
          message: `the vendor's health endpoint reports ${link.request.model} as ${JSON.stringify(health.status)}`,
        },
      });
      continue;
    }
    const created = await createTask(link, ctx, next ? { fallback: next.request.model } : {});
    if ('refused' in created) {
      if (created.unavailable && next) {
        ctx.emit({
          type: 'fallback',
          job,
          from: link.request.model,
          to: next.request.model,
          error: created.error,
        });
        continue;
      }
      return jobResult(link, {
        status: created.refused,
        error: created.error,
        credits: created.credits ?? 0,
        ...(created.outcomeUnknown && { creditsUnknown: true }),
      });
    }
    let task: Task;
    try {
      task = await waitFor(created.task.id, link, ctx);
    } catch (error) {
      return waitFailed(error, link, created.task.id, created.reservation, ctx);
    }
    return deliver(link, task, created.reservation, ctx);
  }
  // Unreachable: the last model returns above.
  throw new Error(`no model left to try for ${job.name}`);
}

/** The first model of the chain whose video is in the cache, copied to `outPath`. */
async function fromCache(
  links: readonly Job[],
  outPath: string,
  ctx: RunContext,
): Promise<JobResult | undefined> {
  for (const link of links) {
    const cached = await ctx.cache.get(link.hash);
    if (!cached) continue;
    await copyInto(typeof cached === 'string' ? cached : cached.path, outPath, ctx);
    // A store that checked the file says what it holds; a bare path is hashed as delivered.
    const { sha256, bytes } = typeof cached === 'string' ? await hashFile(outPath) : cached;
    return cachedResult(link, { bytes, sha256, path: link.output });
  }
  return undefined;
}

/**
 * A task an earlier run created (and paid) for a model of the chain, still in the resume
 * window: waited for again, reserving nothing new. `undefined` when there is none, or the API
 * no longer knows it (the next attempt then creates a new one).
 */
async function resumed(links: readonly Job[], ctx: RunContext): Promise<JobResult | undefined> {
  for (const link of links) {
    const entry = ctx.journal.get(link.hash);
    if (
      entry?.failure ||
      entry?.taskId === undefined ||
      entry.created === undefined ||
      ctx.clock.now() - entry.created >= RESUME_WINDOW_MS
    )
      continue;
    let task: Task;
    try {
      const found = await ctx.client().tasks.get(entry.taskId, { signal: ctx.waitSignal });
      const other = otherJob(found, link);
      if (other) {
        // A journal entry is a claim, not a proof: one that names another job's task (another
        // model, another duration) is dropped, and this job is created anew.
        ctx.emit({
          type: 'notice',
          warning: true,
          message: `${link.name}: the journal's task ${entry.taskId} is ${other}, not this video's job: dropped, the video is created again.`,
        });
        await ctx.journal.set({ hash: link.hash, name: link.name, attempt: entry.attempt + 1 });
        return undefined;
      }
      task = await waitFor(entry.taskId, link, ctx);
    } catch (error) {
      if (!(error instanceof NotFoundError)) return waitFailed(error, link, entry.taskId, 0, ctx);
      await ctx.journal.set({ hash: link.hash, name: link.name, attempt: entry.attempt + 1 });
      return undefined;
    }
    return deliver(link, task, 0, ctx);
  }
  return undefined;
}

/**
 * How a task the server reports differs from the job it is meant to be (its model, or its
 * `task_info.video_duration` when the server gives one), or `undefined` when it is the same.
 */
function otherJob(task: Task, job: Job): string | undefined {
  if (task.model && task.model !== job.request.model)
    return `a task of ${task.model}, not ${job.request.model}`;
  const seconds = task.task_info?.video_duration;
  const wanted = (job.request as { duration?: number }).duration;
  if (seconds !== undefined && wanted !== undefined && seconds !== wanted)
    return `a ${seconds} s video, not ${wanted} s`;
  return undefined;
}

/** A failure the input must change to avoid, remembered for this hash: not sent again. */
function rememberedFailure(job: Job, ctx: RunContext): JobResult | undefined {
  const f = ctx.journal.get(job.hash)?.failure;
  if (ctx.regenerate || !f) return undefined;
  return jobResult(job, {
    taskId: f.taskId,
    status: 'failed',
    error: {
      code: f.code,
      message: `not sent again: task ${f.taskId} failed with ${f.code} (${f.message}); change the input, or regenerate to try anyway`,
    },
  });
}

export function waitFor(taskId: string, job: Job, ctx: RunContext): Promise<Task> {
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
    await copyToTemp(ctx.fs, source, temp);
    await placeFile(temp, dest, { within: ctx.outDir, fs: ctx.fs });
  } catch (error) {
    // Placed, the temporary file is gone (renamed); only a failed copy leaves one behind.
    await ctx.fs.rm(temp, { force: true });
    throw error;
  }
}
