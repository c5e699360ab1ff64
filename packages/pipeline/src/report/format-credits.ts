import { priceList } from '@clipwright/core/internal';
import { roundCredits } from '../model/credits.ts';
import type { PriceSource } from '../model/plan.ts';

/** Credits as every report prints them: {@link roundCredits}, or `?` when not a number. */
export function formatCredits(credits: number): string {
  return Number.isFinite(credits) ? String(roundCredits(credits)) : '?';
}

/** Credits with their value in US dollars beside them: `345.67 credits (5.08 USD)` (68 credits = 1 USD). */
export function formatCreditsUsd(credits: number): string {
  return `${formatCredits(credits)} credits (${formatUsd(credits)})`;
}

/** Credits in US dollars, to the cent: `5.08 USD`, or `? USD` when not a number. */
export function formatUsd(credits: number): string {
  if (!Number.isFinite(credits)) return '? USD';
  return `${(credits / priceList().creditsPerUsd).toFixed(2)} USD`;
}

/**
 * Where prices come from and how old they are, one line for every report:
 * `Prices: EvoLink's published prices (committed snapshot) of 2026-12-07 (3 days old); 68 credits = 1 USD.`
 * `now` (ms) gives the age; without it only the date is shown. `source`: a plan's
 * `priceSource` (the session's live catalog); without it, the committed snapshot.
 * @example formatPriceSource(Date.now(), plan.priceSource)
 */
export function formatPriceSource(now?: number, source?: PriceSource): string {
  const list = priceList();
  const rate = `${list.creditsPerUsd} credits = 1 USD.`;
  if (source && source.kind !== 'snapshot') {
    const read =
      source.kind === 'live' ? `read ${source.fetchedAt}` : `cached copy read ${source.fetchedAt}`;
    return `Prices: EvoLink's price list (${read}${age(source.fetchedAt, now)}), never below the committed snapshot of ${source.snapshotDate}; ${rate}`;
  }
  return `Prices: ${list.source} of ${list.retrieved}${age(list.retrieved, now)}; ${rate}`;
}

/** ` (3 days old)`, or nothing without `now` or for a date in the future. */
function age(date: string, now: number | undefined): string {
  const days = now === undefined ? undefined : Math.floor((now - Date.parse(date)) / 86_400_000);
  return days === undefined || !(days >= 0) ? '' : ` (${days} day${days === 1 ? '' : 's'} old)`;
}
