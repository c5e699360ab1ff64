import type { RateLimitRule } from '../options.ts';

/**
 * Fixed-window counters per key, in simulated time. Written by hand: a dozen lines,
 * and the libraries keep real time, not the simulator's accelerated clock.
 */
export class RateLimiter {
  readonly #rule: RateLimitRule | undefined;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(rule: RateLimitRule | undefined, now: () => number) {
    this.#rule = rule;
    this.#now = now;
  }
  /** Counts a request by `key`; returns undefined when allowed, else the seconds until the window resets. */
  take(key: string): number | undefined {
    const rule = this.#rule;
    if (!rule) return undefined;
    const now = this.#now();
    const windowMs = rule.windowSeconds * 1000;
    let w = this.#windows.get(key);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    if (w.count >= rule.limit) return Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    w.count++;
    return undefined;
  }
}

/** Parses `--rate-limit` specs such as `create=10/60,query=120/60` (limit per window seconds). */
export function parseRateLimit(spec: string): { create?: RateLimitRule; query?: RateLimitRule } {
  const out: { create?: RateLimitRule; query?: RateLimitRule } = {};
  for (const part of spec.split(',')) {
    const m = /^\s*(create|query)=(\d+)\/(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m?.[1] || !m[2] || !m[3]) {
      throw new Error(
        `invalid --rate-limit part "${part}": expected create=LIMIT/SECONDS or query=LIMIT/SECONDS`,
      );
    }
    out[m[1] as 'create' | 'query'] = { limit: Number(m[2]), windowSeconds: Number(m[3]) };
  }
  return out;
}
