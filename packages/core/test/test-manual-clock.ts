import { AbortError } from '../src/errors/request-errors.ts';
import type { Clock } from '../src/types.ts';

interface Timer {
  at: number;
  resolve: () => void;
}

/** A clock that moves only when told: sleeps resolve as `advance` passes their time. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, waking each sleeper at its own time, in order. */
  advance(ms: number): Promise<void>;
  /** Sleeps not yet woken. */
  pending(): number;
}

/** Lets promise callbacks and I/O-free continuations run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function manualClock(start = 0): ManualClock {
  let now = start;
  const timers: Timer[] = [];
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(new AbortError('aborted', { cause: signal.reason }));
        const timer: Timer = {
          at: now + Math.max(0, ms),
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          timers.splice(timers.indexOf(timer), 1);
          reject(new AbortError('aborted', { cause: signal?.reason }));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
      });
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > target) break;
        timers.shift();
        now = Math.max(now, next.at);
        next.resolve();
        await settle();
      }
      now = target;
      await settle();
    },
    pending: () => timers.length,
  };
}
