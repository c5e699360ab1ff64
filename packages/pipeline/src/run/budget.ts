import { roundCredits } from '../model/credits.ts';

/**
 * Credits for one run. A job reserves its estimate before its create and settles with what
 * the server reports, so `spent + reserved` never passes `max` through our own doing.
 */
export class Budget {
  readonly max: number;
  private spent = 0;
  private reserved = 0;

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

  /** Replaces a reservation by the server's figure (`credits_reserved`), keeping it reserved. */
  adjust(reservation: number, actual: number): void {
    this.reserved += actual - reservation;
  }

  /** Turns a reservation into spending (`actual` credits charged; 0 for a failed task). */
  settle(reservation: number, actual: number): void {
    this.reserved -= reservation;
    this.spent += actual;
  }

  get total(): number {
    return roundCredits(this.spent);
  }
}
