import type { ResolvedParams, SimModel } from './models.ts';
import { profileProgress, progressProfileOf } from './progress-profiles.ts';

/** Everything the simulator keeps about one task. Times are simulated ms since the epoch. */
export interface TaskRecord {
  id: string;
  model: SimModel;
  params: ResolvedParams;
  prompt: string;
  apiKey: string;
  /** The canonical JSON of the create body (duplicate detection). */
  bodyKey: string;
  createdAt: number;
  /** When it leaves `pending` for `processing`. */
  startAt: number;
  /** When it reaches its terminal state. */
  finishAt: number;
  estimatedSeconds: number;
  failCode: string | undefined;
  credits: number;
  callbackUrl: string | undefined;
  emptyResults: boolean;
  expiredUrl: boolean;
  /** Id of the result file, served at /files/<fileId>.mp4. */
  fileId: string;
  /** Set to `finishAt` once the task is settled (its terminal state handled). */
  finishedAt?: number;
  firstSeenFinishedAt?: number;
  queries: number;
}

export type TaskStatus = 'pending' | 'processing' | 'completed' | 'failed';

export function taskStatus(
  task: TaskRecord,
  now: number,
): { status: TaskStatus; progress: number } {
  if (now >= task.finishAt)
    return task.failCode
      ? { status: 'failed', progress: 100 }
      : { status: 'completed', progress: 100 };
  if (now < task.startAt) return { status: 'pending', progress: 0 };
  const span = Math.max(1, task.finishAt - task.startAt);
  return profileProgress(progressProfileOf(task.prompt), (now - task.startAt) / span);
}
