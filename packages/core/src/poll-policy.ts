import type { Task } from './types.ts';

/** One thing `tasks.wait` saw: when, the status and the progress. */
export interface PollObservation {
  /** Clock time (ms) of the response. */
  at: number;
  status: string;
  progress: number;
  /** `task_info.estimated_time` of that answer, in ms (the announced time left), when given. */
  estimatedMs?: number;
}

/** What a poll policy decides from. Everything is data, so a policy is a pure function. */
export interface PollState {
  /** The latest task state. */
  task: Task;
  /** Clock time (ms) of the latest observation. */
  now: number;
  /** Ms since waiting began. */
  elapsedMs: number;
  /** Queries made so far (0 when only the create response has been seen). */
  attempt: number;
  /** Observations so far, oldest first, the latest included. */
  history: readonly PollObservation[];
}

/** Returns how long to sleep (ms) before the next query. */
export type PollPolicy = (state: PollState) => number;

/** Options of `adaptivePolling`; every one has a default tuned for Sora-like tasks of 30 s-10 min. */
export interface AdaptivePollingOptions {
  /** Shortest sleep. Default 1000 ms. */
  floorMs?: number;
  /** Longest sleep. Default 300000 ms (5 min). */
  ceilingMs?: number;
  /**
   * The longest detection lag you accept: no sleep is longer (the lag after a finish is at
   * most one sleep), whatever progress or `estimated_time` say. Costs polls: a task of T ms
   * takes at least T / maxLagMs queries (a 10 min task with 30 000: 20 or more). Default:
   * none (`ceilingMs` bounds the sleeps).
   */
  maxLagMs?: number;
  /** Sleep between polls once the finish may be near: bounds the detection lag. Default 1000 ms. */
  closeIntervalMs?: number;
  /** First sleep when nothing is known yet. Default 2000 ms. */
  initialDelayMs?: number;
  /** While pending, sleep this multiple of the task's age (geometric back-off). Default 1.5. */
  pendingGrowth?: number;
  /** While processing without a usable rate yet, sleep this fraction of the task's age. Default 0.25. */
  probeFraction?: number;
  /** A sleep computed from progress is at most this multiple of the task's age. Default 2. */
  ageFraction?: number;
  /**
   * Progress at which a task may complete. Default 99: many APIs never report more than 99
   * while processing, and jump straight to `completed`.
   */
  finishProgress?: number;
  /** Past the latest possible predicted finish, sleep closeInterval + this fraction of the overrun. Default 0.5. */
  overdueFraction?: number;
  /** Each sleep is shortened by up to this fraction at random (never lengthened). Default 0.1. */
  jitter?: number;
  /** Random source in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/**
 * The default poll policy, a pure function of what it observed. It trusts nothing blindly:
 * progress may be coarse, stall, jump or crawl, and `estimated_time` may be off either way.
 *
 * - Progress: the rate comes from the latest change (the last answer with another value up
 *   to the latest one), as bounds (progress is a floor: each value is known to within one
 *   point), so it follows a curve that speeds up, crawls or moves in steps. It sleeps until
 *   the EARLIEST the task can reach `finishProgress` at that rate, never longer than
 *   `ageFraction` of the task's age (a rate seen over a short span says little about what
 *   comes next); near that point it polls every `closeIntervalMs`; once overdue it backs off.
 * - No usable rate yet (pending, progress 0, one processing answer): the latest fresh
 *   `estimated_time` gives a due time; it sleeps half the time left before it (so a wrong
 *   estimate costs a few polls, not a late finish), and past it backs off from the overrun.
 *   Without an estimate it backs off geometrically from the task's age (`created`).
 */
export function adaptivePolling(options: AdaptivePollingOptions = {}): PollPolicy {
  const maxLag = options.maxLagMs ?? Number.POSITIVE_INFINITY;
  const floor = Math.min(options.floorMs ?? 1000, maxLag);
  const ceiling = Math.min(Math.max(floor, options.ceilingMs ?? 300_000), maxLag);
  const close = options.closeIntervalMs ?? 1000;
  const initial = options.initialDelayMs ?? 2000;
  const pendingGrowth = options.pendingGrowth ?? 1.5;
  const probeFraction = options.probeFraction ?? 0.25;
  const ageFraction = options.ageFraction ?? 2;
  // The rate's bounds come from the answers of the latest half of the task's age.
  const windowFraction = 0.5;
  const finish = options.finishProgress ?? 99;
  const overdueFraction = options.overdueFraction ?? 0.5;
  const jitter = options.jitter ?? 0.1;
  const random = options.random ?? Math.random;

  return (state) => {
    const raw = rawDelay(state);
    const jittered = raw * (1 - jitter * random());
    return Math.min(ceiling, Math.max(floor, jittered));
  };

  function rawDelay({ task, now, elapsedMs, history }: PollState): number {
    const createdMs = task.created * 1000;
    // Age from the task's own timestamp when it is plausible (whole seconds, so +-1 s).
    const age =
      createdMs > 0 && now - createdMs >= 0 && now - createdMs < 86_400_000
        ? Math.max(elapsedMs, now - createdMs)
        : elapsedMs;
    const latest = history.at(-1);
    const due = estimatedDue(history);
    const finishAt =
      task.status === 'processing'
        ? predictedFinish(history, finish, now - windowFraction * age)
        : undefined;
    if (finishAt !== undefined) {
      const left = finishAt - now;
      const sleep =
        left >= close ? Math.min(left, Math.max(close, ageFraction * age)) : overdue(-left);
      // A fresh estimate only shortens a sleep: landing on its due time costs one poll when it
      // is early, nothing when it is late, and catches a finish that progress hides.
      // Estimates are whole seconds: the second around the due time is polled closely.
      return due !== undefined && due - now > -close
        ? Math.min(sleep, Math.max(close, due - now))
        : sleep;
    }
    if (due !== undefined) {
      return now < due
        ? Math.max(close, Math.min((due - now) / 2, growth(age)))
        : overdue(now - due);
    }
    if (task.status === 'pending' || (latest && latest.progress <= 0)) return growth(age);
    // Processing seen once (or an unknown status): probe soon to measure the rate.
    const firstProcessing = history.find((o) => o.status === 'processing');
    const since = firstProcessing ? now - firstProcessing.at : age;
    return Math.max(floor, probeFraction * Math.max(since, age));
  }

  function growth(age: number): number {
    return age <= 0 ? initial : Math.max(initial, pendingGrowth * age);
  }

  /** `overrun` ms past the latest predicted finish: poll closely, backing off as it grows. */
  function overdue(overrun: number): number {
    return overrun > close ? close + overdueFraction * overrun : close;
  }

  // The due time announced by the latest answer whose estimate is fresh: one that says "due
  // now" is stale (servers keep announcing 1 s for overdue tasks), so it is skipped.
  function estimatedDue(history: readonly PollObservation[]): number | undefined {
    for (let i = history.length - 1; i >= 0; i--) {
      const o = history[i] as PollObservation;
      if (o.estimatedMs !== undefined && o.estimatedMs > 4 * close) return o.at + o.estimatedMs;
    }
    return undefined;
  }
}

/**
 * The earliest time the task can reach `finish` at the rate of its latest progress change,
 * or undefined before progress has moved. Two readings of that change, the earlier wins:
 * from the last answer before it to the latest answer (progress is a floor, each value known
 * to within one point: exact for fine-grained progress), and from the first sightings of the
 * previous and the current value (right for progress that moves in steps, and one that stalls
 * is then overdue instead of "slowing down" forever).
 */
function predictedFinish(
  history: readonly PollObservation[],
  finish: number,
  windowStart: number,
): number | undefined {
  const to = history.at(-1);
  if (to?.status !== 'processing' || to.progress <= 0) return undefined;
  let i = history.length - 1;
  while (i > 0 && sameValue(history[i - 1], to)) i--;
  const toFirst = history[i] as PollObservation;
  const from = history[i - 1];
  if (from?.status !== 'processing' || from.progress >= to.progress) return undefined;
  let j = i - 1;
  while (j > 0 && sameValue(history[j - 1], from)) j--;
  const fromFirst = history[j] as PollObservation;
  const points = finish - (to.progress + 1);
  // The tightest bound on the rate from the answers of the recent window (linear progress
  // satisfies each pair's bound; a crawl after a fast start shows in the recent ones).
  let rateMax = (to.progress + 1 - from.progress) / (to.at - from.at);
  for (const o of history) {
    if (o.at < windowStart || o.at >= from.at || o.status !== 'processing') continue;
    rateMax = Math.min(rateMax, (to.progress + 1 - o.progress) / (to.at - o.at));
  }
  const byBounds = to.at + points / rateMax;
  if (fromFirst.progress <= 0 || toFirst.at <= fromFirst.at) return byBounds;
  const bySightings =
    toFirst.at + (points * (toFirst.at - fromFirst.at)) / (to.progress + 1 - from.progress);
  return Math.min(byBounds, bySightings);
}

function sameValue(o: PollObservation | undefined, as: PollObservation): boolean {
  return o !== undefined && o.status === as.status && o.progress === as.progress;
}

/** Options of `fixedInterval`. */
export interface FixedIntervalOptions {
  /** Each sleep is shortened by up to this fraction at random. Default 0. */
  jitter?: number;
  /** Random source in [0, 1). Default `Math.random`. */
  random?: () => number;
}

/** A policy that sleeps `intervalMs` between polls, like most clients (e.g. `fixedInterval(8000)`). */
export function fixedInterval(intervalMs: number, options: FixedIntervalOptions = {}): PollPolicy {
  const jitter = options.jitter ?? 0;
  const random = options.random ?? Math.random;
  return () => intervalMs * (1 - jitter * random());
}
