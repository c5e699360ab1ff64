import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from './retry-policy.ts';

describe('retryDelay', () => {
  it('backs off exponentially with full jitter', () => {
    const top = { random: () => 0.999999 };
    expect(retryDelay(0, top)).toBeCloseTo(500, 0);
    expect(retryDelay(1, top)).toBeCloseTo(1000, 0);
    expect(retryDelay(3, top)).toBeCloseTo(4000, 0);
    expect(retryDelay(3, { random: () => 0 })).toBe(0);
    expect(retryDelay(3, { random: () => 0.5 })).toBe(2000);
  });

  it('never exceeds maxDelayMs', () => {
    expect(retryDelay(30, { random: () => 0.999999, maxDelayMs: 10_000 })).toBeLessThan(10_000);
  });

  it('honours Retry-After up to the cap', () => {
    expect(retryDelay(0, {}, 7000)).toBe(7000);
    expect(retryDelay(0, {}, 0)).toBe(0);
    expect(retryDelay(0, { maxRetryAfterMs: 3000 }, 7000)).toBe(3000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('60', now)).toBe(60_000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
