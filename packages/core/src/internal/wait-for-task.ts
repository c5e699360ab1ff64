import { ApiError, RateLimitError } from '../errors/api-error.ts';
import { TaskFailedError, WaitTimeoutError } from '../errors/task-errors.ts';
import type { PollObservation, PollPolicy } from '../policies/poll-policy.ts';
import { POLL_MAX_RETRY_AFTER_MS } from '../policies/retry-policy.ts';
import { videoUrl } from '../tasks/video-url.ts';
import type { Clock, RetryInfo, Task } from '../types.ts';
import { sleep } from './clock-sleep.ts';
import { lenientNumber } from './task-schema.ts';

export interface WaitSettings {
  /**
   * One task query. A refusal (429 or 503) must reach the wait at once, not be retried or
   * held behind other requests: the wait honours its Retry-After itself.
   */
  get: (id: string, signal: AbortSignal | undefined) => Promise<Task>;
  clock: Clock;
  policy: PollPolicy;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((task: Task) => void) | undefined;
  /** Longest Retry-After honoured at once (capped at `POLL_MAX_RETRY_AFTER_MS`). */
  maxSlowDownMs: number;
  /** Told of each refused query before the wait sleeps to ask again. Default: none. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

const terminalFailures = new Set(['failed', 'cancelled']);
/** Observations kept for the policy (the first ones, the rate's baseline, always stay). */
const MAX_HISTORY = 1024;
/** The shortest sleep after a refusal: a `Retry-After: 0` repeated must not spin. */
const MIN_REFUSED_SLEEP_MS = 1000;

/**
 * Polls until the task completes (returned), fails (TaskFailedError) or time runs out. The
 * policy spaces the queries. A refused query (429 or 503) with a Retry-After is asked again
 * as soon as it has passed (up to `POLL_MAX_RETRY_AFTER_MS`), and the policy's rhythm starts
 * again from there; one without is asked again when the policy says (at least 1 s later).
 * Each wait paces itself: a refusal of one wait never holds another.
 */
export async function waitForTask(start: string | Task, s: WaitSettings): Promise<Task> {
  const startedAt = s.clock.now();
  const deadline = startedAt + s.timeoutMs;
  const id = typeof start === 'string' ? start : start.id;
  const history: PollObservation[] = [];
  const waitKey = {};
  let anchorAt = startedAt;
  // The task to judge next: the one passed in, then each query's answer (none after a refusal).
  let fresh: Task | undefined = typeof start === 'string' ? undefined : start;
  let last = fresh;
  let attempt = 0;
  let refusals = 0; // in a row, for onRetry
  let delay = 0; // given only an id, the first query goes out at once
  let sentAt = startedAt; // of the latest query (the task passed in: as good as now)
  // `now`: the time of the answer judged (the policy tells a fresh answer from a refusal by
  // it), or the time of the refusal.
  const decide = (task: Task, now: number) => {
    const d = s.policy({
      task,
      now,
      elapsedMs: now - startedAt,
      attempt,
      history,
      anchorAt,
      waitKey,
    });
    return d >= 0 ? d : 1000; // a broken custom policy must not spin
  };
  const maxRetryAfter = Math.min(s.maxSlowDownMs, POLL_MAX_RETRY_AFTER_MS);
  for (;;) {
    if (fresh) {
      const answeredAt = s.clock.now();
      history.push(observation(sentAt, answeredAt, fresh));
      // Keep the first observations (the rate baseline) and the recent ones.
      if (history.length > MAX_HISTORY) history.splice(8, 1);
      s.onProgress?.(fresh);
      if (fresh.status === 'completed') {
        videoUrl(fresh); // a completed task without a link is an error, never a silent success
        return fresh;
      }
      if (terminalFailures.has(fresh.status)) throw new TaskFailedError(fresh);
      delay = decide(fresh, answeredAt);
    }
    const left = deadline - s.clock.now();
    if (left <= 0) throw new WaitTimeoutError(id, s.timeoutMs, last);
    const slept = Math.min(delay, left);
    if (slept > 0) await sleep(s.clock, slept, s.signal, `waiting for task ${id}`);
    attempt += 1;
    sentAt = s.clock.now();
    try {
      fresh = await queryBefore(s, id, deadline, last);
      last = fresh;
      refusals = 0;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      fresh = undefined;
      if (error.retryAfterMs !== undefined) {
        delay = Math.max(MIN_REFUSED_SLEEP_MS, Math.min(error.retryAfterMs, maxRetryAfter));
        anchorAt = s.clock.now() + delay;
      } else {
        delay = Math.max(MIN_REFUSED_SLEEP_MS, decide(last ?? unseen(id), s.clock.now()));
      }
      refusals += 1;
      s.onRetry?.({ request: `GET /v1/tasks/${id}`, attempt: refusals, delayMs: delay, error });
    }
  }
}

/** The service refused the query for now (429, 503): ask again later, never fail the wait. */
function isRefusal(error: unknown): error is ApiError {
  return error instanceof RateLimitError || (error instanceof ApiError && error.status === 503);
}

/** A task not seen yet (a wait by id whose first query was refused). */
function unseen(id: string): Task {
  return { id, model: '', status: 'pending', progress: 0, created: 0 };
}

/** What the policy keeps of an answer: status, progress, the time left and the queue place. */
function observation(sentAt: number, at: number, task: Task): PollObservation {
  const seconds = lenientNumber(task.task_info?.estimated_time);
  const info = task.task_info as Record<string, unknown> | undefined;
  const place = lenientNumber(task.queue_position ?? info?.queue_position);
  const progress = lenientNumber(task.progress);
  return {
    at,
    ...(sentAt < at && { sentAt }),
    status: task.status,
    progress: progress ?? 0,
    ...(seconds !== undefined && seconds > 0 && { estimatedMs: seconds * 1000 }),
    ...(place !== undefined && { queuePosition: place }),
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
