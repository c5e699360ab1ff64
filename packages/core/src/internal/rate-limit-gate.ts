import { RateLimitError } from '../errors/api-error.ts';
import { AbortError } from '../errors/request-errors.ts';
import { LearnedPace } from '../policies/learned-pace.ts';
import { type RetryPolicy, retryDelay } from '../policies/retry-policy.ts';
import type { Clock } from '../types.ts';

/** What `enter` hands back: pass it to `leave` once the response (or the failure) is in. */
export interface GateTicket {
  /** True when this request was let through alone while the class is rate limited. */
  readonly holdsTurn: boolean;
  /** Clock time the request was let through (what a 429 without Retry-After is judged by). */
  readonly sentAt: number;
}

interface Waiter {
  /** Clock time after which this waiter will not wait for a Retry-After. */
  deadline: number;
  what: string;
  resolve: (ticket: GateTicket) => void;
  reject: (error: Error) => void;
}

/**
 * Paces one class of requests (e.g. every `POST /v1/videos/generations`) of one client.
 * While nothing is rate limited, requests pass at once, side by side. After a 429 the class
 * is closed until the Retry-After (or the back-off) has passed, then reopened one request at
 * a time, first come first served, until one gets through with nobody else waiting: a burst
 * of held requests never stampedes the reset. A 429 without Retry-After (the vendor documents
 * none) instead paces the class: its requests start a learned spacing apart (`LearnedPace`,
 * jittered so that clients sharing a key drift apart), slowed by each 429 and sped up by each
 * request that gets through, so a client finds its share of the key's rate without asking
 * the service again and again. Written by hand because it sleeps on the client's injectable
 * clock (the libraries keep real time) and learns its pace from 429s.
 */
export class RateLimitGate {
  readonly #clock: Clock;
  readonly #retry: RetryPolicy;
  readonly #queue: Waiter[] = [];
  /** Rate limited: one request at a time, and none before `#blockedUntil`. */
  #limited = false;
  #blockedUntil = 0;
  /** A request sent alone is in flight. */
  #busy = false;
  #last: RateLimitError | undefined;
  /** Cancels the gate's own sleep when nobody waits any more. */
  #sleep: AbortController | undefined;
  /** The spacing learned from 429s without Retry-After, and the earliest next start. */
  readonly #pace: LearnedPace;
  #nextStart = 0;

  constructor(clock: Clock, retry: RetryPolicy) {
    this.#clock = clock;
    this.#retry = retry;
    this.#pace = new LearnedPace(retry.pace);
  }

  /** The learned spacing between requests of this class (ms), while it is paced. */
  get paceMs(): number | undefined {
    return this.#pace.intervalMs;
  }

  /**
   * Waits for this class's turn. Rejects with `AbortError` on abort, and with a
   * `RateLimitError` at once when the gate stays closed past `deadline` (clock time). A
   * request sent again after its 429 (`again`) keeps its place: it goes first, not last.
   */
  enter(
    signal: AbortSignal | undefined,
    deadline: number,
    what: string,
    again = false,
  ): Promise<GateTicket> {
    if (signal?.aborted)
      return Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason }));
    const now = this.#clock.now();
    if (!this.#limited && !this.#busy && this.#queue.length === 0 && now >= this.#nextStart)
      return Promise.resolve(this.#start(now));
    return new Promise<GateTicket>((resolve, reject) => {
      const onAbort = () => {
        const at = this.#queue.indexOf(waiter);
        if (at >= 0) this.#queue.splice(at, 1);
        reject(new AbortError(`${what} was aborted`, { cause: signal?.reason }));
        this.#pump();
      };
      const waiter: Waiter = {
        deadline,
        what,
        resolve: (ticket) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(ticket);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (again) this.#queue.unshift(waiter);
      else this.#queue.push(waiter);
      this.#pump();
    });
  }

  /**
   * Reports how a request let through by `enter` ended. A `RateLimitError` closes the class
   * and returns how long (ms) it stays closed: the Retry-After capped at `maxRetryAfterMs`;
   * without one, until the next paced start. Anything else returns undefined.
   */
  leave(ticket: GateTicket, error?: unknown): number | undefined {
    if (ticket.holdsTurn) this.#busy = false;
    let delayMs: number | undefined;
    if (error instanceof RateLimitError && error.retryAfterMs === undefined) {
      const now = this.#clock.now();
      this.#pace.refused(ticket.sentAt, now);
      this.#nextStart = Math.max(this.#nextStart, now + this.#spacing());
      this.#last = error;
      delayMs = this.#nextStart - now;
    } else if (error instanceof RateLimitError) {
      delayMs = retryDelay(0, this.#retry, error.retryAfterMs);
      this.#limited = true;
      this.#blockedUntil = Math.max(this.#blockedUntil, this.#clock.now() + delayMs);
      this.#last = error;
    } else if (error === undefined) {
      this.#pace.accepted(ticket.sentAt);
      if (ticket.holdsTurn && this.#queue.length === 0) this.#limited = false;
    }
    this.#pump();
    return delayMs;
  }

  /** Lets the next waiter through when the class is open and nobody is in flight alone. */
  #pump(): void {
    if (this.#queue.length === 0) {
      this.#sleep?.abort();
      this.#sleep = undefined;
      return;
    }
    if (this.#busy || this.#sleep) return;
    const now = this.#clock.now();
    const openAt = Math.max(this.#blockedUntil, this.#nextStart);
    if (now < openAt) {
      this.#rejectPast(openAt, now);
      if (this.#queue.length === 0) return;
      const sleep = new AbortController();
      this.#sleep = sleep;
      this.#clock.sleep(openAt - now, sleep.signal).then(
        () => {
          if (this.#sleep === sleep) this.#sleep = undefined;
          this.#pump();
        },
        () => {}, // cancelled: the queue emptied
      );
      return;
    }
    const next = this.#queue.shift();
    if (!next) return;
    if (this.#limited) {
      this.#busy = true;
      next.resolve({ holdsTurn: true, sentAt: now });
    } else {
      next.resolve(this.#start(now));
      this.#pump();
    }
  }

  /** A request let through at `now`: while paced, the next one starts a spacing later. */
  #start(now: number): GateTicket {
    if (this.#pace.intervalMs !== undefined) this.#nextStart = now + this.#spacing();
    return { holdsTurn: false, sentAt: now };
  }

  /** The learned spacing, jittered uniformly by ±50 % (its mean is the spacing). */
  #spacing(): number {
    const random = this.#retry.random ?? Math.random;
    return (this.#pace.intervalMs ?? 0) * (0.5 + random());
  }

  /** Fails, at once, the waiters that would still be waiting past their deadline. */
  #rejectPast(openAt: number, now: number): void {
    for (const waiter of [...this.#queue]) {
      if (waiter.deadline >= openAt) continue;
      this.#queue.splice(this.#queue.indexOf(waiter), 1);
      const last = this.#last;
      waiter.reject(
        new RateLimitError({
          status: 429,
          message: `${waiter.what} is rate limited for ${Math.ceil((openAt - now) / 1000)} s more, past its rateLimitMaxWaitMs`,
          code: last?.code,
          type: last?.type,
          requestId: last?.requestId,
          retryAfterMs: openAt - now,
        }),
      );
    }
  }
}

/** The gate of a request class (method + path template), made on first use. */
export function gateFor(
  gates: Map<string, RateLimitGate>,
  key: string,
  clock: Clock,
  retry: RetryPolicy,
): RateLimitGate {
  let gate = gates.get(key);
  if (!gate) {
    gate = new RateLimitGate(clock, retry);
    gates.set(key, gate);
  }
  return gate;
}
