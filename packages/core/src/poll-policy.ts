import type { Task } from './types.ts';

/** One thing `tasks.wait` saw: when, the status and the progress. */
export interface PollObservation {
  /** Clock time (ms) of the response. */
  at: number;
  status: string;
  progress: number;
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
 * The default poll policy. It treats progress as roughly linear and works with bounds rather
 * than guesses: from the first and latest processing observations (progress is an integer, so
 * each is known to within one point) it computes the fastest rate consistent with them, hence
 * the EARLIEST the task can reach `finishProgress`, and sleeps until then. Near that point it
 * polls every `closeIntervalMs`; past the latest predicted finish it backs off. While pending
 * it backs off geometrically from the task's age (`created`). Before progress gives a rate,
 * half of `task_info.estimated_time` caps each sleep; once progress moves, progress wins.
 */
export function adaptivePolling(options: AdaptivePollingOptions = {}): PollPolicy {
  const maxLag = options.maxLagMs ?? Number.POSITIVE_INFINITY;
  const floor = Math.min(options.floorMs ?? 1000, maxLag);
  const ceiling = Math.min(Math.max(floor, options.ceilingMs ?? 300_000), maxLag);
  const close = options.closeIntervalMs ?? 1000;
  const initial = options.initialDelayMs ?? 2000;
  const pendingGrowth = options.pendingGrowth ?? 1.5;
  const probeFraction = options.probeFraction ?? 0.25;
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
    const hint = estimatedHint(task);
    const progressing = history.filter((o) => o.status === 'processing' && o.progress > 0);
    const first = progressing[0];
    const last = progressing.at(-1);
    const latest = history.at(-1);
    if (task.status === 'processing' && first && last && latest === last && last.at > first.at) {
      const span = last.at - first.at;
      // Progress values are floors: true values lie in [p, p + 1).
      const rateMax = (last.progress + 1 - first.progress) / span;
      const rateMin = (last.progress - 1 - first.progress) / span;
      const earliest = (finish - (last.progress + 1)) / rateMax;
      if (earliest >= close) return earliest;
      const latestFinish =
        rateMin > 0 ? (finish - last.progress) / rateMin : Number.POSITIVE_INFINITY;
      const overrun = now - (last.at + latestFinish);
      return overrun > close ? close + overdueFraction * overrun : close;
    }
    if (task.status === 'pending' || (latest && latest.progress <= 0)) {
      return age <= 0 ? initial : Math.min(Math.max(initial, pendingGrowth * age), hint);
    }
    // Processing seen once (or an unknown status): probe soon to measure the rate.
    const since = first ? now - first.at : age;
    return Math.min(Math.max(floor, probeFraction * Math.max(since, age)), hint);
  }

  // Half the announced estimate caps a sleep made without a measured rate. An estimate that
  // says "due now" is stale (servers keep announcing 1 s for overdue tasks): ignored.
  function estimatedHint(task: Task): number {
    const seconds = task.task_info?.estimated_time;
    return typeof seconds === 'number' && seconds * 1000 > 4 * close
      ? (seconds * 1000) / 2
      : ceiling;
  }
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
