/**
 * The server's `credits_reserved` when it is a plausible charge for a job estimated at
 * `estimate`, else `undefined` (the estimate stands). A figure far above the estimate (the
 * vendor's Kling docs show 270000 for a 27-credit job, likely 1/10,000-credit units) is read
 * in those units when that lands near the estimate, else ignored: an odd figure never stops
 * the run, and the task is already recorded.
 */
export function plausibleCredits(
  reported: number | undefined,
  estimate: number,
): number | undefined {
  if (typeof reported !== 'number' || !Number.isFinite(reported) || reported < 0) return undefined;
  if (estimate <= 0 || reported <= estimate * 100) return reported;
  const scaled = reported / 10_000;
  return scaled >= estimate / 10 && scaled <= estimate * 10 ? scaled : undefined;
}
