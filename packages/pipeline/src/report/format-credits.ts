import { priceList } from '@clipwright/core/internal';
import { roundCredits } from '../model/credits.ts';
import type { PriceSource } from '../model/price-source.ts';

/** Credits as every report prints them: {@link roundCredits}, or `?` when not a number. */
export function formatCredits(credits: number): string {
  return Number.isFinite(credits) ? String(roundCredits(credits)) : '?';
}

/** Credits with their value in US dollars beside them: `345.67 credits (5.08 USD)` (68 credits = 1 USD). */
export function formatCreditsUsd(credits: number, source?: PriceSource): string {
  return `${formatCredits(credits)} credits (${formatUsd(credits, source)})`;
}

/** Credits in US dollars, to the cent: `5.08 USD`, or `? USD` when not a number. */
export function formatUsd(credits: number, source: PriceSource = snapshotPrices()): string {
  if (!Number.isFinite(credits)) return '? USD';
  return `${(credits / source.creditsPerUsd).toFixed(2)} USD`;
}

/** The committed snapshot of the vendor's published prices, as a price source. */
export function snapshotPrices(): PriceSource {
  const list = priceList();
  return { kind: 'snapshot', date: list.retrieved, creditsPerUsd: list.creditsPerUsd };
}

const kindWords: Record<PriceSource['kind'], string> = {
  snapshot: 'committed snapshot',
  live: 'fetched from EvoLink',
  cached: 'fetched from EvoLink earlier, cached',
};

/**
 * Where prices come from and how old they are, one line for every report:
 * `Prices: EvoLink's published prices (committed snapshot) of 2026-12-07 (3 days old); 68 credits = 1 USD.`
 * `source` defaults to the committed snapshot; `now` (ms) gives the age, without it only the
 * date is shown.
 */
export function formatPriceSource(source: PriceSource = snapshotPrices(), now?: number): string {
  const at = Date.parse(source.date);
  const days =
    now === undefined || Number.isNaN(at) ? undefined : Math.floor((now - at) / 86_400_000);
  const age =
    days === undefined || !(days >= 0)
      ? ''
      : ` (${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} old`})`;
  const date = /^\d{4}-\d{2}-\d{2}T/.test(source.date)
    ? `${source.date.slice(0, 10)} ${source.date.slice(11, 16)} UTC`
    : source.date;
  return `Prices: EvoLink's published prices (${kindWords[source.kind]}) of ${date}${age}; ${source.creditsPerUsd} credits = 1 USD.`;
}
