import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type Client,
  type Clock,
  createClient,
  estimateCredits,
  type VideoRequest,
} from '@clipwright/core';
import { applyDefaults } from '@clipwright/core/internal';
import { DEFAULT_API_KEY, type Simulator } from '@clipwright/simulator';
import type { Job, Plan } from '../src/model/plan.ts';
import { contentHash } from '../src/plan/content-hash.ts';

/** A job as `loadPlan` would make it, without files. */
export function jobFor(name: string, request: VideoRequest): Job {
  const full = applyDefaults(request);
  return {
    name,
    output: `${name}.mp4`,
    source: { file: `prompts/${name}.md`, line: 1 },
    hash: contentHash(full),
    request: full,
    credits: estimateCredits(full),
  };
}

/** A plan over `jobs` rooted in a fresh temporary folder. */
export async function planOf(jobs: Job[]): Promise<Plan> {
  const root = await mkdtemp(path.join(tmpdir(), 'clipwright-run-'));
  return {
    root,
    jobs,
    problems: [],
    invalid: [],
    totalCredits: jobs.reduce((a, j) => a + j.credits, 0),
  };
}

/** A client for the simulator, on its clock (so polling waits simulated time) or on `clock`. */
export function simClient(sim: Simulator, clock: Clock = sim.clock): Client {
  return createClient({ apiKey: DEFAULT_API_KEY, baseUrl: sim.url, clock });
}

/** `client`, but the process "dies" while waiting: every wait throws (the journal has the task ids). */
export function crashingWhileWaiting(client: Client): Client {
  return {
    ...client,
    tasks: {
      ...client.tasks,
      wait: async () => {
        throw new Error('simulated crash');
      },
    },
  };
}

/** Every file under `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
