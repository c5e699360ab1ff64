import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimClock, MAX_TIMER_MS } from './clock.ts';

/** Whether `promise` has settled once the pending microtasks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('createSimClock sleep', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits the whole of a sleep longer than setTimeout can hold (re-arming)', async () => {
    const clock = createSimClock({ timeScale: 1 });
    const long = clock.sleep(MAX_TIMER_MS * 2 + 5);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(await settled(long)).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(await settled(long)).toBe(false);
    await vi.advanceTimersByTimeAsync(5);
    expect(await settled(long)).toBe(true);
  });

  it('scales a long simulated sleep by timeScale before capping the timer', async () => {
    const clock = createSimClock({ timeScale: 1000 });
    const sleep = clock.sleep(MAX_TIMER_MS * 1000 * 1.5); // 1.5 x the cap in real ms
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(await settled(sleep)).toBe(false);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS / 2 + 1);
    expect(await settled(sleep)).toBe(true);
  });

  it('keeps sleeping when its timer fires before the clock reaches the deadline', async () => {
    let behind = 0;
    const clock = createSimClock({ timeScale: 1, realNow: () => performance.now() - behind });
    const start = clock.now();
    const sleep = clock.sleep(100);
    behind = 30; // the timer fires while the clock still reads 70 ms later
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(sleep)).toBe(false);
    await vi.advanceTimersByTimeAsync(30);
    expect(await settled(sleep)).toBe(true);
    expect(clock.now() - start).toBeGreaterThanOrEqual(100);
  });

  it('never ends an Infinity sleep by itself; the signal ends it', async () => {
    const clock = createSimClock({ timeScale: 1 });
    const controller = new AbortController();
    const forever = clock.sleep(Number.POSITIVE_INFINITY, controller.signal);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS * 3);
    expect(await settled(forever)).toBe(false);
    controller.abort(new Error('closed'));
    await expect(forever).rejects.toThrow('closed');
  });

  it('aborts a long sleep between two timer steps', async () => {
    const clock = createSimClock({ timeScale: 1 });
    const controller = new AbortController();
    const long = clock.sleep(MAX_TIMER_MS * 3, controller.signal);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + 10);
    controller.abort(new Error('stop'));
    await expect(long).rejects.toThrow('stop');
    expect(vi.getTimerCount()).toBe(0);
  });
});
