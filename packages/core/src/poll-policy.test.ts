import { describe, expect, it } from 'vitest';
import { fakeTaskRun } from './internal/test-fake-task-run.ts';
import { adaptivePolling, fixedInterval, type PollState } from './poll-policy.ts';
import type { Task } from './types.ts';

// A deterministic random source (mulberry32) so every run is the same.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = 1_700_000_000_000;
function state(partial: Partial<Task>, extra: Partial<PollState> = {}): PollState {
  const task: Task = {
    id: 't',
    model: 'm',
    status: 'pending',
    progress: 0,
    created: t0 / 1000,
    ...partial,
  };
  const now = extra.now ?? t0;
  return {
    task,
    now,
    elapsedMs: now - t0,
    attempt: 0,
    history: [{ at: now, status: task.status, progress: task.progress }],
    ...extra,
  };
}

describe('adaptivePolling', () => {
  const policy = adaptivePolling({ jitter: 0 });

  it('starts with the initial delay and backs off geometrically while pending', () => {
    expect(policy(state({}))).toBe(2000);
    expect(policy(state({}, { now: t0 + 10_000 }))).toBe(15_000);
  });

  it('sleeps until the earliest possible finish from the measured progress rate', () => {
    const history = [
      { at: t0 + 10_000, status: 'processing', progress: 10 },
      { at: t0 + 20_000, status: 'processing', progress: 20 },
    ];
    // Fastest rate consistent with floors: 11 points / 10 s; earliest finish: (99 - 21) / 1.1 s.
    // The task is 60 s old, so the cap (twice its age) does not bind.
    const older = { created: (t0 - 40_000) / 1000 };
    const delay = policy(
      state({ status: 'processing', progress: 20, ...older }, { now: t0 + 20_000, history }),
    );
    expect(delay).toBeCloseTo(70_909, 0);
    // A rate seen over a short life says little about what comes next: at most twice the age.
    expect(
      policy(state({ status: 'processing', progress: 20 }, { now: t0 + 20_000, history })),
    ).toBe(40_000);
  });

  it('lands on the due time of a fresh estimate when progress would sleep past it', () => {
    const history = [
      { at: t0 + 10_000, status: 'processing', progress: 10, estimatedMs: 30_000 },
      { at: t0 + 20_000, status: 'processing', progress: 20, estimatedMs: 20_000 },
    ];
    const s = state(
      { status: 'processing', progress: 20, created: (t0 - 40_000) / 1000 },
      { now: t0 + 20_000, history },
    );
    expect(policy(s)).toBe(20_000);
    // A later estimate only lengthens nothing: progress still decides.
    const late = history.map((o) => ({ ...o, estimatedMs: 900_000 }));
    expect(policy({ ...s, history: late })).toBeCloseTo(70_909, 0);
  });

  it('follows steps: a value that stays is overdue from when it was first seen', () => {
    // 25 at 100 s, 50 at 200 s: 25 points per 100 s; 75 first seen at 300 s, still 75 at 420 s.
    const seen: Array<[number, number]> = [
      [100, 25],
      [150, 25],
      [200, 50],
      [250, 50],
      [300, 75],
      [420, 75],
    ];
    const history = seen.map(([s, progress]) => ({
      at: t0 + s * 1000,
      status: 'processing',
      progress,
    }));
    const s = state(
      { status: 'processing', progress: 75, created: t0 / 1000 },
      { now: t0 + 420_000, history },
    );
    // From the sightings the finish was due at 300 + 23 × 100 / 26 ≈ 388 s: overdue by 32 s.
    expect(policy(s)).toBeCloseTo(1000 + 0.5 * (420_000 - 300_000 - (23 * 100_000) / 26), -2);
  });

  it('polls closely when the finish may be near, and backs off when overdue', () => {
    const near = [
      { at: t0 + 10_000, status: 'processing', progress: 10 },
      { at: t0 + 100_000, status: 'processing', progress: 98 },
    ];
    expect(
      policy(state({ status: 'processing', progress: 98 }, { now: t0 + 100_000, history: near })),
    ).toBe(1000);
    const stuck = [
      { at: t0 + 10_000, status: 'processing', progress: 10 },
      { at: t0 + 100_000, status: 'processing', progress: 50 },
      { at: t0 + 400_000, status: 'processing', progress: 50 },
    ];
    const late = policy(
      state({ status: 'processing', progress: 50 }, { now: t0 + 400_000, history: stuck }),
    );
    expect(late).toBeGreaterThan(1000);
  });

  it('treats an unknown status as not finished and never loops tightly', () => {
    for (const now of [t0, t0 + 1, t0 + 600_000]) {
      expect(policy(state({ status: 'mystery' }, { now }))).toBeGreaterThanOrEqual(1000);
    }
  });

  it('keeps every delay between the floor and the ceiling', () => {
    const p = adaptivePolling({ floorMs: 3000, ceilingMs: 5000, jitter: 0 });
    expect(p(state({}))).toBe(3000);
    expect(p(state({}, { now: t0 + 3_600_000 }))).toBe(5000);
  });

  it('never sleeps longer than maxLagMs, so a finish is seen within it, at a cost in polls', () => {
    const bounded = adaptivePolling({ maxLagMs: 20_000, jitter: 0 });
    expect(bounded(state({}, { now: t0 + 3_600_000 }))).toBe(20_000);
    expect(adaptivePolling({ maxLagMs: 500, jitter: 0 })(state({}))).toBe(500);
    // A 10-minute task, pending for 9: the bound holds and costs at least 600 s / 20 s polls.
    const task = { queueS: 540, totalS: 600 };
    const free = fakeTaskRun(adaptivePolling({ random: seeded(3) }), task);
    const run = fakeTaskRun(adaptivePolling({ maxLagMs: 20_000, random: seeded(3) }), task);
    expect(run.lagMs).toBeLessThanOrEqual(20_000);
    expect(run.polls).toBeGreaterThanOrEqual(600 / 20);
    expect(run.polls).toBeGreaterThan(free.polls);
  });

  it('jitters downwards only', () => {
    const p = adaptivePolling({ jitter: 0.5, random: () => 0.999 });
    expect(p(state({}, { now: t0 + 10_000 }))).toBeLessThan(15_000);
    expect(p(state({}, { now: t0 + 10_000 }))).toBeGreaterThanOrEqual(7500);
  });

  it('polls at most a third as often as a fixed 8 s loop, noticing the finish within 2 s (p95)', () => {
    const random = seeded(7);
    const adaptive = adaptivePolling({ random: seeded(11) });
    const fixed = fixedInterval(8000);
    let adaptivePolls = 0;
    let fixedPolls = 0;
    const lags: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const totalS = 30 + random() * 570;
      const task = { queueS: totalS * 0.1, totalS, estimatedS: 60 + random() * 240 };
      const a = fakeTaskRun(adaptive, task);
      adaptivePolls += a.polls;
      lags.push(a.lagMs);
      fixedPolls += fakeTaskRun(fixed, task).polls;
    }
    lags.sort((x, y) => x - y);
    const p95 = lags[Math.floor(lags.length * 0.95)] ?? Number.POSITIVE_INFINITY;
    console.log(`adaptive ${adaptivePolls} polls vs fixed ${fixedPolls}; p95 lag ${p95} ms`);
    expect(adaptivePolls / fixedPolls).toBeLessThanOrEqual(0.33);
    expect(p95).toBeLessThanOrEqual(2000);
  });
});

describe('fixedInterval', () => {
  it('always returns the interval', () => {
    expect(fixedInterval(8000)(state({}))).toBe(8000);
  });
});
