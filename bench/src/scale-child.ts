// Run as a child process by the scale scenario, so that RSS and CPU are the pipeline's alone:
//   node --conditions=source scale-child.ts <root> <stateDir> <outDir>
// Dry run (loadPlan), then a run whose every video is cached (no posters). Prints one JSON line.
import { loadPlan, runPlan } from '@clipwright/pipeline';

const [root, stateDir, outDir] = process.argv.slice(2);
if (!root || !stateDir || !outDir)
  throw new Error('usage: scale-child.ts <root> <stateDir> <outDir>');
const t0 = performance.now();
const plan = await loadPlan({ root });
const t1 = performance.now();
// No posters: the cached stand-ins are not videos, and ffmpeg once per video (a child
// process each) is not the pipeline's own cost; see bench/README.md.
const run = await runPlan(plan, { outDir, stateDir, posters: false });
const t2 = performance.now();
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    jobs: plan.jobs.length,
    problems: plan.problems.length,
    counts: run.counts,
    planMs: t1 - t0,
    runMs: t2 - t1,
    maxRssKiB: usage.maxRSS,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  }),
);
