import { priceList } from '@clipwright/core/internal';
import { roundCredits } from '../model/credits.ts';

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
 * `now` (ms) gives the age; without it only the date is shown.
 */
export function formatPriceSource(now?: number): string {
  const list = priceList();
  const days =
    now === undefined ? undefined : Math.floor((now - Date.parse(list.retrieved)) / 86_400_000);
  const age =
    days === undefined || !(days >= 0) ? '' : ` (${days} day${days === 1 ? '' : 's'} old)`;
  return `Prices: ${list.source} of ${list.retrieved}${age}; ${list.creditsPerUsd} credits = 1 USD.`;
}
