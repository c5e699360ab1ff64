import { setTimeout as delay } from 'node:timers/promises';
import { runChildScript } from './child-process.ts';
import { type RateLimitedSizes, rateLimitedRepo } from './rate-limited-repo.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { round } from './summary-stats.ts';

export interface ShardsSizes extends RateLimitedSizes {
  /** Shard processes, each `loadPlan({ shard: 'k/n' })` + `runPlan`, all on one key. */
  shards: number;
  /** `runPlan`'s concurrency in each shard. */
  concurrency: number;
  /** Simulated seconds between one shard's start and the next (runners never start together). */
  staggerSeconds: number;
}

interface ShardReport {
  jobs: number;
  counts: Record<string, number>;
  failures: number;
  errors: string[];
  startedAt: number;
  /** The last job's end, then the local tail (posters) at its real duration (see `runEnd`). */
  endedAt: number;
  localTailMs: number;
  /** Mean time from a job's create to its end (task, detection lag, download). */
  meanJobMs: number;
}

/**
 * The matrix case as a user meets it: `shards` processes share one key and its create rate
 * limit (the simulator in this process, answering 429 without Retry-After, as the vendor
 * documents none), starting `staggerSeconds` apart, each running its shard of the same
 * repository. Makespan is simulated time from the first shard's start to the last one's end,
 * against the tight lower bound (`tightLowerBoundMs`: the rate limit's windows, longest tasks
 * first); runner seconds are the shards' lifetimes added up (what a matrix is billed). Each
 * shard's end counts its local tail after the last job (posters) at its real duration.
 */
export async function shardsScenario(sizes: ShardsSizes): Promise<ScenarioResult> {
  // Every shard's process reads the same wall clock: the simulator runs on it too.
  const { root, sim, seconds, tightLowerBoundMs, close } = await rateLimitedRepo(sizes, 'shards', {
    realNow: () => Date.now(),
    retryAfterHeader: false,
  });
  const staggerMs = (sizes.staggerSeconds * 1000) / sizes.timeScale;
  try {
    const reports = await Promise.all(
      Array.from({ length: sizes.shards }, async (_, i) => {
        await delay(i * staggerMs);
        return runChildScript<ShardReport>('./shards-child.ts', [
          JSON.stringify({
            root,
            shard: `${i + 1}/${sizes.shards}`,
            baseUrl: sim.url,
            concurrency: sizes.concurrency,
            timeScale: sizes.timeScale,
            simNow: sim.clock.now(),
            wallNow: Date.now(),
          }),
        ]);
      }),
    );
    const jobs = reports.reduce((n, r) => n + r.jobs, 0);
    if (jobs !== sizes.prompts)
      throw new Error(`the shards hold ${jobs} jobs for ${sizes.prompts}`);
    const makespanMs =
      Math.max(...reports.map((r) => r.endedAt)) - Math.min(...reports.map((r) => r.startedAt));
    const stats = sim.stats();
    const errors = [...new Set(reports.flatMap((r) => r.errors))];
    const runnerMs = reports.reduce((n, r) => n + (r.endedAt - r.startedAt), 0);
    return {
      metrics: {
        makespanRatio: round(makespanMs / tightLowerBoundMs),
        failures: reports.reduce((n, r) => n + r.failures, 0),
        rateLimitedShare: round(stats.rateLimited / stats.requests, 4),
        runnerSecondsRatio: round(runnerMs / (sizes.shards * tightLowerBoundMs)),
      },
      details: {
        prompts: sizes.prompts,
        shards: sizes.shards,
        jobsPerShard: reports.map((r) => r.jobs),
        rateLimit: `${sizes.limit} creates / ${sizes.windowSeconds} s, one key`,
        taskSeconds: `${sizes.minSeconds}-${sizes.maxSeconds} (seed ${sizes.seed})`,
        concurrencyPerShard: sizes.concurrency,
        timeScale: sizes.timeScale,
        makespanSeconds: round(makespanMs / 1000, 1),
        lowerBoundSeconds: round(tightLowerBoundMs / 1000, 1),
        staggerSeconds: sizes.staggerSeconds,
        runnerSeconds: round(runnerMs / 1000, 0),
        localTailRealSeconds: reports.map((r) => round(r.localTailMs / 1000, 1)),
        meanTaskSeconds: round(seconds.reduce((a, b) => a + b, 0) / seconds.length, 1),
        meanJobSeconds: reports.map((r) => round(r.meanJobMs / 1000, 1)),
        retryAfter: 'never sent',
        ...(errors.length > 0 && { errorCodes: errors }),
        requests: stats.requests,
        creates: stats.creates,
        rateLimited: stats.rateLimited,
        rateLimitedShare: round(stats.rateLimited / stats.requests, 4),
      },
    };
  } finally {
    await close();
  }
}
