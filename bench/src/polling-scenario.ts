import {
  DEFAULT_API_KEY,
  type ProgressProfile,
  type SimTaskStats,
  startSimulator,
} from '@clipwright/simulator';
import { fixedIntervalPoller } from './fixed-interval-poller.ts';
import { pollingProfileNames, pollingProfiles } from './polling-profiles.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { seededIntegers } from './seeded-random.ts';
import { mean, percentile, round } from './summary-stats.ts';

export interface PollingSizes {
  tasks: number;
  /** Task length range, simulated seconds. */
  minSeconds: number;
  maxSeconds: number;
  timeScale: number;
  seed: number;
}

/**
 * Our `client.tasks.wait` (default adaptive policy, the simulator's clock) against the vendor's
 * fixed 8 s loop, for each progress profile in turn: two simulators with the same seed, the
 * profile and the same tasks, run side by side. Polls and lags come from each simulator's
 * stats, in simulated time. `lagP95Seconds` is the linear profile's.
 */
export async function pollingScenario(sizes: PollingSizes): Promise<ScenarioResult> {
  const metrics: Record<string, number> = {};
  const details: Record<string, unknown> = {
    tasks: sizes.tasks,
    taskSeconds: `${sizes.minSeconds}-${sizes.maxSeconds} (seed ${sizes.seed})`,
    timeScale: sizes.timeScale,
  };
  const perProfile: Record<string, unknown> = {};
  for (const name of pollingProfileNames) {
    const r = await pollingProfile(sizes, pollingProfiles[name]);
    metrics[`profiles.${name}.pollsRatio`] = r.pollsRatio;
    metrics[`profiles.${name}.lagP95Ratio`] = r.lagP95Ratio;
    perProfile[name] = { ...pollingProfiles[name], ours: r.ours, fixed8s: r.fixed8s };
  }
  const polls = pollingProfileNames.map((n) => metrics[`profiles.${n}.pollsRatio`] as number);
  const lags = pollingProfileNames.map((n) => metrics[`profiles.${n}.lagP95Ratio`] as number);
  const linear = perProfile.linear as { ours: { lagP95Seconds: number } };
  return {
    metrics: {
      lagP95Seconds: linear.ours.lagP95Seconds,
      worstPollsRatio: Math.max(...polls),
      worstLagP95Ratio: Math.max(...lags),
      meanPollsRatio: round(mean(polls)),
      meanLagP95Ratio: round(mean(lags)),
      ...metrics,
    },
    details: { ...details, profiles: perProfile },
  };
}

async function pollingProfile(
  sizes: PollingSizes,
  profile: { progressProfile: ProgressProfile; estimateFactor: number },
) {
  const { createClient } = await import('@clipwright/core');
  const seconds = seededIntegers(sizes.seed, sizes.tasks, sizes.minSeconds, sizes.maxSeconds);
  const prompts = seconds.map((s, i) => `Polling benchmark clip ${i + 1}. sim:seconds=${s}`);
  const simOptions = { port: 0, timeScale: sizes.timeScale, seed: sizes.seed, ...profile };
  const [ours, base] = await Promise.all([startSimulator(simOptions), startSimulator(simOptions)]);
  try {
    const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: ours.url, clock: ours.clock });
    const baseline = fixedIntervalPoller({
      baseUrl: base.url,
      apiKey: DEFAULT_API_KEY,
      clock: base.clock,
    });
    const waitTimeoutMs = (sizes.maxSeconds + 600) * 1000;
    await Promise.all([
      Promise.all(
        prompts.map(async (prompt) => {
          const task = await client.videos.create({ model: 'sora-2', prompt });
          await client.tasks.wait(task, { timeoutMs: waitTimeoutMs });
        }),
      ),
      Promise.all(
        prompts.map(async (prompt) => {
          const status = await baseline.wait(await baseline.create({ model: 'sora-2', prompt }));
          if (status !== 'completed') throw new Error(`baseline task ended ${status}`);
        }),
      ),
    ]);
    const a = summarize(ours.stats().tasks);
    const b = summarize(base.stats().tasks);
    return {
      pollsRatio: round(a.pollsPerTask / b.pollsPerTask),
      lagP95Ratio: round(a.lagP95Ms / b.lagP95Ms),
      ours: a.report,
      fixed8s: b.report,
    };
  } finally {
    await Promise.all([ours.close(), base.close()]);
  }
}

function summarize(tasks: readonly SimTaskStats[]) {
  const lags: number[] = [];
  for (const t of tasks) {
    if (t.finishedAt === undefined || t.firstSeenFinishedAt === undefined) {
      throw new Error(`task ${t.id} ended ${t.status} without a noticed finish`);
    }
    lags.push(t.firstSeenFinishedAt - t.finishedAt);
  }
  const pollsPerTask = mean(tasks.map((t) => t.queries));
  const lagP95Ms = percentile(lags, 95);
  return {
    pollsPerTask,
    lagP95Ms,
    report: {
      pollsPerTask: round(pollsPerTask, 2),
      lagP50Seconds: round(percentile(lags, 50) / 1000),
      lagP95Seconds: round(lagP95Ms / 1000),
      lagMaxSeconds: round(percentile(lags, 100) / 1000),
    },
  };
}
