import {
  type FieldValue,
  findParams,
  findPrice,
  findRates,
  type ModelParams,
  type PricedModel,
  type PricingFile,
  type RateRow,
  snapshot,
} from '@clipwright/catalog';
import type { VideoRequest } from '../types.ts';
import type { ModelSpec } from './model-spec.ts';
import { FALLBACK_SECONDS, roundCredits } from './price-table.ts';

/**
 * What a request will cost, from the vendor's published prices (`@clipwright/catalog`'s
 * `pricing.json`): a range, because a field left unset may be billed at any of its values.
 */
export interface CreditEstimate {
  /** Credits at the settings given, the documented defaults, and the cheapest value of each unset price field. */
  low: number;
  /** Credits at the dearest value of every unset price field: what a budget counts. */
  high: number;
  /**
   * `published`: both ends come from the vendor's price list. `stated`: the model's own
   * `price` (a model given to `createClient({ models })`). `unpriced`: no published price covers
   * the request (an unknown model, a model without price, or a value such as Kling's `4k`);
   * `low`/`high` are then a guess, see {@link unpricedGuess}, and a run under a credit cap
   * refuses the video until a price or a per-video ceiling is stated.
   */
  basis: 'published' | 'stated' | 'unpriced';
  /** Why the estimate is `unpriced`, phrased like help. */
  reason?: string;
  /** The unset price fields at the values `high` was priced at, e.g. `{ quality: '1080p' }`. */
  dearest: Partial<VideoRequest>;
}

/**
 * Where estimates come from, for reports: the price list's date (ISO) and the exchange rate
 * (68 credits = 1 USD: 10 credits per CNY, 6.8 CNY per USD, as the vendor's client states).
 */
export function priceList(): { retrieved: string; creditsPerUsd: number; source: string } {
  const { pricing } = snapshot;
  return {
    retrieved: pricing.retrieved,
    creditsPerUsd: pricing.units.credits_per_usd,
    source: "EvoLink's published prices (committed snapshot)",
  };
}

/** The dearest published rate of the snapshot (credits per second): what an unpriced video is guessed at. */
export function dearestPublishedRate(pricing: PricingFile = snapshot.pricing): number {
  let best = 0;
  for (const price of Object.values(pricing.models)) {
    if (price.status === 'priced') best = Math.max(best, price.max_credits_per_second ?? 0);
  }
  return best;
}

/**
 * The guess for a video without a published price: the dearest published rate times its
 * duration (or `FALLBACK_SECONDS`). Not a price: it only keeps totals and the balance check
 * from counting such a video as free.
 */
export function unpricedGuess(req: VideoRequest, pricing: PricingFile = snapshot.pricing): number {
  const seconds =
    typeof req.duration === 'number' && Number.isFinite(req.duration) && req.duration > 0
      ? req.duration
      : FALLBACK_SECONDS;
  return roundCredits(seconds * dearestPublishedRate(pricing));
}

/**
 * The estimate of `full` (a request with its model's defaults applied) from the published
 * prices. `spec` is the model's rules, when known (its listed values widen the values an unset
 * field may take; its own `price`, if any, wins as a stated price). `pricing`: the prices to
 * use (a run's live catalog, `loadCatalog`); the committed snapshot's by default.
 */
export function publishedPrice(
  full: VideoRequest,
  spec?: ModelSpec,
  pricing: PricingFile = snapshot.pricing,
): CreditEstimate {
  if (spec?.price) {
    const credits = spec.price(full);
    if (Number.isFinite(credits) && credits >= 0) {
      const rounded = roundCredits(credits);
      return { low: rounded, high: rounded, basis: 'stated', dearest: spec.dearest?.(full) ?? {} };
    }
  }
  const price = findPrice(full.model, pricing);
  if (price?.status !== 'priced') {
    const reason = price
      ? `${full.model} has no published price (${price.reason.split(' (')[0]})`
      : `${full.model} is not in the price list`;
    return unpriced(full, reason, pricing);
  }
  return rangeOf(full, price, findParams(full.model), spec, pricing);
}

function unpriced(
  full: VideoRequest,
  reason: string,
  pricing: PricingFile,
  low?: number,
): CreditEstimate {
  const guess = unpricedGuess(full, pricing);
  return {
    low: low ?? guess,
    high: Math.max(guess, low ?? 0),
    basis: 'unpriced',
    reason,
    dearest: {},
  };
}

/** Every combination of the unset price fields priced; `low` the cheapest, `high` the dearest. */
function rangeOf(
  full: VideoRequest,
  price: PricedModel,
  params: ModelParams | undefined,
  spec: ModelSpec | undefined,
  pricing: PricingFile,
): CreditEstimate {
  const open = openFields(full, price, params, spec);
  full = { ...vendorDefaults(params), ...full };
  let low = Number.POSITIVE_INFINITY;
  let high: { credits: number; at: Record<string, FieldValue> } | undefined;
  let gap: Record<string, FieldValue> | undefined;
  for (const at of combinations(open)) {
    const credits = creditsOf(
      { ...full, ...at },
      findRates(full.model, { ...full, ...at }, pricing),
    );
    if (credits === undefined) {
      gap ??= at;
      continue;
    }
    low = Math.min(low, credits);
    if (!high || credits > high.credits) high = { credits, at };
  }
  if (gap !== undefined || !high) {
    const values = Object.entries({ ...pick(full, price), ...gap })
      .map(([field, value]) => `${field} ${JSON.stringify(value)}`)
      .join(', ');
    const reason = `${full.model} has no published price${values ? ` for ${values}` : ''}`;
    // The guess counts an unset duration at its longest.
    const seconds = open.find(([field]) => field === 'duration')?.[1].filter(isNumber) ?? [];
    const longest = seconds.length > 0 ? { duration: Math.max(...seconds) } : {};
    return unpriced(
      { ...full, ...longest },
      reason,
      pricing,
      Number.isFinite(low) ? roundCredits(low) : undefined,
    );
  }
  return {
    low: roundCredits(low),
    high: roundCredits(high.credits),
    basis: 'published',
    // Sorted by field name, so reports list them in one order.
    dearest: Object.fromEntries(
      Object.entries(high.at).sort(([a], [b]) => a.localeCompare(b)),
    ) as Partial<VideoRequest>,
  };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The defaults the vendor's parameter file documents (the API applies them to an absent field). */
function vendorDefaults(params: ModelParams | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(params?.fields ?? {})) {
    if (rule.default != null) out[field] = rule.default;
  }
  return out;
}

