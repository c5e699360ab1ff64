import type { ClientTypes } from '@clipwright/core';
import type { KeyRefusal } from './key-refusal.ts';

/** What `checkBalance` found out, at no cost (one `GET /v1/credits`). */
export type BalanceCheck =
  | {
      status: 'known';
      credits: ClientTypes.Credits;
      /** The plan's estimate (`plan.totalCredits`). */
      estimate: number;
      /** Whether the whole estimate fits in `credits.available`. */
      fits: boolean;
      /**
       * The cheapest video this run would pay for (`undefined` when every video is already
       * made or paid for). When `credits.available` is below it, `enough` is false: nothing can
       * be made, and the run refuses to start.
       */
      cheapest: number | undefined;
      enough: boolean;
    }
  /** The API refused the key (401, or 403 on the balance). */
  | { status: 'refused'; refusal: KeyRefusal }
  /**
   * The balance could not be read: `unreachable` when the API did not answer (connection,
   * timeout, 5xx), else it answered without a balance (no such endpoint, 429, another body).
   */
  | { status: 'unknown'; unreachable: boolean; message: string };
