import { describe, expect, it } from 'vitest';
import type { Task } from '../types.ts';
import {
  adaptivePolling,
  fixedInterval,
  type PollObservation,
  type PollPolicy,
  type PollState,
} from './poll-policy.ts';

const t0 = 1_700_000_000_000;

/** Feeds `answers` to one wait of `policy` in order; returns the sleep chosen after each. */
function drive(policy: PollPolicy, answers: Array<Partial<PollObservation> & { at: number }>) {
  const waitKey = {};
  const history: PollObservation[] = [];
  return answers.map((a, i) => {
    const o: PollObservation = { status: 'processing', progress: 0, ...a, at: t0 + a.at };
    history.push(o);
    const task: Task = {
      id: 't',
      model: 'm',
      status: o.status,
      progress: o.progress,
      created: t0 / 1000,
    };
    const state: PollState = {
      task,
      now: o.at,
      elapsedMs: o.at - t0,
      attempt: i,
      history,
      waitKey,
    };
    return policy(state);
  });
}

/** Answers of a task with progress 1 point per second, queried at `times` (s). */
const linear = (times: number[], extra: Partial<PollObservation> = {}) =>
  times.map((s) => ({ at: s * 1000, progress: Math.floor(s), ...extra }));

describe('adaptivePolling', () => {
  const policy = adaptivePolling();

  it('with no signal queries on the rhythm of the bound, from the start of the wait', () => {
    expect(drive(policy, [{ at: 0, status: 'pending' }])).toEqual([8000]);
    // An answer that came late (a slow response) keeps the rhythm: the next query is due at 16 s.
    expect(drive(policy, [{ at: 0 }, { at: 9500 }]).at(-1)).toBe(6500);
    expect(drive(adaptivePolling({ boundMs: 5000 }), [{ at: 0 }, { at: 5000 }])).toEqual([
      5000, 5000,
    ]);
    for (const status of ['mystery', 'running', 'pending']) {
      expect(drive(policy, [{ at: 600_000, status }])).toEqual([8000]);
    }
  });

  it('stretches gaps while progress keeps a steady rate, never past the cap (5 × the bound)', () => {
    const sleeps = drive(policy, linear([0, 8, 16, 24]));
    expect(sleeps.slice(0, 2)).toEqual([8000, 8000]); // two values: no rate yet
    expect(sleeps[3]).toBe(40_000); // 1 pt/s, finish near 99-100 s: 75 s away, capped
    expect(drive(adaptivePolling({ capFactor: 2 }), linear([0, 8, 16, 24])).at(-1)).toBe(16_000);
  });

  it('sleeps until the finish window opens, then queries every closeMs', () => {
    const sleeps = drive(policy, linear([0, 8, 16, 24, 64, 90, 98]));
    expect(sleeps[4]).toBeGreaterThan(8000);
    expect(sleeps[4]).toBeLessThanOrEqual(35_000); // lands on the window (about 98-101 s)
    expect(sleeps.at(-1)).toBe(1000);
  });

  it('falls back to the bound for good once progress contradicts its rate', () => {
    const answers = [...linear([0, 8, 16, 24, 64]), { at: 104_000, progress: 64 }];
    const sleeps = drive(policy, [...answers, ...linear([112, 120, 128])]);
    expect(sleeps[4]).toBeGreaterThan(8000);
    // Stalled at 64 where 99 was due: wrong once, so the bound, even when it moves again.
    expect(sleeps.slice(5)).toEqual([8000, 8000, 8000, 8000]);
    // Going back, or a finish overdue past its window: the same.
    expect(drive(policy, [...linear([0, 8, 16, 24]), { at: 30_000, progress: 3 }]).at(-1)).toBe(
      2000,
    );
    const sits = [...linear([0, 8, 16, 24, 64, 98]), { at: 120_000, progress: 99 }];
    expect(drive(policy, sits).at(-1)).toBe(8000);
  });

  it('trusts an estimate only once it has been seen counting down', () => {
    const counting = [0, 8, 48].map((s) => ({ at: s * 1000, estimatedMs: (300 - s) * 1000 }));
    const sleeps = drive(policy, counting);
    expect(sleeps[0]).toBe(8000);
    expect(sleeps[1]).toBe(40_000);
    // The same figure repeated (a per-model estimate), or "1 s" for an overdue task: the bound.
    for (const left of [300_000, 1000]) {
      const still = [0, 8, 16, 24].map((s) => ({ at: s * 1000, estimatedMs: left }));
      expect(drive(policy, still)).toEqual([8000, 8000, 8000, 8000]);
    }
  });

  it('lets no estimate stretch a gap while progress moves without a steady rate yet', () => {
    // Five times too long, counting down well; progress says the task is nearly done.
    const answers = [0, 8].map((s) => ({
      at: s * 1000,
      progress: 5 * s,
      estimatedMs: (500 - s) * 1000,
    }));
    expect(drive(policy, answers)).toEqual([8000, 8000]);
  });

  it('stretches gaps while a queue position falls, up to when the work may start', () => {
    const queue = [0, 8, 16].map((s) => ({
      at: s * 1000,
      status: 'pending',
      queuePosition: 40 - s,
    }));
    const sleeps = drive(policy, queue);
    expect(sleeps[2]).toBe(16_000); // 24 places left at 1 a second, or 1.5 at the most
    const rising = [...queue, { at: 24_000, status: 'pending', queuePosition: 30 }];
    expect(drive(policy, rising).at(-1)).toBe(8000);
  });

  it('never sleeps past the rhythm after a refused query (nothing new was seen)', () => {
    const history: PollObservation[] = linear([0, 8, 16, 24]).map((a) => ({
      status: 'processing',
      ...a,
      at: t0 + a.at,
    }));
    const task: Task = { id: 't', model: 'm', status: 'processing', progress: 24, created: 0 };
    const now = t0 + 30_000;
    expect(policy({ task, now, elapsedMs: now - t0, attempt: 5, history })).toBe(2000);
  });
});

describe('fixedInterval', () => {
  it('always returns the interval', () => {
    const task: Task = { id: 't', model: 'm', status: 'pending', progress: 0, created: 0 };
    expect(fixedInterval(8000)({ task, now: 0, elapsedMs: 0, attempt: 0, history: [] })).toBe(8000);
  });
});
