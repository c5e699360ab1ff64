import { applyDefaults } from './apply-defaults.ts';
import { getModel } from './models.ts';
import { FALLBACK_CREDITS_PER_SECOND, FALLBACK_SECONDS, roundCredits } from './price-table.ts';
import type { VideoRequest } from './types.ts';

/**
 * Estimated credits for a request, from the model's `price` after `applyDefaults`, rounded
 * up to three decimals. A field with no documented default counts at its dearest allowed value
 * (longest duration, best quality). An unknown model costs `FALLBACK_CREDITS_PER_SECOND` per
 * second of `duration` (or of `FALLBACK_SECONDS`). Never NaN. See `price-table.ts` for which
 * numbers are documented and which are our assumption.
 */
export function estimateCredits(req: VideoRequest): number {
  const spec = getModel(req.model);
  const full = applyDefaults(req);
  if (spec) {
    const price = spec.price(full);
    if (Number.isFinite(price) && price >= 0) return roundCredits(price);
  }
  const seconds =
    typeof full.duration === 'number' && Number.isFinite(full.duration) && full.duration > 0
      ? full.duration
      : FALLBACK_SECONDS;
  return roundCredits(seconds * FALLBACK_CREDITS_PER_SECOND);
}
