/**
 * How a request class learns the service's rate from 429s that carry no Retry-After. Given as
 * `RetryPolicy.pace`; every field is optional.
 *
 * @example
 * createClient({ retry: { pace: { initialIntervalMs: 2000 } } });
 */
export interface PaceOptions {
  /**
   * Spacing between two requests of the class after its first 429 when nothing got through
   * before it, in ms (otherwise the spacing they got through at is used).
   * @default 1000
   * @example 6000 // a known limit of 10 per minute
   */
  initialIntervalMs?: number;
  /**
   * At a refusal that ends a cycle, the next cycle asks for this share of what got through
   * in the last one, plus `extraPerCycle` (additive increase, multiplicative decrease: clients
   * sharing a key drift towards equal shares, and a share one of them frees is found).
   * @default 0.8
   * @example 0.9 // give way more slowly
   */
  keepShare?: number;
  /**
   * Requests more than what got through (times `keepShare`) the next cycle asks for.
   * @default 3
   * @example 1 // fewer 429s, slower to take a freed share
   */
  extraPerCycle?: number;
  /**
   * The spacing is multiplied by this on each request that gets through (the rate grows
   * again while nothing is refused).
   * @default 0.9
   * @example 0.8 // take a freed share back faster
   */
  speedUpFactor?: number;
  /**
   * While 429s follow one another with nothing through (the service's window is closed), the
   * next try waits this many times longer than the last, up to 2 spacings.
   * @default 1.5
   * @example 2
   */
  probeFactor?: number;
  /**
   * Below this spacing (ms) the class stops pacing: the service takes all we send.
   * @default 50
   * @example 0 // keep pacing
   */
  floorMs?: number;
  /**
   * Longest spacing, in ms.
   * @default 120_000
   * @example 60_000
   */
  ceilingMs?: number;
}

/** Probes wait at most this many spacings, once the spacing was measured. */
const MAX_PROBE = 2;
/** Before that, twice as long each time up to this many (16 s from the default 1 s guess). */
const GUESS_MAX_PROBE = 16;

/**
 * The spacing of one request class, learned from 429s without Retry-After. A cycle runs from
 * one refusal to the next after something got through. At each new refusal the class spreads,
 * over a cycle as long as the last, `keepShare` of the requests that got through in it plus
 * `extraPerCycle`: the service's rate (or this client's share of it when others use the same
 * key), whatever its kind of limit (a fixed window of 10 a minute, a token bucket), probed a
 * little above. Additive increase and multiplicative decrease, as TCP's congestion control:
 * clients sharing a key, each on its own, drift towards equal shares. Each request that gets
 * through speeds the class up by `speedUpFactor`, so a share freed by another client is taken
 * back within a few requests. Further 429s with nothing through in between (a closed window)
 * wait longer each time (`probeFactor`, up to 2 spacings; before anything got through, when
 * the spacing is a guess, twice as long each time up to 16 spacings), and 429s of requests sent before
 * the last decision tell nothing new (a burst refused at once is one signal, not seven).
 * Written by hand: the libraries of this kind keep real time and a fixed rate; this learns its
 * rate on the client's injectable clock.
 */
export class LearnedPace {
  readonly #o: Required<PaceOptions>;
  /** Spacing between request starts (ms); undefined while the class is not paced. */
  #interval: number | undefined;
  /**
   * The current cycle: from its start (a refusal, or the first request through), what got
   * through. Only a cycle that began at a refusal measures the service's rate: one that began
   * at the first request may hold no closed window at all.
   */
  #cycle: { start: number; accepted: number; fromRefusal: boolean } | undefined;
  /** 429s since the last request through: further ones wait `#probe` spacings. */
  #refusing = false;
  #probe = 1;
  /** The spacing was measured from a cycle (not the initial guess): probes stay within 2 of it. */
  #measured = false;
  /** When the last decision was made: 429s of requests sent before it are not counted. */
  #decidedAt = Number.NEGATIVE_INFINITY;

  constructor(options: PaceOptions = {}) {
    this.#o = {
      initialIntervalMs: options.initialIntervalMs ?? 1000,
      keepShare: Math.min(1, Math.max(0, options.keepShare ?? 0.8)),
      extraPerCycle: Math.max(0, options.extraPerCycle ?? 3),
      speedUpFactor: Math.min(1, Math.max(0, options.speedUpFactor ?? 0.9)),
      probeFactor: Math.max(1, options.probeFactor ?? 1.5),
      floorMs: options.floorMs ?? 50,
      ceilingMs: options.ceilingMs ?? 120_000,
    };
  }

  /** Spacing before the next request, in ms; undefined while the class is not paced. */
  get intervalMs(): number | undefined {
    return this.#interval === undefined ? undefined : this.#interval * this.#probe;
  }

  /** A request sent at `sentAt` got through. */
  accepted(sentAt: number): void {
    this.#cycle ??= { start: sentAt, accepted: 0, fromRefusal: false };
    this.#cycle.accepted += 1;
    this.#refusing = false;
    this.#probe = 1;
    if (this.#interval === undefined) return;
    const next = this.#interval * this.#o.speedUpFactor;
    if (next >= this.#o.floorMs) this.#interval = next;
    else {
      this.#interval = undefined;
      this.#cycle = undefined;
    }
  }

  /** A request sent at `sentAt` was refused (429, no Retry-After) at `now`. */
  refused(sentAt: number, now: number): void {
    if (sentAt < this.#decidedAt) return;
    const o = this.#o;
    this.#decidedAt = now;
    if (this.#refusing) {
      // Before anything got through, the guess may be far too short: back off exponentially.
      const cap = this.#measured ? MAX_PROBE : GUESS_MAX_PROBE;
      this.#probe = Math.min(this.#probe * (this.#measured ? o.probeFactor : 2), cap);
      return;
    }
    this.#refusing = true;
    const c = this.#cycle;
    // The cycle's length over the requests the next one asks for; nothing through yet: 1 s.
    const spread = c && c.accepted > 0 && now > c.start ? now - c.start : undefined;
    this.#measured = spread !== undefined && c?.fromRefusal === true;
    const next =
      c && spread !== undefined
        ? spread / (c.accepted * o.keepShare + o.extraPerCycle)
        : (this.#interval ?? o.initialIntervalMs);
    this.#interval = Math.min(Math.max(next, o.floorMs), o.ceilingMs);
    this.#cycle = { start: now, accepted: 0, fromRefusal: true };
  }
}