/** The request's values of the fields the model's rates depend on (for messages). */
function pick(full: VideoRequest, price: PricedModel): Record<string, unknown> {
  const fields = new Set(price.rates.flatMap((rate) => Object.keys(rate.when)));
  return Object.fromEntries(
    [...fields].filter((f) => full[f] !== undefined).map((f) => [f, full[f]]),
  );
}

/**
 * Credits of one fully-set request under its matching rates: the dearest rate when several
 * match (highest wins), per second times `duration`, times `n` videos. `undefined`: no rate.
 */
function creditsOf(req: VideoRequest, rates: readonly RateRow[]): number | undefined {
  let best: number | undefined;
  for (const rate of rates) {
    let credits: number | undefined;
    if (rate.credits_per_call !== null && rate.credits_per_second === null) {
      credits = rate.credits_per_call;
    } else if (rate.credits_per_call !== null && rate.when.duration !== undefined) {
      credits = rate.credits_per_call;
    } else if (rate.credits_per_second !== null && typeof req.duration === 'number') {
      credits = rate.credits_per_second * req.duration;
    } else if (rate.credits_per_call !== null) {
      credits = rate.credits_per_call;
    }
    if (credits !== undefined && (best === undefined || credits > best)) best = credits;
  }
  const n = typeof req.n === 'number' && req.n > 0 ? req.n : 1;
  return best === undefined || !Number.isFinite(best) ? undefined : best * n;
}

/**
 * The unset fields that change the price, each with the values it may take: the fields the
 * rates depend on, the fields the vendor's parameter file marks as price fields, `duration`
 * for a per-second price and `n` (videos per request). A numeric range counts by its ends.
 */
function openFields(
  full: VideoRequest,
  price: PricedModel,
  params: ModelParams | undefined,
  spec: ModelSpec | undefined,
): [string, FieldValue[]][] {
  const fields = new Set<string>(price.rates.flatMap((rate) => Object.keys(rate.when)));
  for (const field of params?.price_fields ?? []) fields.add(field);
  if (price.rates.some((rate) => rate.credits_per_second !== null && !('duration' in rate.when)))
    fields.add('duration');
  const open: [string, FieldValue[]][] = [];
  for (const field of fields) {
    // Set, or left to a default the vendor documents (applied by the API, so not open).
    if (full[field] !== undefined || params?.fields[field]?.default != null) continue;
    const values = valuesOf(field, price, params, spec);
    if (values.length > 0) open.push([field, values]);
    else if (field === 'duration') open.push([field, [Number.NaN]]);
  }
  return open;
}

/** The values an unset field may take, from the model's rules, the vendor file and the rates. */
function valuesOf(
  field: string,
  price: PricedModel,
  params: ModelParams | undefined,
  spec: ModelSpec | undefined,
): FieldValue[] {
  const rule = params?.fields[field];
  const listed =
    (spec?.parameters[field]?.values as FieldValue[] | undefined) ??
    rule?.enum ??
    params?.prose_rules.find(
      (p) =>
        p.constraint && Object.keys(p.constraint.if).length === 0 && p.constraint.then[field]?.enum,
    )?.constraint?.then[field]?.enum;
  const values = new Set<FieldValue>(listed ?? []);
  if (!listed && rule?.type === 'boolean') for (const v of [true, false]) values.add(v);
  if (!listed && rule?.minimum !== undefined && rule.maximum !== undefined) {
    values.add(rule.minimum);
    values.add(rule.maximum);
  }
  // A rate's value widens an unlisted field only: where the model lists its values, a rate for
  // another (a live SKU for a setting the model does not take) cannot be asked for.
  if (!listed)
    for (const rate of price.rates)
      if (field in rate.when) values.add(rate.when[field] as FieldValue);
  for (const value of price.unpriced_values[field] ?? []) values.add(value);
  const numbers = [...values].filter((v): v is number => typeof v === 'number');
  // Credits grow with duration and n: their ends bound every value between.
  if (
    (field === 'duration' || field === 'n') &&
    numbers.length === values.size &&
    numbers.length > 2
  )
    return [Math.min(...numbers), Math.max(...numbers)];
  return [...values];
}

/** Every assignment of the open fields (a handful of fields with a few values each). */
function combinations(open: readonly [string, FieldValue[]][]): Record<string, FieldValue>[] {
  let out: Record<string, FieldValue>[] = [{}];
  for (const [field, values] of open) {
    out = out.flatMap((at) => values.map((value) => ({ ...at, [field]: value })));
  }
  return out;
}
