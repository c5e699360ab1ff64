import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runChildScript } from './child-process.ts';
import { writePromptRepo } from './prompt-repo.ts';
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
 * process: `loadPlan`
 * (the dry run), then `runPlan` with every video and its poster already in the state folder's
 * cache (the cached run: no API call, no ffmpeg). Peak RSS and CPU (user + system) are the child's whole life, start-up included.
 */
export async function scaleScenario(sizes: ScaleSizes): Promise<ScenarioResult> {
  const { loadPlan } = await import('@clipwright/pipeline');
  const { folderCache } = await import('@clipwright/pipeline/internal');
  const prompts = Array.from(
    { length: sizes.prompts },
    (_, i) => `A product shot, take ${i + 1}: a ceramic mug turns slowly on a wooden table.`,
  );
  const root = await writePromptRepo(prompts, {
    prefix: 'scale',
    frontMatter: 'model: sora-2\nduration: 10\naspect_ratio: "9:16"',
  });
  try {
    const stateDir = path.join(root, '.clipwright');
    const plan = await loadPlan({ root });
    if (plan.jobs.length !== sizes.prompts) {
      throw new Error(`the plan has ${plan.jobs.length} jobs for ${sizes.prompts} prompts`);
    }
    // Fill the cache where runPlan looks by default, as an earlier run would have: a small
    // stand-in video per job (each its own bytes) and its poster, kept by the video's sha256.
    const cacheDir = path.join(stateDir, 'cache');
    const cache = folderCache(cacheDir);
    const video = path.join(root, 'video.mp4');
    const bytes = Buffer.alloc(32 * 1024, 7);
    const poster = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 1)]);
    for (const [i, job] of plan.jobs.entries()) {
      bytes.writeUInt32BE(i, 0);
      await writeFile(video, bytes);
      await cache.put(job.hash, video);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await writeFile(path.join(cacheDir, `${sha256}.jpg`), poster);
    }

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
