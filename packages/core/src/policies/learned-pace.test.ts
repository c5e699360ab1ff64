import { describe, expect, it } from 'vitest';
import { LearnedPace } from './learned-pace.ts';

describe('LearnedPace', () => {
  it('is not paced until a 429 without Retry-After', () => {
    const pace = new LearnedPace();
    pace.accepted(0);
    pace.accepted(10);
    expect(pace.intervalMs).toBeUndefined();
  });

  it('starts at 1 s when nothing got through before the first 429', () => {
    const pace = new LearnedPace();
    pace.refused(0, 0);
    expect(pace.intervalMs).toBe(1000);
  });

  it('starts from the spacing requests got through at: the cycle over 0.8 of them plus 3', () => {
    const pace = new LearnedPace();
    for (let i = 0; i < 10; i++) pace.accepted(0); // a burst of 10 at 0
    pace.refused(40_000, 40_000);
    expect(pace.intervalMs).toBeCloseTo(40_000 / (10 * 0.8 + 3));
  });

  it('counts one 429 per decision: those of requests sent before it tell nothing new', () => {
    const pace = new LearnedPace();
    for (let i = 0; i < 3; i++) pace.accepted(0);
    pace.refused(5000, 6000);
    const first = pace.intervalMs;
    pace.refused(5000, 6001); // sent with the first, refused just after it
    pace.refused(5999, 6002);
    expect(pace.intervalMs).toBe(first);
  });

  it('before anything got through, doubles its guess on each 429 in a row, up to 16 s', () => {
    const pace = new LearnedPace();
    const waits: number[] = [];
    let t = 0;
    for (let i = 0; i < 7; i++) {
      pace.refused(t, t);
      waits.push(pace.intervalMs ?? 0);
      t += pace.intervalMs ?? 0;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000, 16_000]);
    pace.accepted(t);
    expect(pace.intervalMs).toBe(900); // back to the spacing, sped up once
  });

  it('once measured, waits 1.5 times longer on each 429 in a row (up to 2 spacings), and resets on one through', () => {
    const pace = new LearnedPace();
    pace.refused(0, 0);
    for (let i = 0; i < 10; i++) pace.accepted(1000 + i * 5000);
    pace.refused(60_000, 60_000); // a cycle of 60 s, 10 through: 60 / 11 s
    const spacing = 60_000 / 11;
    expect(pace.intervalMs).toBeCloseTo(spacing);
    pace.refused(61_000, 61_000);
    expect(pace.intervalMs).toBeCloseTo(1.5 * spacing);
    pace.refused(70_000, 70_000);
    expect(pace.intervalMs).toBeCloseTo(2 * spacing);
    pace.refused(80_000, 80_000);
    expect(pace.intervalMs).toBeCloseTo(2 * spacing);
    pace.accepted(90_000);
    expect(pace.intervalMs).toBeCloseTo(0.9 * spacing);
  });

  it('learns each cycle what got through: a fixed window of 10 a minute gives about 6 s', () => {
    const pace = new LearnedPace();
    pace.refused(0, 0);
    // A cycle of 60 s in which 10 got through: the next asks for 0.8 x 10 + 3 = 11.
    for (let i = 0; i < 10; i++) pace.accepted(1000 + i * 5000);
    pace.refused(60_000, 60_000);
    expect(pace.intervalMs).toBeCloseTo(60_000 / 11);
  });

  it('speeds up on each request through, and stops pacing below the floor', () => {
    const pace = new LearnedPace({ floorMs: 100 });
    pace.refused(0, 0);
    let n = 0;
    while (pace.intervalMs !== undefined && n < 100) pace.accepted(++n);
    // 1000 x 0.9^n < 100 first at n = 22.
    expect(n).toBe(22);
    expect(pace.intervalMs).toBeUndefined();
  });

  it('keeps the spacing within its ceiling', () => {
    const pace = new LearnedPace({ ceilingMs: 5000 });
    pace.accepted(0);
    pace.refused(3_600_000, 3_600_000);
    expect(pace.intervalMs).toBe(5000);
  });
});
