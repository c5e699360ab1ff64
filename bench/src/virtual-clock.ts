interface Sleeper {
  at: number;
  resolve: () => void;
}

/** A clock whose time moves only when every actor on it sleeps. */
export interface VirtualClock {
  now(): number;
  /** Sleeps `ms` of virtual time; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Runs `actor` as one of the clock's actors (a wait, a loop) until it settles. */
  run<T>(actor: () => Promise<T>): Promise<T>;
}

/**
 * Virtual time for many actors at once, each of which either sleeps on this clock or waits
 * for I/O (a query to an in-process server): time jumps to the next wake-up as soon as every
 * running actor sleeps, and never while one waits for an answer, so a response takes no
 * virtual time at all. A whole benchmark of 30-minute tasks then runs in seconds, and the
 * same on any machine, however busy. Written by hand: fake-timer libraries move time on
 * command, not when a set of actors has gone quiet.
 */
export function virtualClock(start = Date.now()): VirtualClock {
  let now = start;
  let actors = 0;
  let sleepers: Sleeper[] = [];
  let scheduled = false;

  const check = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (actors === 0 || sleepers.length < actors) return; // someone is busy: it calls again
      const at = Math.min(...sleepers.map((s) => s.at));
      now = Math.max(now, at);
      const due = sleepers.filter((s) => s.at <= now);
      sleepers = sleepers.filter((s) => s.at > now);
      for (const s of due) s.resolve();
    });
  };

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper: Sleeper = {
          at: now + Math.max(0, ms),
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers = sleepers.filter((s) => s !== sleeper);
          reject(signal?.reason);
          check();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
        check();
      });
    },
    async run(actor) {
      actors += 1;
      try {
        return await actor();
      } finally {
        actors -= 1;
        check();
      }
    },
  };
}
