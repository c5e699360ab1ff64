import { findParams, findPrice, findRates, type RateRow, snapshot } from '@clipwright/catalog';
import type { ResolvedParams } from '../models/sim-model.ts';

/** The gateway's internal units per credit (`min_charge_uc`): charges are whole units. */
const GATEWAY_UNITS = snapshot.pricing.units.gateway_units_per_credit;

/** Seconds charged for a video without a duration and without a published price. */
const UNPRICED_SECONDS = 10;

/**
 * What the simulator reserves for a create: the vendor's published price from
 * `@clipwright/catalog`'s pricing.json (the same data core estimates from, so tests run
 * against the vendor's figures): the dearest matching rate, per second times the duration or
 * per call, times `n`. A model or value without a published price is charged the dearest
 * published rate per second: the simulator has to charge something, and a real gateway's
 * unknown price may be that high. Rounded to the gateway's 1/10,000 credit.
 */
export function chargeOf(model: string, p: ResolvedParams): number {
  const values: Record<string, unknown> = {
    ...vendorDefaults(model),
    duration: p.duration,
    aspect_ratio: p.aspectRatio,
    ...(p.quality !== undefined && { quality: p.quality }),
    ...(p.removeWatermark !== undefined && { remove_watermark: p.removeWatermark }),
    ...p.extras,
  };
  const n = typeof values.n === 'number' && values.n > 0 ? values.n : 1;
  const per = dearest(findRates(model, values), p.duration);
  const credits = per ?? dearestRate() * (p.duration || UNPRICED_SECONDS);
  return Math.round(credits * n * GATEWAY_UNITS) / GATEWAY_UNITS;
}

function dearest(rates: readonly RateRow[], duration: number): number | undefined {
  let best: number | undefined;
  for (const rate of rates) {
    const perCall =
      rate.credits_per_call !== null &&
      (rate.credits_per_second === null || 'duration' in rate.when);
    const credits = perCall ? rate.credits_per_call : (rate.credits_per_second ?? 0) * duration;
    if (credits !== null && (best === undefined || credits > best)) best = credits;
  }
  return best;
}

/** The defaults the vendor's parameter file documents for fields the simulator does not resolve. */
function vendorDefaults(model: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(findParams(model)?.fields ?? {})) {
    if (rule.default != null) out[field] = rule.default;
  }
  return out;
}

function dearestRate(): number {
  let best = 0;
  for (const price of Object.values(snapshot.pricing.models)) {
    if (price.status === 'priced') best = Math.max(best, price.max_credits_per_second ?? 0);
  }
  return best;
}

/** Whether the snapshot has a published price for `model` at all. */
export function isPriced(model: string): boolean {
  return findPrice(model)?.status === 'priced';
}
