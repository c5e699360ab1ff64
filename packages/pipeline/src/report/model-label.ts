import type { JobResult } from '../model/job-result.ts';

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
