import type { ResolvedParams, SimModel } from '../models/sim-model.ts';
import type { VideoFault } from '../mp4/video-faults.ts';
import type { Directives } from './directives.ts';
import { type ProgressProfile, profileProgress } from './progress-profiles.ts';

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
  /** The honest estimate of the whole task, simulated seconds. */
  estimatedSeconds: number;
  /** How progress is reported (`sim:progress=` or the option `progressProfile`). */
  progressProfile: ProgressProfile;
  /** `estimated_time` is this multiple of the honest one (`sim:estimate=` or the option). */
  estimateFactor: number;
  failCode: string | undefined;
  /** The prompt's `sim:` directives (response shapes, cancel, request-id header). */
  directives: Directives;
  /** Answers left before a create under this task's key stops being `paid_outcome_unknown`. */
  outcomeUnknownLeft: number;
  credits: number;
  callbackUrl: string | undefined;
  emptyResults: boolean;
  expiredUrl: boolean;
  /** Id of the result file, served at /files/<fileId>.mp4. */
  fileId: string;
  /** A bad video drawn for the task when it was created (a `*-video` fault rule). */
  videoFault?: VideoFault | undefined;
  /** Set to `finishAt` once the task is settled (its terminal state handled). */
  finishedAt?: number;
  firstSeenFinishedAt?: number;
  queries: number;
}

export type TaskStatus = 'pending' | 'processing' | 'completed' | 'failed' | 'cancelled';

export function taskStatus(
  task: TaskRecord,
  now: number,
): { status: TaskStatus; progress: number } {
  if (now >= task.finishAt) {
    if (task.directives.cancel) return { status: 'cancelled', progress: 100 };
    return task.failCode
      ? { status: 'failed', progress: 100 }
      : { status: 'completed', progress: 100 };
  }
  if (now < task.startAt) return { status: 'pending', progress: 0 };
  const span = Math.max(1, task.finishAt - task.startAt);
  return profileProgress(task.progressProfile, (now - task.startAt) / span);
}

/** Whether the task ends without a video (failed or cancelled): its reservation is refunded. */
export function endsUnpaid(task: TaskRecord): boolean {
  return task.failCode !== undefined || task.directives.cancel === true;
}
