import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { SimulatorOptions } from './options.ts';
import { type Simulator, startSimulator } from './simulator.ts';

export interface SteppedSimulator {
  sim: Simulator;
  /**
   * A client clock (core's `Clock` shape) on the simulator's time: `sleep(ms)` advances the
   * simulator by exactly `ms` and returns at once (after letting pending I/O run).
   */
  clock: { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void> };
  /** Moves simulated time forward by `simMs`. */
  advance(simMs: number): void;
}

/**
 * A simulator whose time moves only when told: by `advance`, or by whoever sleeps on `clock`.
 * States that last a few real ms at a high time scale (a pending task, a link before it
 * expires, a balance before a refund) are then observed the same way on any machine, however
 * busy: nothing depends on real milliseconds. `timeScale` (default 1000) still sets how long
 * the simulator's own timers (callbacks, slow faults) wait in real time once time has moved.
 */
export async function startSteppedSimulator(
  options: Omit<SimulatorOptions, 'realNow'> = {},
): Promise<SteppedSimulator> {
  const timeScale = options.timeScale ?? 1000;
  let real = 0;
  const sim = await startSimulator({ port: 0, ...options, timeScale, realNow: () => real });
  const advance = (simMs: number) => {
    real += Math.max(0, simMs) / timeScale;
  };
  return {
    sim,
    advance,
    clock: {
      now: () => sim.clock.now(),
      async sleep(ms, signal) {
        if (signal?.aborted) throw signal.reason;
        advance(ms);
        await yieldToIo();
        if (signal?.aborted) throw signal.reason;
      },
    },
  };
}
