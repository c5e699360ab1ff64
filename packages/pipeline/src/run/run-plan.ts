import path from 'node:path';
import { systemClock } from '@clipwright/core/internal';
import type { DeliveryTolerances } from '../media/index.ts';
import { chainModels } from '../model/chain.ts';
import { sumCredits } from '../model/credits.ts';
import { invalidResult } from '../model/job-result.ts';
import { countOutcomes } from '../model/outcome.ts';
import type { Job, Plan } from '../model/plan.ts';
import type { RunOptions } from '../model/run-options.ts';
import type { RunResult } from '../model/run-result.ts';
import { realFileOps } from '../output/file-ops.ts';
import { folderCache } from '../output/folder-cache.ts';
import { addPosters } from '../output/poster.ts';
import { secretRedactor } from '../output/secret-redactor.ts';
import { sweepTempFiles } from '../output/temp-files.ts';
import type { WriteOptions } from '../output/write-file-atomic.ts';
import { writeRunFiles } from '../output/write-run-files.ts';
import { assembleStoryboards } from './assemble-storyboards.ts';
import { Budget } from './budget.ts';
import { checkVideos, type VideoCheckOptions } from './check-video.ts';
import { imageLinks } from './image-links.ts';
import { Journal } from './journal.ts';
import { KeyGate } from './key-gate.ts';
import { matrixShare } from './matrix-share.ts';
import { retrySuspects } from './retry-suspect.ts';
import { lazyClient } from './run-client.ts';
import type { RunContext } from './run-context.ts';
import { runJobs } from './run-jobs.ts';
import { RunStops } from './run-stops.ts';
import { lockStateDir } from './state-lock.ts';
import { storyboardToolsGate } from './storyboard-tools.ts';

/**
 * Runs a plan: one shared client, bounded concurrency, a credit budget, a cache and a journal
 * so that nothing is paid for twice. Writes `<outDir>/<output>` per video, `manifest.json`
 * and `index.html`. Never throws for a job's failure: see each result's `status`.
 */
export async function runPlan(plan: Plan, options: RunOptions): Promise<RunResult> {
  const opened = await openRun(plan, options);
  try {
    return await runOpened(plan, options, opened);
  } finally {
    await opened.release();
  }
}

async function runOpened(
  whole: Plan,
  options: RunOptions,
  { ctx, stops, cacheDir, write }: OpenRun,
): Promise<RunResult> {
  ctx.emit({ type: 'planned', plan: whole });
  let results: RunResult['results'];
  const checkDir = path.join(path.dirname(cacheDir), 'checks');
  // Storyboards' tools are checked before any of their shots is paid for.
  const gate = await storyboardToolsGate(whole, options.mediaRunner);
  const plan = gate.plan;
  try {
    const share = await matrixShare(plan, options.maxCredits, ctx);
    // A shard spends only its part of the matrix's budget: when a price turns out higher than
    // its estimate, this shard stops creating once its part is spent (see README, Shards).
    if (share.budget !== undefined) ctx.budget = new Budget(share.budget);
    const ran = await runJobs(share.run, ctx, options.concurrency ?? 4);
    results = share.mergeBack(ran);
    for (const invalid of plan.invalid) results.push(invalidResult(invalid));
    results.push(...gate.refused);
    if (options.checks !== false) {
      // Filled by a loop: a pair array per job, all alive until the map is built, were young
      // survivors the GC copied (10,000 cached videos).
      const jobs = new Map<string, Job>();
      for (const job of plan.jobs) jobs.set(job.name, job);
      const check = (rs: RunResult['results']) =>
        checkVideos(rs, jobs, checkOptions(options, ctx.outDir, checkDir));
      results = await check(results);
      // Before the stops are disposed: a retry creates and waits like any job.
      if ((options.retrySuspect ?? 0) > 0)
        results = await retrySuspects(results, jobs, ctx, {
          retries: options.retrySuspect ?? 0,
          check,
        });
    }
  } finally {
    stops.dispose();
  }
  if (plan.storyboards) {
    const boards = await assembleStoryboards(plan.storyboards, results, {
      root: plan.root,
      outDir: ctx.outDir,
      tempDir: ctx.tempDir,
      fs: ctx.fs,
      cache: ctx.cache,
      checkDir,
      checks: options.checks !== false,
      ...(options.signal && { signal: options.signal }),
      ...tolerancesOf(options),
      ...(options.mediaRunner && { run: options.mediaRunner }),
      notice: (message) => options.onEvent?.({ type: 'notice', message }),
    });
    results.push(...boards);
  }
  if (options.posters !== false) {
    results = await addPosters(results, {
      outDir: ctx.outDir,
      cacheDir,
      fs: ctx.fs,
      ...(options.runProgram ? { run: options.runProgram } : {}),
      notice: (message) => options.onEvent?.({ type: 'notice', message }),
    });
  }
  const counts = countOutcomes(results);
  // One figure everywhere: the sum of what each video cost this run (see JobResult.credits).
  const credits = sumCredits(results);
  const manifestPath = await writeRunFiles(results, {
    outDir: ctx.outDir,
    tempDir: ctx.tempDir,
    write,
    credits,
    counts,
    root: plan.root,
    ...(options.title !== undefined && { title: options.title }),
  });
  const refusal = stops.refusal;
  return { results, manifestPath, credits, counts, ...(refusal && { refusal }) };
}

