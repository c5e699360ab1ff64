import path from 'node:path';
import { applyDefaults } from '@clipwright/core/internal';
import type { Job, Plan } from '../model/plan.ts';
import type { PlanFs } from '../model/plan-options.ts';
import { contentHash } from './content-hash.ts';
import { DEFAULT_MODEL, PREVIOUS_DEFAULT_MODELS } from './job-request.ts';

/** Videos the change of `DEFAULT_MODEL` makes new again, and from which model. */
export type DefaultModelChange = NonNullable<Plan['defaultModelChange']>;

/**
 * The hash a job that names no model had under an earlier default model: its request without
 * the values the plan filled in (`job.defaults`), with that model's own defaults instead. For
 * a job that names its model, `undefined`.
 */
export function hashUnderModel(job: Job, model: string): string | undefined {
  if (job.defaults?.model === undefined) return undefined;
  const given = Object.fromEntries(
    Object.entries(job.request).filter(([key]) => !Object.hasOwn(job.defaults ?? {}, key)),
  );
  return contentHash(applyDefaults({ ...given, model, prompt: job.request.prompt }));
}

/**
 * The jobs that name no model and whose video is cached in the state folder (`<stateDir>/cache`,
 * written by an earlier release) under a previous default model but not under the current one:
 * `plan` says that these would be generated (and paid) again, and why. Needs `fs.inspect`;
 * without it, or when no such video is cached, `undefined`.
 */
export async function defaultModelChange(
  jobs: readonly Job[],
  options: { stateDir: string; fs: PlanFs },
): Promise<DefaultModelChange | undefined> {
  const { fs } = options;
  if (!fs.inspect) return undefined;
  const cached = async (hash: string) => {
    const found = await fs.inspect?.(path.join(options.stateDir, 'cache', `${hash}.mp4`));
    return found?.isFile === true && !found.brokenLink;
  };
  for (const from of PREVIOUS_DEFAULT_MODELS) {
    const videos: string[] = [];
    for (const job of jobs) {
      const before = hashUnderModel(job, from);
      if (before === undefined || before === job.hash) continue;
      if ((await cached(before)) && !(await cached(job.hash))) videos.push(job.name);
    }
    if (videos.length > 0) return { from, to: DEFAULT_MODEL, videos };
  }
  return undefined;
}
