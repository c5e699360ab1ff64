/** A simulated clock: simulated time runs `timeScale` times faster than real time. */
export interface SimClock {
  /** Simulated time, in ms since the Unix epoch. */
  now(): number;
  /** Waits `ms` of simulated time (`ms / timeScale` real ms); rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Real ms corresponding to `simMs` simulated ms. */
  toReal(simMs: number): number;
  readonly timeScale: number;
}

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
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, toReal(ms));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
