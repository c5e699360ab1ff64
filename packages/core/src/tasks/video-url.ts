import { ClipwrightError } from '../errors/clipwright-error.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import type { Task } from '../types.ts';

/**
 * The video link of a completed task: `results[0]`, or else the first `video_url` in
 * `result_data` (an array or one object, as some models return). Throws when the task is not
 * completed, and `UnexpectedResponseError` when a completed task carries no link.
 */
export function videoUrl(task: Task): string {
  if (task.status !== 'completed') {
    throw new ClipwrightError(`task ${task.id} has no video yet: its status is ${task.status}`);
  }
  const first = task.results?.find((r) => typeof r === 'string' && r.length > 0);
  if (first) return first;
  const data = task.result_data;
  for (const item of Array.isArray(data) ? data : [data]) {
    const url = (item as { video_url?: unknown } | null | undefined)?.video_url;
    if (typeof url === 'string' && url.length > 0) return url;
  }
  throw new UnexpectedResponseError(
    `task ${task.id} is completed but carries no video link (neither results nor result_data.video_url)`,
  );
}
