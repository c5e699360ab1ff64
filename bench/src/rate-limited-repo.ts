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
  /** `tightLowerBoundMs` of the tasks. */
  tightLowerBoundMs: number;
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
    tightLowerBoundMs: tightLowerBoundMs(seconds, sizes.limit, sizes.windowSeconds),
    async close() {
      await sim.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * The shortest makespan any client can reach under the simulator's limit: its windows start at
 * the first create after the previous one ended, so the k-th create (0-based) comes at least
 * floor(k / limit) windows after the first; the longest tasks created first give the smallest
 * latest finish, max over k of floor(k / limit) x window + the k-th longest task.
 */
export function tightLowerBoundMs(seconds: number[], limit: number, windowSeconds: number): number {
  const longestFirst = [...seconds].sort((a, b) => b - a);
  let bound = 0;
  for (const [k, s] of longestFirst.entries())
    bound = Math.max(bound, Math.floor(k / limit) * windowSeconds + s);
  return bound * 1000;
}
