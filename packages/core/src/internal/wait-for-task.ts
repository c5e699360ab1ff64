import { RateLimitError } from '../api-error.ts';
import { TaskFailedError, WaitTimeoutError } from '../errors.ts';
import type { PollObservation, PollPolicy } from '../poll-policy.ts';
import type { Clock, Task } from '../types.ts';
import { videoUrl } from '../video-url.ts';
import { sleep } from './http.ts';

export interface WaitSettings {
  get: (id: string, signal: AbortSignal | undefined) => Promise<Task>;
  clock: Clock;
  policy: PollPolicy;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((task: Task) => void) | undefined;
  /** Longest sleep after rate limiting. */
  maxSlowDownMs: number;
}

const terminalFailures = new Set(['failed', 'cancelled']);
const MAX_HISTORY = 64;

/** Polls until the task completes (returned), fails (TaskFailedError) or time runs out. */
export async function waitForTask(start: string | Task, s: WaitSettings): Promise<Task> {
  const startedAt = s.clock.now();
  const deadline = startedAt + s.timeoutMs;
  const id = typeof start === 'string' ? start : start.id;
  let attempt = 0;
  let task = typeof start === 'string' ? await s.get(id, s.signal) : start;
  if (typeof start === 'string') attempt += 1;
  const history: PollObservation[] = [];
  let rateLimited = 0;
  let lastDelay = 0;
  for (;;) {
    const now = s.clock.now();
    history.push({ at: now, status: task.status, progress: task.progress });
    // Keep the first observations (the rate baseline) and the recent ones.
    if (history.length > MAX_HISTORY) history.splice(8, 1);
    s.onProgress?.(task);
    if (task.status === 'completed') {
      videoUrl(task); // a completed task without a link is an error, never a silent success
      return task;
    }
    if (terminalFailures.has(task.status)) throw new TaskFailedError(task);
    let delay = s.policy({ task, now, elapsedMs: now - startedAt, attempt, history });
    if (!(delay >= 0)) delay = 1000; // a broken custom policy must not spin
    for (;;) {
      const left = deadline - s.clock.now();
      if (left <= 0) throw new WaitTimeoutError(id, s.timeoutMs, task);
      lastDelay = Math.min(delay, left);
      await sleep(s.clock, lastDelay, s.signal, `waiting for task ${id}`);
      try {
        task = await s.get(id, s.signal);
        attempt += 1;
        rateLimited = 0;
        break;
      } catch (error) {
        if (!(error instanceof RateLimitError)) throw error;
        // Rate limited while polling: slow down (honouring Retry-After) instead of failing.
        attempt += 1;
        rateLimited += 1;
        delay = Math.min(
          s.maxSlowDownMs,
          Math.max(error.retryAfterMs ?? 0, Math.max(lastDelay, 1000) * 2 ** rateLimited),
        );
      }
    }
  }
}
