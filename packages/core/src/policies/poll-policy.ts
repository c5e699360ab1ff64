import { PollNotes } from '../internal/poll-notes.ts';
import type { Task } from '../types.ts';
import type { PollObservation } from './poll-observation.ts';

export type { PollObservation } from './poll-observation.ts';

/** What a poll policy decides from. */
export interface PollState {
  /** The latest task state. */
  task: Task;
  /** Clock time (ms) now: of the latest observation, or later (after a refused query). */
  now: number;
  /** Ms since waiting began. */
  elapsedMs: number;
  /** Queries made so far (0 when only the create response has been seen). */
  attempt: number;
  /** Observations so far, oldest first, the latest included. */
  history: readonly PollObservation[];
  /**
   * Clock time the wait's fixed rhythm counts from: when the wait began, or when it last
   * resumed after a Retry-After. Default `now - elapsedMs`.
   */
  anchorAt?: number;
  /**
   * An object of this wait alone, the same at every call of it: the key under which a policy
   * keeps what it learnt about the task (that a signal was wrong). Without it a policy judges
   * the whole history at every call. `tasks.wait` always passes one.
   */
  waitKey?: object;
}

/** Returns how long to sleep (ms) before the next query. */
export type PollPolicy = (state: PollState) => number;

/**
 * Options of `adaptivePolling`; every field is optional.
 *
 * @example
 * createClient({ pollPolicy: adaptivePolling({ boundMs: 5000, closeMs: 500 }) });
 */
export interface AdaptivePollingOptions {
  /**
   * The detection lag you accept: with no trusted signal the policy queries every `boundMs`,
   * in step with a fixed loop started with the wait, so a finish is seen at most `boundMs`
   * (plus the response time) after it happens.
   * @default 8000
   * @example 5000 // see a finish within 5 s, at more queries
   */
  boundMs?: number;
  /**
   * A trusted signal may stretch a gap to at most `capFactor` × `boundMs`. That is the most a
   * wrong prediction can cost: a finish inside such a gap is seen at most that late, once per
   * task (a signal that is wrong once is not used again for that task).
   * @default 5
   * @example 2 // a wrong signal costs at most 2 × boundMs, once per task
   */
  capFactor?: number;
  /**
   * The gap, in ms, while a trusted signal says the finish is due: the usual lag when it is
   * right. At most `boundMs`.
   * @default 1000
   * @example 2000
   */
  closeMs?: number;
  /**
   * How far `estimated_time` may be off, as a factor `1 + estimateMargin` of the time left,
   * and still be trusted (it must also count down). Also the pace margin of a queue.
   * @default 0.5
   * @example 0.2 // trust only estimates within 20 %
   */
  estimateMargin?: number;
}

/**
 * The default poll policy. Its guarantee: whatever the service reports, a finish is noticed
 * no later than by a fixed loop of `boundMs`, except once per task by at most `capFactor` ×
 * `boundMs` when a trusted signal was wrong.
 *
 * - With no trusted signal it queries every `boundMs` from the start of the wait: status
 *   changes alone predict nothing, nor does progress that jumps, stalls or goes back, nor an
 *   estimate that stays put.
 * - A signal is trusted while it keeps predicting well: progress that a constant rate fits
 *   (three values or more), `estimated_time` that counts down with the time that passes, a
 *   queue position that falls. From it comes a window for the finish; the policy sleeps
 *   until the window opens (never longer than the cap), then queries every `closeMs`.
 * - A signal that contradicts itself (a reading off its rate, a finish overdue past its
 *   window, an estimate that stops counting down) is not used again for that task.
 *
 * @example
 * createClient({ pollPolicy: adaptivePolling({ boundMs: 5000 }) });
 */
export function adaptivePolling(options: AdaptivePollingOptions = {}): PollPolicy {
  const bound = Math.max(1, options.boundMs ?? 8000);
  const cap = bound * Math.max(1, options.capFactor ?? 5);
  const close = Math.min(bound, Math.max(1, options.closeMs ?? 1000));
  const margin = Math.max(0, options.estimateMargin ?? 0.5);
  const notesByWait = new WeakMap<object, PollNotes>();

  return (state) => {
    let notes = state.waitKey ? notesByWait.get(state.waitKey) : undefined;
    if (!notes) {
      notes = new PollNotes({ margin, close });
      if (state.waitKey) notesByWait.set(state.waitKey, notes);
    }
    const createdMs = state.task.created * 1000;
    notes.observe(state.history, createdMs > 0 && createdMs <= state.now ? createdMs : undefined);
    const anchor = state.anchorAt ?? state.now - state.elapsedMs;
    const onRhythm = bound - ((((state.now - anchor) % bound) + bound) % bound);
    const windows = notes.windows(state.task.status);
    // After a refused query nothing new was seen: never later than the rhythm.
    const refused = state.now > (state.history.at(-1)?.at ?? state.now);
    if (windows.length === 0 || refused) return onRhythm;
    const opens = Math.min(...windows.map((w) => w.earliest));
    if (opens - state.now > close) {
      return Math.min(windows.settling ? onRhythm : cap, opens - state.now);
    }
    // The window of a finish is open: query closely. A queue only says when the work starts.
    return windows.some((w) => w.finish && w.earliest - state.now <= close) ? close : onRhythm;
  };
}

/**
 * Options of `fixedInterval`; every field is optional.
 *
 * @example
 * createClient({ pollPolicy: fixedInterval(8000, { jitter: 0.1 }) });
 */
export interface FixedIntervalOptions {
  /**
   * Each sleep is shortened by up to this fraction at random (0: no jitter).
   * @default 0
   * @example 0.1 // sleeps between 7.2 s and 8 s for fixedInterval(8000)
   */
  jitter?: number;
  /**
   * Random source in [0, 1).
   * @default Math.random
   * @example () => 0.5 // no randomness in a test
   */
  random?: () => number;
}

/** A policy that sleeps `intervalMs` between polls, like most clients (e.g. `fixedInterval(8000)`). */
export function fixedInterval(intervalMs: number, options: FixedIntervalOptions = {}): PollPolicy {
  const jitter = options.jitter ?? 0;
  const random = options.random ?? Math.random;
  return () => intervalMs * (1 - jitter * random());
}
