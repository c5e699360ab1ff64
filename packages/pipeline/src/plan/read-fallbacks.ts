import { isSeq } from 'yaml';
import type { Job, JobResult, PipelineEvent, Position, Problem } from '../model/plan.ts';
import { type Located, type Locator, nodeStart } from './yaml-fields.ts';

/**
 * Reads a video's `fallbacks:`: a list of model names, none repeated and none equal to the
 * video's own model. Problems are located at the item when `locate` reads the list's file
 * (the video's own), else at the list.
 */
export function readFallbacks(
  located: Located | undefined,
  where: { file: string; at: Position; locate?: Locator },
  model: string,
): { models: string[]; problems: Problem[] } {
  const models: string[] = [];
  const problems: Problem[] = [];
  if (!located || located.value == null) return { models, problems };
  const problem = (at: Position, message: string, fix: string) =>
    problems.push({ file: where.file, ...at, field: 'fallbacks', message, fix });
  if (!Array.isArray(located.value)) {
    problem(
      where.at,
      'fallbacks must be a list of model names',
      `write it as a list, e.g. \`fallbacks: [${typeof located.value === 'string' ? located.value : 'sora-2-beta-max'}]\``,
    );
    return { models, problems };
  }
  const items = isSeq(located.node) ? located.node.items : [];
  located.value.forEach((value: unknown, index) => {
    const at = where.locate ? nodeStart(items[index], where.locate, where.at) : where.at;
    if (typeof value !== 'string' || value.trim() === '') {
      problem(
        at,
        `fallback ${index + 1} must be a model name, got ${JSON.stringify(value) ?? String(value)}`,
        'give each fallback as a model name, e.g. `- sora-2-beta-max` (see `clipwright models`)',
      );
    } else if (value === model) {
      problem(
        at,
        `${value} is the video's own model, not a fallback`,
        `remove ${value} from \`fallbacks\`: list only the models to try when ${value} is unavailable`,
      );
    } else if (models.includes(value)) {
      problem(at, `${value} is listed twice in fallbacks`, `remove the second ${value}`);
    } else {
      models.push(value);
    }
  });
  return { models, problems };
}

/** The models a job tries, in order: its own model, then its fallbacks. */
export function chainModels(job: Pick<Job, 'request' | 'chain'>): string[] {
  return job.chain ? job.chain.map((m) => m.request.model) : [job.request.model];
}

/**
 * The job once per model of its chain (its own first), each with that model's request, hash
 * and estimate; `[job]` without fallbacks.
 */
export function chainJobs(job: Job): Job[] {
  if (!job.chain) return [job];
  const { chain, ...base } = job;
  return chain.map((m) => ({ ...base, ...m }));
}

/** What makes two jobs the same video: the hash of every model they may use, in order. */
export function chainKey(job: Pick<Job, 'hash' | 'chain'>): string {
  return job.chain ? job.chain.map((m) => m.hash).join('+') : job.hash;
}

/** The one line telling a user a model was skipped: `promo: sora-2 unavailable (...), falling back to sora-2-beta-max`. */
export function fallbackMessage(e: Extract<PipelineEvent, { type: 'fallback' }>): string {
  return `${e.job.name}: model ${e.from} unavailable (${e.error.code}: ${e.error.message}), falling back to ${e.to}`;
}

/**
 * A result's model as reports show it: the model alone; `sora-2-beta-max (fallback for
 * sora-2)` when a fallback made the video; the whole chain (`sora-2 > sora-2-beta-max`) for a
 * planned video with fallbacks.
 */
export function modelLabel(r: Pick<JobResult, 'model' | 'chain' | 'status'>): string {
  if (!r.chain) return r.model;
  const index = r.chain.indexOf(r.model);
  if (index > 0) return `${r.model} (fallback for ${r.chain.slice(0, index).join(', ')})`;
  return r.status === 'planned' ? r.chain.join(' > ') : r.model;
}
