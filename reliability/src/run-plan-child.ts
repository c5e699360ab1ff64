// A child process for the crash tests: plans `root` and runs it against a simulator at `url`
// on a clock `scale` times faster than real time (the simulator's own time scale), printing
// one line per created task. Run with `node --conditions=source run-plan-child.ts`.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '@clipwright/core';
import { loadPlan, runPlan } from '@clipwright/pipeline';

const [root = '.', url = '', scaleText = '1'] = process.argv.slice(2);
const scale = Number(scaleText);
const stats = (await (await fetch(`${url}/__sim/stats`)).json()) as { now: number };
const start = performance.now();
// The simulator's clock seen from another process: its time at start plus scaled real time.
const clock: Clock = {
  now: () => stats.now + (performance.now() - start) * scale,
  sleep: (ms, signal) => sleep(ms / scale, undefined, signal ? { signal } : {}),
};
const plan = await loadPlan({ root });
const run = await runPlan(plan, {
  clientOptions: {
    apiKey: process.env.EVOLINK_API_KEY ?? '',
    baseUrl: url,
    clock,
  },
  clock,
  outDir: path.join(root, 'out'),
  onEvent: (e) => {
    if (e.type === 'created') process.stdout.write(`created ${e.task.id}\n`);
  },
});
process.stdout.write(`done ${JSON.stringify(run.counts)}\n`);
process.exit(0);
