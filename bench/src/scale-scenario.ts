import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runChildScript } from './child-process.ts';
import { writePromptRepo } from './prompt-repo.ts';
import { fillCaches } from './scale-fixture.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { round } from './summary-stats.ts';

export interface ScaleSizes {
  prompts: number;
}

interface ChildReport {
  jobs: number;
  problems: number;
  counts: Record<string, number>;
  posters: number;
  planMs: number;
  runMs: number;
  maxRssKiB: number;
  cpuSeconds: number;
}

/**
 * N prompt files (front matter + prompt) through the built pipeline (`dist/`) in a child
 * process: `loadPlan` (the dry run), then `runPlan` with the defaults (delivery checks and
 * posters on) and every video, its poster and its check record already in the state folder
 * (`fillCaches`: the cached run, no API call, no ffmpeg). Peak RSS and CPU (user + system)
 * are the child's whole life, start-up included.
 */
export async function scaleScenario(sizes: ScaleSizes): Promise<ScenarioResult> {
  const { loadPlan } = await import('@clipwright/pipeline');
  const prompts = Array.from(
    { length: sizes.prompts },
    (_, i) => `A product shot, take ${i + 1}: a ceramic mug turns slowly on a wooden table.`,
  );
  const root = await writePromptRepo(prompts, {
    prefix: 'scale',
    frontMatter: 'model: kling-v3-text-to-video\nduration: 10\naspect_ratio: "9:16"',
  });
  try {
    const stateDir = path.join(root, '.clipwright');
    const plan = await loadPlan({ root });
    if (plan.jobs.length !== sizes.prompts) {
      throw new Error(`the plan has ${plan.jobs.length} jobs for ${sizes.prompts} prompts`);
    }
    await fillCaches(plan.jobs, stateDir, root);

    const child = await runChildScript<ChildReport>(
      './scale-child.mjs',
      [root, stateDir, path.join(root, 'out')],
      { dist: true, timeoutMs: 1_800_000 },
    );
    if (child.counts.cached !== sizes.prompts || child.posters !== sizes.prompts) {
      throw new Error(
        `the cached run reported ${JSON.stringify(child.counts)} and ${child.posters} posters`,
      );
    }
    return {
      metrics: {
        rssMiB: round(child.maxRssKiB / 1024, 1),
        cpuSeconds: round(child.cpuSeconds, 2),
      },
      details: {
        prompts: sizes.prompts,
        counts: child.counts,
        posters: child.posters,
        dryRunMs: round(child.planMs, 0),
        cachedRunMs: round(child.runMs, 0),
      },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
