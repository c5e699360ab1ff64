/**
 * The age (days) past which the committed price snapshot counts as old: a run under a credit
 * cap that prices from the snapshot alone (no live price list, no cached copy) warns. The one
 * place this figure is written; the README's "Prices" section quotes it.
 */
export const SNAPSHOT_MAX_AGE_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from the ISO date `retrieved` to `now` (ms); `undefined` for a bad date. */
export function ageInDays(retrieved: string, now: number): number | undefined {
  const at = Date.parse(retrieved);
  return Number.isFinite(at) ? Math.floor((now - at) / DAY_MS) : undefined;
}

/**
 * The warning for a run under `maxCredits` priced from a snapshot older than
 * {@link SNAPSHOT_MAX_AGE_DAYS}, or `undefined`.
 */
export function staleSnapshotWarning(retrieved: string, now: number): string | undefined {
  const days = ageInDays(retrieved, now);
  if (days === undefined || days <= SNAPSHOT_MAX_AGE_DAYS) return undefined;
  return `prices come from the committed snapshot of ${retrieved}, ${days} days old (more than ${SNAPSHOT_MAX_AGE_DAYS}): the vendor may charge more than estimated; update Clipwright or run with network access to the price list`;
}
