import { rm } from 'node:fs/promises';
import { type Simulator, type SimulatorOptions, startSimulator } from '@clipwright/simulator';
import { writePromptRepo } from './prompt-repo.ts';
import { seededIntegers } from './seeded-random.ts';

/** A batch of seeded tasks against a key with a create rate limit (batch and shards). */
export interface RateLimitedSizes {
  prompts: number;
  /** Create rate limit: `limit` creates per `windowSeconds` (simulated), per key, with Retry-After. */
  limit: number;
  windowSeconds: number;
  /** Task length range, simulated seconds. */
  minSeconds: number;
  maxSeconds: number;
  timeScale: number;
  seed: number;
}

/**
 * Writes one prompt file per seeded task (`sim:seconds`) and starts a simulator that limits
 * creates and answers 429 with Retry-After. `lowerBoundMs` is N/R + the longest task.
 */
export async function rateLimitedRepo(
  sizes: RateLimitedSizes,
  prefix: string,
  simOptions: SimulatorOptions = {},
): Promise<{
  root: string;
  sim: Simulator;
  seconds: number[];
  lowerBoundMs: number;
  close(): Promise<void>;
}> {
  const seconds = seededIntegers(sizes.seed, sizes.prompts, sizes.minSeconds, sizes.maxSeconds);
  const root = await writePromptRepo(
    seconds.map((s, i) => `${prefix} benchmark clip ${i + 1}. sim:seconds=${s}`),
    { prefix },
  );
  const sim = await startSimulator({
    port: 0,
    timeScale: sizes.timeScale,
    seed: sizes.seed,
    rateLimit: { create: { limit: sizes.limit, windowSeconds: sizes.windowSeconds } },
    retryAfterHeader: true,
    ...simOptions,
  });
  const lowerBoundMs =
    (sizes.prompts / (sizes.limit / sizes.windowSeconds) + Math.max(...seconds)) * 1000;
  return {
    root,
    sim,
    seconds,
    lowerBoundMs,
    async close() {
      await sim.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
