import path from 'node:path';
import {
  type ApiError,
  AuthenticationError,
  modelUnavailable,
  PermissionDeniedError,
  systemClock,
} from '@clipwright/core';
import { chainKey, chainModels } from '../model/chain.ts';
import { sumCredits } from '../model/credits.ts';
import type { JobResult } from '../model/job-result.ts';
import { invalidResult, jobResult } from '../model/job-result.ts';
import type { KeyRefusal } from '../model/key-refusal.ts';
import { countOutcomes, isDelivered } from '../model/outcome.ts';
import type { Job, Plan } from '../model/plan.ts';
import type { RunOptions } from '../model/run-options.ts';
import type { RunResult } from '../model/run-result.ts';
import {
  realFileOps,
  sweepTempFiles,
  type WriteOptions,
  writeFileAtomic,
} from '../output/atomic-file.ts';
import { earlierVideos } from '../output/earlier-videos.ts';
import { folderCache } from '../output/folder-cache.ts';
import { manifestJson } from '../output/manifest-json.ts';
import { addPosters } from '../output/poster.ts';
import { secretRedactor } from '../output/secret-redactor.ts';
import { galleryChunks } from '../report/gallery.ts';
import { Budget } from './budget.ts';
import { errorOf } from './create-task.ts';
import { imageLinks } from './image-links.ts';
import { Journal } from './journal.ts';
import { KeyGate } from './key-gate.ts';
import { lazyClient } from './run-client.ts';
import type { RunContext, StopReason } from './run-context.ts';
import { copyInto, runJob } from './run-job.ts';

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
  const cacheDir = path.join(stateDir, 'cache');
  const fs = options.fs ?? realFileOps;
  await fs.mkdir(outDir, { recursive: true });
  await fs.mkdir(tempDir, { recursive: true });
  // One redaction for every file this run writes: the key never reaches the disk.
  const redact = secretRedactor([...(options.secrets ?? []), options.clientOptions?.apiKey]);
  const write: WriteOptions = { redact, fs };
  // What a killed run (kill -9) left: our own temporary names only, where we write them.
  await sweepTempFiles(
    [
      tempDir,
      stateDir,
      cacheDir,
      outDir,
      ...plan.jobs.map((j) => path.dirname(path.join(outDir, j.output))),
    ],
    fs,
  );
  const journal = await Journal.open(stateDir, write);
  const emit = options.onEvent ?? (() => {});

  const getClient = lazyClient(options, emit);

  // Stop creating on abort or fail-fast; stop waiting graceMs after an abort.
  const waits = new AbortController();
  const finished = new AbortController();
  let stop: StopReason | undefined;
  let refusal: KeyRefusal | undefined;
  // 403 is per model: a model the key may not use is not asked again; when every model of the
  // plan is refused, the key is (as with a 401) and the run stops creating.
  const refusedModels = new Map<string, StopReason>();
  const models = new Set(plan.jobs.flatMap(chainModels));
  const onAbort = () => {
    stop ??= {
      status: 'cancelled',
      code: 'cancelled',
      message: 'the run was cancelled before this video was created',
    };
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
    cache: options.cache ?? folderCache(cacheDir, write),
    budget: new Budget(options.maxCredits),
    images: imageLinks({ journal, client: getClient, clock, root: plan.root }),
    clock,
    outDir,
    tempDir,
    fs,
    regenerate: options.regenerate ?? false,
    ...(options.waitTimeoutMs !== undefined && { waitTimeoutMs: options.waitTimeoutMs }),
    waitSignal: waits.signal,
    keyGate: new KeyGate(),
    stopReason: (job) => stop ?? refusedModels.get(job.request.model),
    onFailure: (error, job, how) => {
      if (error instanceof AuthenticationError) {
        refusal ??= { status: 401, message: error.message };
        stop ??= {
          status: 'failed',
          code: errorOf(error).code,
          message: 'not sent: the API refused the key (401) on an earlier video',
        };
      } else if (job && (error instanceof PermissionDeniedError || modelUnavailable(error))) {
        // Not asked again this run: later jobs on this model go straight to their fallback.
        const { model } = job.request;
        const status = (error as ApiError).status;
        refusedModels.set(model, {
          status: 'failed',
          code: errorOf(error).code,
          message:
            status === 403
              ? `not sent: the API refused the key for ${model} (403) on an earlier video`
              : `not sent: ${model} was refused as unavailable (${status}) on an earlier video`,
          unavailable: modelUnavailable(error),
        });
        if (
          error instanceof PermissionDeniedError &&
          [...models].every((m) => refusedModels.has(m))
        ) {
          refusal ??= { status: 403, message: error.message };
          stop ??= refusedModels.get(model);
        }
      }
      if (how?.fallback) return;
      if (options.failFast)
        stop ??= {
          status: 'cancelled',
          code: 'fail_fast',
          message: 'not started: an earlier video failed and failFast is on',
        };
    },
    emit,
  };

  emit({ type: 'planned', plan });
  const jobs = plan.jobs;
  const results: JobResult[] = new Array(jobs.length);
  // Jobs with the same content hash make one video; the others (twins) copy it afterwards.
  const firstOf = new Map<string, number>();
  const twins: number[] = [];
  let next = 0;
  // `concurrency` workers take the jobs in order. Written by hand (a few lines) instead of
  // p-limit over every job: that made one pending promise per job up front, which 10,000
  // cached videos kept alive for the whole run.
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
      emit({ type: 'done', job, result });
    }
  };
  try {
    const workers = Math.min(Math.max(1, options.concurrency ?? 4), jobs.length);
    await Promise.all(Array.from({ length: workers }, worker));
    for (const i of twins) {
      const job = jobs[i] as Job;
      const result = await copyOf(
        job,
        results[firstOf.get(chainKey(job)) as number] as JobResult,
        ctx,
      );
      results[i] = result;
      emit({ type: 'done', job, result });
    }
  } finally {
    finished.abort();
    options.signal?.removeEventListener('abort', onAbort);
  }

  for (const invalid of plan.invalid) results.push(invalidResult(invalid));

  if (options.posters !== false) {
    const withPosters = await addPosters(results, {
      outDir,
      cacheDir,
      fs,
      ...(options.runProgram ? { run: options.runProgram } : {}),
      notice: (message) => options.onEvent?.({ type: 'notice', message }),
    });
    results.splice(0, results.length, ...withPosters);
  }
  const counts = countOutcomes(results);
  // One figure everywhere: the sum of what each video cost this run (see JobResult.credits).
  const credits = sumCredits(results);
  const manifestPath = path.join(outDir, 'manifest.json');
  // A run over a subset of the prompts keeps the other videos already in outDir, marked.
  const earlier = await earlierVideos(manifestPath, outDir, new Set(results.map((r) => r.name)));
  const videos = [...results, ...earlier];
  const head = {
    version: 1,
    credits,
    counts,
    ...(earlier.length > 0 && { earlierRun: earlier.length }),
  };
  await writeFileAtomic(manifestPath, manifestJson(head, videos), {
    ...write,
    tempDir,
    within: outDir,
  });
  await writeFileAtomic(
    path.join(outDir, 'index.html'),
    galleryChunks(videos, {
      ...(options.title !== undefined && { title: options.title }),
      outDir,
      credits,
    }),
    { ...write, tempDir, within: outDir },
  );
  return { results, manifestPath, credits, counts, ...(refusal && { refusal }) };
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

async function copyOf(job: Job, first: JobResult, ctx: RunContext): Promise<JobResult> {
  // A twin costs nothing: the first job's credits are counted once, on the first job.
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
