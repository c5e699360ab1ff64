/** A simulated clock: simulated time runs `timeScale` times faster than real time. */
export interface SimClock {
  /** Simulated time, in ms since the Unix epoch. */
  now(): number;
  /**
   * Waits `ms` of simulated time (`ms / timeScale` real ms), any length (`Infinity` = until the
   * signal fires), and never ends before `now()` has advanced by `ms`; rejects with the
   * signal's reason when aborted.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Real ms corresponding to `simMs` simulated ms. */
  toReal(simMs: number): number;
  readonly timeScale: number;
}

/** The longest delay setTimeout honours (2^31-1 ms, about 24.8 days); longer ones fire after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SimClockOptions {
  /** Simulated-to-real speed ratio. Default 1. */
  timeScale?: number;
  /** Simulated time at creation, ms since epoch. Default `Date.now()`. */
  start?: number;
  /** Monotonic real clock in ms. Default `performance.now`. */
  realNow?: () => number;
}

export function createSimClock(options: SimClockOptions = {}): SimClock {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new RangeError(`timeScale must be a positive number, got ${timeScale}`);
  }
  const realNow = options.realNow ?? (() => performance.now());
  const realStart = realNow();
  const simStart = options.start ?? Date.now();
  const toReal = (simMs: number) => Math.max(0, simMs / timeScale);
  const now = () => Math.round(simStart + (realNow() - realStart) * timeScale);
  return {
    timeScale,
    toReal,
    now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        if (ms === Number.POSITIVE_INFINITY) return; // "never": only the signal ends this sleep
        const until = now() + ms;
        // Re-armed until now() reaches the deadline: setTimeout may fire a little early (its
        // start is the event loop's cached time), and after 1 ms for delays past 2^31-1 ms.
        const arm = () => {
          const delay = Math.min(Math.ceil(toReal(until - now())), MAX_TIMER_MS);
          timer = setTimeout(() => {
            if (now() < until) {
              arm();
              return;
            }
            signal?.removeEventListener('abort', onAbort);
            resolve();
          }, delay);
        };
        arm();
      });
    },
  };
}
