import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Client, createClient, systemClock } from '@clipwright/core';
import pLimit from 'p-limit';
import { writeFileAtomic } from './atomic-file.ts';
import { Budget } from './budget.ts';
import { folderCache } from './folder-cache.ts';
import { formatProblem } from './format-plan.ts';
import { renderGallery } from './gallery.ts';
import { Journal } from './journal.ts';
import { addPosters } from './poster.ts';
import type { RunContext } from './run-context.ts';
import { copyInto, runJob } from './run-job.ts';
import type { Job, JobResult, Outcome, Plan, RunOptions, RunResult } from './types.ts';

/**
 * Runs a plan: one shared client, bounded concurrency, a credit budget, a cache and a journal
 * so that nothing is paid for twice. Writes `<outDir>/<output>` per video, `manifest.json`
 * and `index.html`. Never throws for a job's failure: see each result's `status`.
 */
export async function runPlan(plan: Plan, options: RunOptions): Promise<RunResult> {
  const clock = options.clock ?? systemClock;
  const outDir = path.resolve(options.outDir);
  const stateDir = path.resolve(options.stateDir ?? path.join(plan.root, '.clipwright'));
  const tempDir = path.join(stateDir, 'tmp');
  await mkdir(outDir, { recursive: true });
  await mkdir(tempDir, { recursive: true });
  const journal = await Journal.open(stateDir);
  const emit = options.onEvent ?? (() => {});

  let client: Client | undefined = options.client;
  const getClient = () => {
    client ??= createClient({
      ...options.clientOptions,
      ...(options.clock && !options.clientOptions?.clock && { clock: options.clock }),
      onRetry: (info) => {
        options.clientOptions?.onRetry?.(info);
        emit({ type: 'retry', attempt: info.attempt, delayMs: info.delayMs, error: info.error });
      },
    });
    return client;
  };

  // Stop creating on abort or fail-fast; stop waiting graceMs after an abort.
  const waits = new AbortController();
  const finished = new AbortController();
  let stop: { code: string; message: string } | undefined;
  const onAbort = () => {
    stop ??= { code: 'cancelled', message: 'the run was cancelled before this video was created' };
    clock.sleep(options.graceMs ?? 30_000, finished.signal).then(
      () => waits.abort(options.signal?.reason),
      () => {},
    );
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  const ctx: RunContext = {
    client: getClient,
    journal,
    cache: options.cache ?? folderCache(path.join(stateDir, 'cache')),
    budget: new Budget(options.maxCredits),
    clock,
    outDir,
    tempDir,
    regenerate: options.regenerate ?? false,
    ...(options.waitTimeoutMs !== undefined && { waitTimeoutMs: options.waitTimeoutMs }),
    waitSignal: waits.signal,
    stopReason: () => stop,
    onFailure: () => {
      if (options.failFast)
        stop ??= {
          code: 'fail_fast',
          message: 'not started: an earlier video failed and failFast is on',
        };
    },
    emit,
  };

  emit({ type: 'planned', plan });
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  // Jobs with the same content hash make one video; the others copy it.
  const byHash = new Map<string, Promise<JobResult>>();
  let results: JobResult[];
  try {
    results = await Promise.all(
      plan.jobs.map(async (job) => {
        const first = byHash.get(job.hash);
        let result: JobResult;
        if (first) {
          result = await copyOf(job, await first, outDir, tempDir);
        } else {
          const run = limit(() => runJob(job, ctx));
          byHash.set(job.hash, run);
          result = await run;
        }
        emit({ type: 'done', job, result });
        return result;
      }),
    );
  } finally {
    finished.abort();
    options.signal?.removeEventListener('abort', onAbort);
  }

  for (const invalid of plan.invalid) {
    results.push({
      name: invalid.name,
      source: invalid.source.file,
      hash: '',
      model: '',
      parameters: {},
      prompt: '',
      credits: 0,
      status: 'invalid',
      error: { code: 'invalid', message: invalid.problems.map(formatProblem).join('\n') },
    });
  }

  if (options.posters !== false) {
    const withPosters = await addPosters(results, {
      outDir,
      ...(options.runProgram ? { run: options.runProgram } : {}),
      notice: (message) => options.onEvent?.({ type: 'notice', message }),
    });
    results.splice(0, results.length, ...withPosters);
  }
  const counts: Record<Outcome, number> = {
    completed: 0,
    failed: 0,
    cached: 0,
    budget: 0,
    invalid: 0,
    cancelled: 0,
  };
  for (const r of results) counts[r.status] += 1;
  const credits = ctx.budget.total;
  const manifestPath = path.join(outDir, 'manifest.json');
  await writeFileAtomic(
    manifestPath,
    `${JSON.stringify({ version: 1, credits, counts, videos: results }, null, 2)}\n`,
    tempDir,
  );
  await writeFileAtomic(
    path.join(outDir, 'index.html'),
    renderGallery(results, {
      ...(options.title !== undefined && { title: options.title }),
      outDir,
    }),
    tempDir,
  );
  return { results, manifestPath, credits, counts };
}

async function copyOf(
  job: Job,
  first: JobResult,
  outDir: string,
  tempDir: string,
): Promise<JobResult> {
  const base = { ...first, name: job.name, source: job.source.file, credits: 0 };
  if ((first.status !== 'completed' && first.status !== 'cached') || !first.path)
    return { ...base, credits: first.credits };
  await copyInto(path.join(outDir, first.path), path.join(outDir, job.output), tempDir);
  return { ...base, status: 'cached', path: job.output };
}
