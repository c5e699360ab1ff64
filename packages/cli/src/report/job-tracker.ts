import type { PipelineEvent } from '@clipwright/pipeline';

/** What the progress display knows about one running video. */
export interface JobState {
  name: string;
  status: string;
  /** 0-100, from the task. */
  progress: number;
  /** Local time the task was created (ms). */
  startedAt: number;
  /** Local time (ms) the task should be done, when it can be estimated (see `remainingMs`). */
  doneAt?: number;
  /** Set once the download has started. */
  download?: { bytes: number; total?: number };
}

/**
 * Follows the pipeline's events and keeps one state per video whose task is running:
 * created, not yet done. The ETA comes from the task's progress rate since creation,
 * or from the server's `task_info.estimated_time` until progress moves.
 */
export class JobTracker {
  readonly running = new Map<string, JobState>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  update(e: PipelineEvent): void {
    const now = this.#now();
    switch (e.type) {
      case 'created':
      case 'progress': {
        const known = this.running.get(e.job.name);
        const state: JobState = known ?? {
          name: e.job.name,
          status: e.task.status,
          progress: 0,
          startedAt: now,
        };
        state.status = e.task.status;
        state.progress = Math.max(state.progress, e.task.progress ?? 0);
        const eta = estimate(state, now, e.task.task_info?.estimated_time);
        state.doneAt = eta === undefined ? undefined : now + eta;
        this.running.set(e.job.name, state);
        break;
      }
      case 'downloaded': {
        const state = this.running.get(e.job.name);
        if (state) {
          state.progress = 100;
          state.doneAt = undefined;
          state.download = { bytes: e.bytes, total: e.total };
        }
        break;
      }
      case 'done':
        this.running.delete(e.job.name);
        break;
      default:
        break;
    }
  }
}

/**
 * Milliseconds left for `state` at `now`: counts down between polls from the estimate of the
 * last one, never below 0. `undefined` when there is no estimate.
 */
export function remainingMs(state: JobState, now: number): number | undefined {
  return state.doneAt === undefined ? undefined : Math.max(0, state.doneAt - now);
}

function estimate(state: JobState, now: number, estimatedSeconds?: number): number | undefined {
  if (state.progress >= 100) return 0;
  if (state.progress > 0) {
    return ((now - state.startedAt) * (100 - state.progress)) / state.progress;
  }
  if (estimatedSeconds !== undefined && estimatedSeconds > 0) {
    return Math.max(0, state.startedAt + estimatedSeconds * 1000 - now);
  }
  return undefined;
}
