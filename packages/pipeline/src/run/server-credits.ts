import type { Job } from '../model/plan.ts';

/** The gateway's internal units per credit (`min_charge_uc`; some `credits_reserved` use them). */
export const GATEWAY_UNITS_PER_CREDIT = 10_000;

/** A figure above this many times the estimate is not read as credits as it stands. */
const UNIT_SUSPICION = 100;

/**
 * What a server's `credits_reserved` / `credits_used` figure means, against the job's
 * published estimate: credits as given; or, when it is more than 100x the estimate, the
 * gateway's 1/10,000-credit units if that matches the estimate (the Kling v3 docs show
 * `credits_reserved: 270000` for a 27-credit job), else unknown (`undefined`, with a note).
 * An unknown figure never stops a run: the estimate stays the job's count.
 */
export function readServerCredits(
  figure: unknown,
  job: Pick<Job, 'credits' | 'creditsLow' | 'name'>,
): { credits?: number; note?: string } {
  if (typeof figure !== 'number' || !Number.isFinite(figure) || figure < 0) return {};
  const high = job.credits;
  if (figure <= UNIT_SUSPICION * high) return { credits: figure };
  const low = job.creditsLow ?? high;
  const inCredits = figure / GATEWAY_UNITS_PER_CREDIT;
  // "Matches": within 1% (and a thousandth of a credit) of the estimate's range.
  if (inCredits >= low * 0.99 - 0.001 && inCredits <= high * 1.01 + 0.001) {
    return {
      credits: inCredits,
      note: `${job.name}: the server reported ${figure}, read as 1/10,000-credit units (${inCredits} credits)`,
    };
  }
  return {
    note: `${job.name}: the server reported ${figure} credits, more than ${UNIT_SUSPICION}x the published ${high}; not understood, the estimate is counted`,
  };
}
