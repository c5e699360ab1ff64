import { RateLimitError } from '../api-error.ts';
import { TaskFailedError, WaitTimeoutError } from '../errors.ts';
import type { PollObservation, PollPolicy } from '../poll-policy.ts';
import type { Clock, Task } from '../types.ts';
import { videoUrl } from '../video-url.ts';
import { sleep } from './clock-sleep.ts';

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
  const history: PollObservation[] = [];
  // The task to judge next: the one passed in, then each query's answer (none after a 429).
  let fresh: Task | undefined = typeof start === 'string' ? undefined : start;
  let last = fresh;
  let attempt = 0;
  let delay = 0; // given only an id, the first query goes out at once
  // One loop for every query, the first included, so a 429 anywhere slows polling down.
  for (;;) {
    if (fresh) {
      const now = s.clock.now();
      history.push(observation(now, fresh));
      // Keep the first observations (the rate baseline) and the recent ones.
      if (history.length > MAX_HISTORY) history.splice(8, 1);
      s.onProgress?.(fresh);
      if (fresh.status === 'completed') {
        videoUrl(fresh); // a completed task without a link is an error, never a silent success
        return fresh;
      }
      if (terminalFailures.has(fresh.status)) throw new TaskFailedError(fresh);
      delay = s.policy({ task: fresh, now, elapsedMs: now - startedAt, attempt, history });
      if (!(delay >= 0)) delay = 1000; // a broken custom policy must not spin
    }
    const left = deadline - s.clock.now();
    if (left <= 0) throw new WaitTimeoutError(id, s.timeoutMs, last);
    const slept = Math.min(delay, left);
    if (slept > 0) await sleep(s.clock, slept, s.signal, `waiting for task ${id}`);
    attempt += 1;
    try {
      fresh = await queryBefore(s, id, deadline, last);
      last = fresh;
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      // Rate limited while polling: slow down (honouring Retry-After) instead of failing.
      fresh = undefined;
      delay = Math.min(
        s.maxSlowDownMs,
        // Each 429 in a row doubles the last sleep (at least 1 s); Retry-After wins when longer.
        Math.max(error.retryAfterMs ?? 0, Math.max(slept, 1000) * 2),
      );
    }
  }
}

/** What the policy keeps of an answer: status, progress and the announced time left. */
function observation(at: number, task: Task): PollObservation {
  const seconds = task.task_info?.estimated_time;
  return {
    at,
    status: task.status,
    progress: task.progress,
    ...(typeof seconds === 'number' && Number.isFinite(seconds) && { estimatedMs: seconds * 1000 }),
  };
}

/**
 * One query, aborted at the wait's deadline: a server that trickles its body in (each chunk
 * inside the body timeout) cannot hold the wait past `timeoutMs`. The timer is a real one
 * (`setTimeout`), not `clock.sleep`: a fake clock's sleep may move time itself, and a query
 * must not. With the system clock both agree; a fake clock's remaining time only delays it.
 */
async function queryBefore(
  s: WaitSettings,
  id: string,
  deadline: number,
  last: Task | undefined,
): Promise<Task> {
  const atDeadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      atDeadline.abort(new Error('the wait deadline passed'));
    },
    Math.max(0, deadline - s.clock.now()),
  );
  timer.unref?.();
  const signal = s.signal ? AbortSignal.any([s.signal, atDeadline.signal]) : atDeadline.signal;
  try {
    return await s.get(id, signal);
  } catch (error) {
    if (timedOut && !s.signal?.aborted) throw new WaitTimeoutError(id, s.timeoutMs, last);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
