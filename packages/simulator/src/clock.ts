/** A simulated clock: simulated time runs `timeScale` times faster than real time. */
export interface SimClock {
  /** Simulated time, in ms since the Unix epoch. */
  now(): number;
  /**
   * Waits `ms` of simulated time (`ms / timeScale` real ms), any length (`Infinity` = until the
   * signal fires); rejects with the signal's reason when aborted.
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
  return {
    timeScale,
    toReal,
    now: () => Math.round(simStart + (realNow() - realStart) * timeScale),
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
        let left = toReal(ms);
        // setTimeout fires after 1 ms for delays past 2^31-1 ms, so a long sleep re-arms in steps.
        const arm = () => {
          const step = Math.min(left, MAX_TIMER_MS);
          left -= step;
          timer = setTimeout(() => {
            if (left > 0) {
              arm();
              return;
            }
            signal?.removeEventListener('abort', onAbort);
            resolve();
          }, step);
        };
        arm();
      });
    },
  };
}
