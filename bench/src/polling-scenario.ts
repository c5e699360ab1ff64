import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { fixedIntervalPoller } from './fixed-interval-poller.ts';
import { pollingProfileNames, pollingProfiles } from './polling-profiles.ts';
import { startShapeService } from './polling-service.ts';
import { pollingShapeNames, pollingShapes, shapeTasks } from './polling-shapes.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { seededIntegers } from './seeded-random.ts';
import { mean, percentile, round } from './summary-stats.ts';
import { type VirtualClock, virtualClock } from './virtual-clock.ts';

/** Where virtual time starts (2026-01-01 UTC), every run. */
const EPOCH = Date.UTC(2026, 0, 1);

export interface PollingSizes {
  tasks: number;
  /** Task length range of the simulator's profiles (uniform), seconds. */
  minSeconds: number;
  maxSeconds: number;
  /** Task length range of the shapes of our own services (log-normal), seconds. */
  shapeMinSeconds: number;
  shapeMaxSeconds: number;
  seed: number;
}

/** What a service counted of one task: when it finished, when a query first showed it, polls. */
interface Counted {
  finishedAt?: number;
  firstSeenFinishedAt?: number;
  queries: number;
}

/** A service to measure against: its URL, what it counted, and how to stop it. */
interface Service {
  url: string;
  tasks(): Counted[];
  close(): Promise<void>;
}

/**
 * Our `client.tasks.wait` (default policy) against the vendor's fixed 8 s loop (which honours
 * Retry-After), on the same tasks from two services alike, side by side: the simulator under
 * each of its progress profiles, then services of our own under each shape of
 * `polling-shapes.ts` (tasks of 30 s to 30 min, log-normal). Time is virtual: it moves when
 * every wait sleeps, so responses take none and a run is the same on any machine. Polls and
 * lags come from what each service counted.
 */
export async function pollingScenario(sizes: PollingSizes): Promise<ScenarioResult> {
  const metrics: Record<string, number> = {};
  const families: Record<string, Record<string, unknown>> = { profiles: {}, shapes: {} };
  const signal: string[] = [];
  const lengths = seededIntegers(sizes.seed, sizes.tasks, sizes.minSeconds, sizes.maxSeconds);
  for (const name of pollingProfileNames) {
    const r = await compare((clock) => profileService(sizes, name, clock), lengths);
    record(metrics, families, `profiles.${name}`, r, pollingProfiles[name]);
    signal.push(`profiles.${name}`); // every profile carries the simulator's honest estimate
  }
  const tasks = shapeTasks(sizes.seed, sizes.tasks, sizes.shapeMinSeconds, sizes.shapeMaxSeconds);
  for (const name of pollingShapeNames) {
    const shape = pollingShapes[name];
    const start = (clock: VirtualClock) => startShapeService({ shape, tasks, now: clock.now });
    const r = await compare(
      start,
      tasks.map((t) => Math.round(t.durationMs / 1000)),
    );
    record(metrics, families, `shapes.${name}`, r, { what: shape.what, signal: shape.signal });
    if (shape.signal) signal.push(`shapes.${name}`);
  }
  const all = [
    ...pollingProfileNames.map((n) => `profiles.${n}`),
    ...pollingShapeNames.map((n) => `shapes.${n}`),
  ];
  const ratio = (keys: string[], m: string) => keys.map((k) => metrics[`${k}.${m}`] as number);
  const linear = families.profiles?.linear as { ours: { lagP95Seconds: number } };
  return {
    metrics: {
      lagP95Seconds: linear.ours.lagP95Seconds,
      worstPollsRatio: Math.max(...ratio(all, 'pollsRatio')),
      worstLagP95Ratio: Math.max(...ratio(all, 'lagP95Ratio')),
      meanPollsRatio: round(mean(ratio(all, 'pollsRatio'))),
      meanLagP95Ratio: round(mean(ratio(all, 'lagP95Ratio'))),
      signalMeanPollsRatio: round(mean(ratio(signal, 'pollsRatio'))),
      signalMeanLagP95Ratio: round(mean(ratio(signal, 'lagP95Ratio'))),
      ...metrics,
    },
    details: {
      tasks: sizes.tasks,
      profileSeconds: `${sizes.minSeconds}-${sizes.maxSeconds}, uniform (seed ${sizes.seed})`,
      shapeSeconds: `${sizes.shapeMinSeconds}-${sizes.shapeMaxSeconds}, log-normal, median 240 (seed ${sizes.seed})`,
      time: 'virtual: responses take none',
      withSignal: signal,
      ...families,
    },
  };
}

function record(
  metrics: Record<string, number>,
  families: Record<string, Record<string, unknown>>,
  key: string,
  r: Awaited<ReturnType<typeof compare>>,
  about: object,
) {
  metrics[`${key}.pollsRatio`] = r.pollsRatio;
  metrics[`${key}.lagP95Ratio`] = r.lagP95Ratio;
  const [family, name] = key.split('.') as [string, string];
  (families[family] as Record<string, unknown>)[name] = {
    ...about,
    ours: r.ours,
    fixed8s: r.fixed8s,
  };
}

/** The simulator under one profile, its time the virtual clock's. */
async function profileService(
  sizes: PollingSizes,
  name: (typeof pollingProfileNames)[number],
  clock: VirtualClock,
): Promise<Service> {
  const origin = clock.now();
  const sim = await startSimulator({
    port: 0,
    timeScale: 1,
    seed: sizes.seed,
    ...pollingProfiles[name],
    startTime: origin,
    realNow: () => clock.now() - origin,
  });
  return { url: sim.url, tasks: () => sim.stats().tasks, close: () => sim.close() };
}

/** Runs ours and the fixed loop on the same tasks (`seconds[i]` long), each on its service. */
async function compare(start: (clock: VirtualClock) => Promise<Service>, seconds: number[]) {
  const { createClient } = await import('@clipwright/core');
  // A fixed start: shapes that refuse by the clock's time refuse the same queries every run.
  const clock = virtualClock(EPOCH);
  const [ours, base] = await Promise.all([start(clock), start(clock)]);
  try {
    const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: ours.url, clock, env: {} });
    const baseline = fixedIntervalPoller({ baseUrl: base.url, apiKey: DEFAULT_API_KEY, clock });
    const timeoutMs = (Math.max(...seconds) + 3600) * 1000;
    const prompt = (i: number) =>
      `Polling benchmark clip ${i + 1}. task=${i} sim:seconds=${seconds[i]}`;
    await Promise.all(
      seconds.flatMap((_, i) => [
        clock.run(async () => {
          const task = await client.videos.create({ model: 'sora-2', prompt: prompt(i) });
          await client.tasks.wait(task, { timeoutMs });
        }),
        clock.run(async () => {
          const status = await baseline.wait(
            await baseline.create({ model: 'sora-2', prompt: prompt(i) }),
          );
          if (status !== 'completed') throw new Error(`baseline task ended ${status}`);
        }),
      ]),
    );
    const a = summarize(ours.tasks());
    const b = summarize(base.tasks());
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

function summarize(tasks: readonly Counted[]) {
  const lags: number[] = [];
  for (const t of tasks) {
    if (t.finishedAt === undefined || t.firstSeenFinishedAt === undefined) {
      throw new Error('a task ended without a noticed finish');
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
      lagMeanSeconds: round(mean(lags) / 1000),
      lagP50Seconds: round(percentile(lags, 50) / 1000),
      lagP95Seconds: round(lagP95Ms / 1000),
      lagMaxSeconds: round(percentile(lags, 100) / 1000),
    },
  };
}