/** How `runPlan` checks delivered videos (see `RunOptions.checks`). */
function checkOptions(options: RunOptions, outDir: string, checkDir: string): VideoCheckOptions {
  return {
    outDir,
    checkDir,
    ...tolerancesOf(options),
    ...(typeof options.checks === 'object' && options.checks.resolution && { resolution: true }),
    ...(options.mediaRunner && { run: options.mediaRunner }),
    notice: (message) => options.onEvent?.({ type: 'notice', message }),
  };
}

/** The delivery checks' tolerances the caller set, if any. */
function tolerancesOf(options: RunOptions): { tolerances?: DeliveryTolerances } {
  return typeof options.checks === 'object' && options.checks.tolerances
    ? { tolerances: options.checks.tolerances }
    : {};
}

/**
 * The run's folders made and swept of what a killed run left, its journal opened, what stops
 * it, and the context every job shares.
 */
interface OpenRun {
  ctx: RunContext;
  stops: RunStops;
  cacheDir: string;
  write: WriteOptions;
  /** Releases the state folder's lock. */
  release: () => Promise<void>;
}

async function openRun(plan: Plan, options: RunOptions): Promise<OpenRun> {
  const stateDir = path.resolve(options.stateDir ?? path.join(plan.root, '.clipwright'));
  await (options.fs ?? realFileOps).mkdir(stateDir, { recursive: true });
  // One run per state folder: a second one never sweeps this one's temporary files.
  const release = await lockStateDir(stateDir, {
    ...(options.lockWaitMs !== undefined && { waitMs: options.lockWaitMs }),
    onCompromised: (error) =>
      options.onEvent?.({
        type: 'notice',
        message: `the state folder's lock was lost (${error.message}); another run may now share it`,
      }),
  });
  try {
    return { ...(await openLocked(plan, options, stateDir)), release };
  } catch (error) {
    await release();
    throw error;
  }
}

async function openLocked(
  plan: Plan,
  options: RunOptions,
  stateDir: string,
): Promise<Omit<OpenRun, 'release'>> {
  const clock = options.clock ?? systemClock;
  const outDir = path.resolve(options.outDir);
  const tempDir = path.join(stateDir, 'tmp');
  const cacheDir = path.join(stateDir, 'cache');
  const fs = options.fs ?? realFileOps;
  await fs.mkdir(outDir, { recursive: true });
  await fs.mkdir(tempDir, { recursive: true });
  // One redaction for every file this run writes: the key never reaches the disk.
  const redact = secretRedactor([...(options.secrets ?? []), options.clientOptions?.apiKey]);
  const write: WriteOptions = { redact, fs };
  // What a killed run (kill -9) left: our own temporary names only, where we write them.
  // Each folder once: 10,000 jobs in one folder made 10,000 equal paths that outlived a
  // scavenge (a young-generation survivor costs the GC twice; see bench/README.md, Scale).
  const folders = new Set([tempDir, stateDir, cacheDir, outDir]);
  for (const job of plan.jobs) folders.add(path.dirname(path.join(outDir, job.output)));
  await sweepTempFiles(folders, fs);
  const journal = await Journal.open(stateDir, write);
  const emit = options.onEvent ?? (() => {});
  const client = lazyClient(options, emit);
  // Stop creating on abort or fail-fast; stop waiting graceMs after an abort.
  const stops = new RunStops(plan.jobs.flatMap(chainModels), options, clock);
  const ctx: RunContext = {
    client,
    journal,
    cache: options.cache ?? folderCache(cacheDir, write),
    budget: new Budget(options.maxCredits),
    images: imageLinks({ journal, client, clock, root: plan.root }),
    clock,
    outDir,
    tempDir,
    fs,
    regenerate: options.regenerate ?? false,
    ...(options.modelHealth && { health: options.modelHealth }),
    ...(options.waitTimeoutMs !== undefined && { waitTimeoutMs: options.waitTimeoutMs }),
    waitSignal: stops.waits.signal,
    keyGate: new KeyGate(),
    stopReason: (job) => stops.reason(job),
    onFailure: (error, job, how) => stops.failed(error, job, how),
    emit,
  };
  return { ctx, stops, cacheDir, write };
}
