import type { BatchSizes } from './batch-scenario.ts';
import type { CliStartSizes } from './cli-start-scenario.ts';
import type { ColdStartSizes } from './cold-start-scenario.ts';
import type { DownloadSizes } from './download-scenario.ts';
import type { PollingSizes } from './polling-scenario.ts';
import type { PosterSizes } from './poster-scenario.ts';
import type { ScaleSizes } from './scale-scenario.ts';
import type { ShardsSizes } from './shards-scenario.ts';
import type { StoryboardSizes } from './storyboard-scenario.ts';

export interface BenchSizes {
  polling: PollingSizes;
  /** `sweep`: extra concurrencies run for the details only (no target). */
  batch: BatchSizes & { sweep: number[] };
  shards: ShardsSizes;
  download: DownloadSizes;
  coldStart: ColdStartSizes;
  cli: CliStartSizes;
  scale: ScaleSizes;
  storyboard: StoryboardSizes;
  poster: PosterSizes;
}

const MiB = 1024 * 1024;

/** The sizes of issues 8 and 17. */
export const fullSizes: BenchSizes = {
  polling: {
    tasks: 100,
    minSeconds: 30,
    maxSeconds: 600,
    shapeMinSeconds: 30,
    shapeMaxSeconds: 1800,
    seed: 8,
  },
  batch: {
    prompts: 200,
    limit: 10,
    windowSeconds: 60,
    minSeconds: 30,
    maxSeconds: 120,
    // R x longest task = 10/60 s x 120 s: enough in flight for the rate limit, not the
    // concurrency, to bind, which is what the lower bound N/R + longest task assumes.
    concurrency: 20,
    timeScale: 50,
    seed: 8,
    sweep: [12, 32],
  },
  // The matrix case: three runners on one key, about the batch's 20 in flight between them.
  shards: {
    prompts: 200,
    shards: 3,
    limit: 10,
    windowSeconds: 60,
    minSeconds: 30,
    maxSeconds: 120,
    concurrency: 7,
    timeScale: 50,
    seed: 8,
    staggerSeconds: 5,
  },
  download: { bigBytes: 1024 * MiB, smallBytes: 100 * MiB, rounds: 5 },
  coldStart: { runs: 9 },
  cli: { prompts: 10, runs: 9 },
  scale: { prompts: 10_000 },
  // Issue 32: a 60 s, 1080p storyboard (six 10 s shots).
  storyboard: { shots: 6, shotSeconds: 10, width: 1920, height: 1080, fps: 24 },
  // Issue 30: the media tests' hostile video (2880x2880, 2 s, about 30 KB).
  poster: { size: '2880x2880', seconds: 2 },
};

/** Tiny sizes for the smoke test: the code runs end to end; the figures mean nothing. */
export const smokeSizes: BenchSizes = {
  polling: {
    tasks: 4,
    minSeconds: 2,
    maxSeconds: 6,
    shapeMinSeconds: 30,
    shapeMaxSeconds: 120,
    seed: 8,
  },
  batch: {
    prompts: 6,
    limit: 2,
    windowSeconds: 10,
    minSeconds: 2,
    maxSeconds: 5,
    concurrency: 3,
    timeScale: 50,
    seed: 8,
    sweep: [],
  },
  shards: {
    prompts: 6,
    shards: 3,
    limit: 2,
    windowSeconds: 10,
    minSeconds: 2,
    maxSeconds: 5,
    concurrency: 2,
    timeScale: 50,
    seed: 8,
    staggerSeconds: 1,
  },
  download: { bigBytes: 2 * MiB, smallBytes: 1 * MiB, rounds: 1 },
  coldStart: { runs: 1 },
  cli: { prompts: 2, runs: 1 },
  scale: { prompts: 20 },
  storyboard: { shots: 2, shotSeconds: 1, width: 320, height: 180, fps: 24 },
  poster: { size: '640x640', seconds: 1 },
};
