import { rm } from 'node:fs/promises';
import { startSimulator } from '@clipwright/simulator';
import { runChildScript } from './child-process.ts';
import { writePromptRepo } from './prompt-repo.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { seededIntegers } from './seeded-random.ts';
import { round } from './summary-stats.ts';

export interface ShardsSizes {
  prompts: number;
  /** Shard processes, each `loadPlan({ shard: 'k/n' })` + `runPlan`, all on one key. */
  shards: number;
  /** Create rate limit of the key: `limit` creates per `windowSeconds` (simulated). */
  limit: number;
  windowSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  /** `runPlan`'s concurrency in each shard. */
  concurrency: number;
  timeScale: number;
  seed: number;
}

interface ShardReport {
  jobs: number;
  counts: Record<string, number>;
  failures: number;
  errors: string[];
  startedAt: number;
  endedAt: number;
}

/**
 * The matrix case: `shards` processes share one key and its create rate limit (the simulator
 * in this process, answering 429 with Retry-After), each running its shard of the same
 * repository. Makespan is simulated time from the first shard's start to the last one's end,
 * against the batch scenario's lower bound N/R + the longest task.
 */
export async function shardsScenario(sizes: ShardsSizes): Promise<ScenarioResult> {
  const seconds = seededIntegers(sizes.seed, sizes.prompts, sizes.minSeconds, sizes.maxSeconds);
  const root = await writePromptRepo(
    seconds.map((s, i) => `Shard benchmark clip ${i + 1}. sim:seconds=${s}`),
    { prefix: 'shards' },
  );
  const sim = await startSimulator({
    port: 0,
    timeScale: sizes.timeScale,
    seed: sizes.seed,
    rateLimit: { create: { limit: sizes.limit, windowSeconds: sizes.windowSeconds } },
    retryAfterHeader: true,
    // Every shard's process reads the same wall clock: the simulator runs on it too.
    realNow: () => Date.now(),
  });
  try {
    const reports = await Promise.all(
      Array.from({ length: sizes.shards }, (_, i) =>
        runChildScript<ShardReport>('./shards-child.ts', [
          JSON.stringify({
            root,
            shard: `${i + 1}/${sizes.shards}`,
            baseUrl: sim.url,
            concurrency: sizes.concurrency,
            timeScale: sizes.timeScale,
            simNow: sim.clock.now(),
            wallNow: Date.now(),
          }),
        ]),
      ),
    );
    const jobs = reports.reduce((n, r) => n + r.jobs, 0);
    if (jobs !== sizes.prompts)
      throw new Error(`the shards hold ${jobs} jobs for ${sizes.prompts}`);
    const makespanMs =
      Math.max(...reports.map((r) => r.endedAt)) - Math.min(...reports.map((r) => r.startedAt));
    const lowerBoundMs =
      (sizes.prompts / (sizes.limit / sizes.windowSeconds) + Math.max(...seconds)) * 1000;
    const stats = sim.stats();
    const errors = [...new Set(reports.flatMap((r) => r.errors))];
    return {
      metrics: {
        makespanRatio: round(makespanMs / lowerBoundMs),
        failures: reports.reduce((n, r) => n + r.failures, 0),
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
        lowerBoundSeconds: round(lowerBoundMs / 1000, 1),
        ...(errors.length > 0 && { errorCodes: errors }),
        requests: stats.requests,
        creates: stats.creates,
        rateLimited: stats.rateLimited,
        rateLimitedShare: round(stats.rateLimited / stats.requests, 4),
      },
    };
  } finally {
    await sim.close();
    await rm(root, { recursive: true, force: true });
  }
}
