import path from 'node:path';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { type RateLimitedSizes, rateLimitedRepo } from './rate-limited-repo.ts';
import { runEnd } from './run-end.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { round } from './summary-stats.ts';

export interface BatchSizes extends RateLimitedSizes {
  /** `runPlan`'s concurrency. */
  concurrency: number;
}

/**
 * N prompt files through `loadPlan` + `runPlan` (defaults otherwise, as the CLI and the action
 * use them) against a simulator that limits creates and answers 429 with Retry-After.
 * Makespan is simulated time until the last job is done, then the real time of the local
 * tail (posters, run files: see `runEnd`); the lower bound is N/R + the longest task.
 */
export async function batchScenario(sizes: BatchSizes): Promise<ScenarioResult> {
  const { loadPlan, runPlan } = await import('@clipwright/pipeline');
  const { root, sim, lowerBoundMs, close } = await rateLimitedRepo(sizes, 'batch');
  try {
    const plan = await loadPlan({ root });
    if (plan.jobs.length !== sizes.prompts) {
      throw new Error(`the plan has ${plan.jobs.length} jobs for ${sizes.prompts} prompts`);
    }
    const started = sim.clock.now();
    const ends = runEnd(sim.clock);
    const run = await runPlan(plan, {
      clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: sim.url, clock: sim.clock },
      clock: sim.clock,
      outDir: path.join(root, 'out'),
      concurrency: sizes.concurrency,
      // ffmpeg's delivery checks (added after this scenario's targets were set) run in real time, and this clock runs `timeScale`x faster:
      // each real second of decoding would count as timeScale s of scheduling. Their cost is measured
      // on its own (the storyboard and poster scenarios); this one measures waiting and pacing.
      checks: false,
      onEvent: ends.onEvent,
    });
    const end = ends.end();
    const makespanMs = end.at - started;
    const stats = sim.stats();
    const failures = run.results.filter((r) => r.status !== 'completed').length;
    const errors = [...new Set(run.results.flatMap((r) => (r.error ? [r.error.code] : [])))];
    return {
      metrics: {
        makespanRatio: round(makespanMs / lowerBoundMs),
        failures,
        rateLimitedShare: round(stats.rateLimited / stats.requests, 4),
      },
      details: {
        prompts: sizes.prompts,
        rateLimit: `${sizes.limit} creates / ${sizes.windowSeconds} s`,
        taskSeconds: `${sizes.minSeconds}-${sizes.maxSeconds} (seed ${sizes.seed})`,
        concurrency: sizes.concurrency,
        timeScale: sizes.timeScale,
        makespanSeconds: round(makespanMs / 1000, 1),
        lowerBoundSeconds: round(lowerBoundMs / 1000, 1),
        localTailRealSeconds: round(end.tailMs / 1000, 1),
        counts: run.counts,
        ...(errors.length > 0 && { errorCodes: errors }),
        requests: stats.requests,
        creates: stats.creates,
        queries: stats.queries,
        downloads: stats.downloads,
        rateLimited: stats.rateLimited,
      },
    };
  } finally {
    await close();
  }
}
