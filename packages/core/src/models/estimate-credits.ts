import type { PricingFile } from '@clipwright/catalog';
import type { VideoRequest } from '../types.ts';
import { applyDefaults } from './apply-defaults.ts';
import type { ModelSpec } from './model-spec.ts';
import { getModel, models } from './models.ts';
import { type CreditEstimate, publishedPrice } from './published-price.ts';

/**
 * The estimate of a request as a range, from the vendor's published prices
 * (`@clipwright/catalog`): `low` at the settings given and the model's documented defaults,
 * `high` at the dearest value of every unset field that changes the price. A request no
 * published price covers is `basis: 'unpriced'` (see `CreditEstimate`). `registry` defaults
 * to core's `models` (a client passes its own; a model there with its own `price` is `stated`).
 * `pricing`: the prices to use (a run's live catalog, `loadCatalog`); the committed snapshot's
 * by default.
 */
export function estimatePrice(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
  pricing?: PricingFile,
): CreditEstimate {
  return publishedPrice(applyDefaults(req, registry), getModel(req.model, registry), pricing);
}

/**
 * Estimated credits for a request: the high end of {@link estimatePrice}, rounded up to three
 * decimals, never NaN. What a budget, a balance check or a cost diff counts.
 */
export function estimateCredits(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
): number {
  return estimatePrice(req, registry).high;
}

/**
 * The values `estimateCredits` assumed for fields of `req` that are unset and have no
 * documented default: each at its dearest (e.g. sora-2-pro-preview without duration or
 * quality: `{ duration: 12, quality: '1080p' }`). Empty when the estimate needed no such guess,
 * or the model has no published price. Setting those fields prices the video exactly.
 */
export function pricedAtDearest(
  req: VideoRequest,
  registry: readonly ModelSpec[] = models,
): Partial<VideoRequest> {
  return estimatePrice(req, registry).dearest;
}
