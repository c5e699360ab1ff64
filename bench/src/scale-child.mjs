// Run as a child process by the scale scenario, so that RSS and CPU are the pipeline's alone:
//   node scale-child.mjs <root> <stateDir> <outDir>
// Plain JavaScript, as a user's program that imports the built pipeline is: a .ts file would
// load Node's type stripper first (17 MiB of RSS that is the bench's, not the pipeline's).
// Dry run (loadPlan), then a run whose every video and poster is cached, with the defaults
// (checks and posters on: each from its cache, no ffmpeg). Prints one JSON line.
import { loadPlan, runPlan } from '@clipwright/pipeline';

const [root, stateDir, outDir] = process.argv.slice(2);
if (!root || !stateDir || !outDir)
  throw new Error('usage: scale-child.mjs <root> <stateDir> <outDir>');
const t0 = performance.now();
const plan = await loadPlan({ root });
const t1 = performance.now();
// The defaults: delivery checks and posters on, each answered from its sha256-keyed cache.
const run = await runPlan(plan, { outDir, stateDir });
const t2 = performance.now();
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    jobs: plan.jobs.length,
    problems: plan.problems.length,
    counts: run.counts,
    posters: run.results.filter((r) => r.poster).length,
    planMs: t1 - t0,
    runMs: t2 - t1,
    maxRssKiB: usage.maxRSS,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  }),
);
