import type { VideoRequest } from '../types.ts';
import { applyDefaults } from './apply-defaults.ts';
import type { ModelSpec } from './model-spec.ts';
import { getModel, models } from './models.ts';
import { FALLBACK_CREDITS_PER_SECOND, FALLBACK_SECONDS, roundCredits } from './price-table.ts';

/**
 * Estimated credits for a request, from the model's `price` after `applyDefaults`, rounded
 * up to three decimals. A field with no documented default counts at its dearest allowed value
 * (longest duration, best quality). An unknown model costs 5 credits per second of `duration`
 * (or of 10 s), above every known rate. Never NaN. Prices are our assumption unless a model's
 * data cites the vendor's. `registry` defaults to core's `models` (a client passes its own).
 */
export function estimateCredits(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
): number {
  const spec = getModel(req.model, registry);
  const full = applyDefaults(req, registry);
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

/**
 * The values `estimateCredits` assumed for fields of `req` that are unset and have no
 * documented default: each at its dearest allowed value (e.g. sora-2-pro-preview without
 * duration or quality: `{ duration: 12, quality: '1080p' }`). Empty when the estimate needed
 * no such guess, or the model is unknown or gives no `dearest`. Setting those fields prices
 * the video exactly.
 */
export function pricedAtDearest(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
): Partial<VideoRequest> {
  return getModel(req.model, registry)?.dearest?.(applyDefaults(req, registry)) ?? {};
}
