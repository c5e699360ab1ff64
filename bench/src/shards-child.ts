// Run as one of the shard processes by the shards scenario (the matrix case):
//   node --conditions=source shards-child.ts <json options>
// loadPlan of its shard + runPlan against the simulator, on a clock that runs as the
// simulator's (the same wall clock, the same time scale). Prints one JSON line.
import path from 'node:path';
import { loadPlan, runPlan } from '@clipwright/pipeline';
import { createSimClock, DEFAULT_API_KEY } from '@clipwright/simulator';
import { runEnd } from './run-end.ts';

interface ShardChildOptions {
  root: string;
  shard: string;
  baseUrl: string;
  concurrency: number;
  timeScale: number;
  /** The simulator's clock and `Date.now()`, read together in the parent. */
  simNow: number;
  wallNow: number;
}

const o = JSON.parse(process.argv[2] ?? '{}') as ShardChildOptions;
const clock = createSimClock({
  timeScale: o.timeScale,
  start: o.simNow + (Date.now() - o.wallNow) * o.timeScale,
});
const startedAt = clock.now();
const ends = runEnd(clock);
// Each job's time from its create's answer to its end (the task, the lag to notice it, the download).
const createdAt = new Map<string, number>();
const jobMs: number[] = [];
const onEvent = (event: Parameters<NonNullable<Parameters<typeof runPlan>[1]['onEvent']>>[0]) => {
  ends.onEvent(event);
  if (event.type === 'created') createdAt.set(event.job.name, clock.now());
  if (event.type === 'done')
    jobMs.push(clock.now() - (createdAt.get(event.job.name) ?? clock.now()));
};
const plan = await loadPlan({ root: o.root, shard: o.shard });
const run = await runPlan(plan, {
  // ffmpeg's delivery checks (added after this scenario's targets were set) run in real time, and this clock runs faster (timeScale):
  // each real second of decoding would count as many seconds of scheduling. Their cost is measured
  // on its own (the storyboard and poster scenarios); this one measures waiting and pacing.
  checks: false,
  clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: o.baseUrl, clock },
  clock,
  outDir: path.join(o.root, `out-${o.shard.replace('/', '-')}`),
  stateDir: path.join(o.root, `.clipwright-${o.shard.replace('/', '-')}`),
  concurrency: o.concurrency,
  onEvent,
});
// The last job's end, then the local tail (posters) at its real duration (see runEnd).
const end = ends.end();
const errors = [...new Set(run.results.flatMap((r) => (r.error ? [r.error.code] : [])))];
console.log(
  JSON.stringify({
    jobs: plan.jobs.length,
    counts: run.counts,
    failures: run.results.filter((r) => r.status !== 'completed').length,
    errors,
    startedAt,
    endedAt: end.at,
    localTailMs: end.tailMs,
    meanJobMs: jobMs.reduce((a, b) => a + b, 0) / Math.max(1, jobMs.length),
  }),
);
