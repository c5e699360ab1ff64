/**
 * Where the prices behind an estimate come from, for every report that shows credits: the
 * committed snapshot of the vendor's published prices, a copy fetched from the vendor's
 * endpoints, or that copy cached in the state folder.
 */
export interface PriceSource {
  /** `snapshot`: committed with this release; `live`: fetched now; `cached`: fetched earlier. */
  kind: 'snapshot' | 'live' | 'cached';
  /**
   * When the prices were read: the snapshot's `retrieved` date, or a fetch's time (ISO 8601).
   * @example '2026-12-07'
   * @example '2026-12-07T21:04:00Z'
   */
  date: string;
  /** Credits per US dollar of these prices. @default 68 (10 per CNY, 6.8 CNY per USD) */
  creditsPerUsd: number;
}
