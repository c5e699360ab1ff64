import { priceList } from '@clipwright/core/internal';
import { roundCredits } from '../model/credits.ts';
import type { PriceSource } from '../model/price-source.ts';

/** Credits as every report prints them: {@link roundCredits}, or `?` when not a number. */
export function formatCredits(credits: number): string {
  return Number.isFinite(credits) ? String(roundCredits(credits)) : '?';
}

/** Credits with their value in US dollars beside them: `345.67 credits (5.08 USD)` (68 credits = 1 USD). */
export function formatCreditsUsd(credits: number): string {
  return `${formatCredits(credits)} credits (${formatUsd(credits)})`;
}

/** Credits in US dollars, to the cent, at the price list's rate: `5.08 USD`, or `? USD` when not a number. */
export function formatUsd(credits: number): string {
  if (!Number.isFinite(credits)) return '? USD';
  return `${(credits / priceList().creditsPerUsd).toFixed(2)} USD`;
}

/** The committed snapshot of the vendor's published prices, as a price source. */
export function snapshotPrices(): PriceSource {
  const { retrieved } = priceList();
  return { kind: 'snapshot', fetchedAt: retrieved, snapshotDate: retrieved };
}

/**
 * Where prices come from and how old they are, one line for every report:
 * `Prices: EvoLink's published prices (committed snapshot) of 2026-12-07 (3 days old); 68 credits = 1 USD.`
 * `source` (a plan's `priceSource`) defaults to the committed snapshot; `now` (ms) gives the
 * age, without it only the date is shown.
 * @example formatPriceSource(plan.priceSource, Date.now())
 */
export function formatPriceSource(source: PriceSource = snapshotPrices(), now?: number): string {
  const list = priceList();
  const rate = `${list.creditsPerUsd} credits = 1 USD.`;
  const read = `${dateText(source.fetchedAt)}${age(source.fetchedAt, now)}`;
  if (source.kind === 'snapshot') return `Prices: ${list.source} of ${read}; ${rate}`;
  const how = source.kind === 'live' ? 'read' : 'cached copy read';
  return `Prices: EvoLink's price list (${how} ${read}), never below the committed snapshot of ${source.snapshotDate}; ${rate}`;
}

/** `2026-12-07 21:04 UTC` for an ISO time, the date as given otherwise. */
function dateText(date: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date)
    ? `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`
    : date;
}

/** ` (today)`, ` (3 days old)`, or nothing without `now` or for a date in the future. */
function age(date: string, now: number | undefined): string {
  const at = Date.parse(date);
  const days =
    now === undefined || Number.isNaN(at) ? undefined : Math.floor((now - at) / 86_400_000);
  if (days === undefined || !(days >= 0)) return '';
  return ` (${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} old`})`;
}
