import { roundCredits } from '../model/credits.ts';

/**
 * Credits for one run. A job reserves its estimate (the high end) before its create and
 * settles with what the server reports, so `spent + reserved` never passes `max` through our
 * own doing. A server charging a model more than its estimate raises that model's rate for
 * the rest of the run (`learn`), and every later create of it reserves at the raised rate, so
 * a wrong published price overshoots `max` by at most the creates of that model already in
 * flight when the first higher figure came back (at most `concurrency` creates, the first
 * included; see the README).
 */
export class Budget {
  readonly max: number;
  private spent = 0;
  private reserved = 0;
  /** Per model: how much more than its estimate the server charged (>= 1). */
  private readonly factors = new Map<string, number>();

  constructor(max = Number.POSITIVE_INFINITY) {
    if (!(max >= 0)) throw new RangeError(`maxCredits must be a number >= 0, got ${max}`);
    this.max = max;
  }

  /** Reserves `credits` if they fit; returns whether they did. */
  reserve(credits: number): boolean {
    if (this.spent + this.reserved + credits > this.max + 1e-9) return false;
    this.reserved += credits;
    return true;
  }

  /** Grows a reservation from `from` to `to` credits if the difference fits; returns whether it did. */
  grow(from: number, to: number): boolean {
    if (to <= from) return true;
    return this.reserve(to - from);
  }

  /** Replaces a reservation by the server's figure (`credits_reserved`), keeping it reserved. */
  adjust(reservation: number, actual: number): void {
    this.reserved += actual - reservation;
  }

  /** Turns a reservation into spending (`actual` credits charged; 0 for a failed task). */
  settle(reservation: number, actual: number): void {
    this.reserved -= reservation;
    this.spent += actual;
  }

  /** What a job of `model` estimated at `estimate` credits reserves now: its estimate at the model's learned rate. */
  priceOf(model: string, estimate: number): number {
    const factor = this.factors.get(model) ?? 1;
    return factor === 1 ? estimate : roundCredits(estimate * factor);
  }

  /** The server charged `charged` for a job of `model` estimated at `estimate`: raises the model's rate when higher. */
  learn(model: string, estimate: number, charged: number): void {
    if (!(estimate > 0) || !(charged > estimate)) return;
    const factor = charged / estimate;
    if (factor > (this.factors.get(model) ?? 1)) this.factors.set(model, factor);
  }

  get total(): number {
    return roundCredits(this.spent);
  }
}
