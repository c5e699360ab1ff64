import { setTimeout as delay } from 'node:timers/promises';
import { AbortError } from '../errors/request-errors.ts';
import type { Clock } from '../types.ts';

/** The real clock: `Date.now` and an abortable timer. */
export const systemClock: Clock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    try {
      await delay(Math.max(0, ms), undefined, { signal });
    } catch (error) {
      if (signal?.aborted)
        throw new AbortError('the operation was aborted', { cause: signal.reason });
      throw error;
    }
  },
};
