/**
 * Credits per second (or per call) of each model, derived from the SKUs.
 *
 * Formula (documented in pricing.json `formula`): a SKU's figure is CNY per billing unit;
 * credits = CNY x credits_per_cny (10). A `per_second` SKU gives
 * credits/s = cny_price x 10 x resolution_multipliers[quality] (x 1 without multipliers);
 * a `per_call` SKU gives credits/call = cny_price x 10 (x multiplier), and credits/s =
 * credits/call / conditions.duration when the SKU is for one duration.
 */
import type {
  FieldValue,
  ModelPrice,
  ParamsFile,
  PricedModel,
  PricingSku,
  RateRow,
  UnpricedModel,
} from './types.ts';

/** Figures are kept to 6 decimals (the formula in pricing.json says so). */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The rates one SKU gives, one row per resolution multiplier. */
export function skuRates(sku: PricingSku, creditsPerCny: number): RateRow[] {
  if (typeof sku.cny_price !== 'number' || !Number.isFinite(sku.cny_price)) return [];
  if (sku.billing_rule !== 'per_second' && sku.billing_rule !== 'per_call') return [];
  const base = sku.cny_price * creditsPerCny;
  const tiers = Object.entries(sku.resolution_multipliers ?? {});
  const rows = tiers.length > 0 ? tiers : [[undefined, 1] as const];
  return rows.map(([quality, multiplier]) => {
    const when: Record<string, FieldValue> = { ...sku.conditions };
    if (quality !== undefined) when.quality = quality;
    const amount = round6(base * multiplier);
    if (sku.billing_rule === 'per_second') {
      return { when, credits_per_second: amount, credits_per_call: null, sku_id: sku.sku_id };
    }
    const duration = typeof when.duration === 'number' ? when.duration : undefined;
    return {
      when,
      credits_per_second: duration ? round6(amount / duration) : null,
      credits_per_call: amount,
      sku_id: sku.sku_id,
    };
  });
}

/** Documented values of the fields a model's rates depend on that no rate covers. */
function unpricedValues(rates: RateRow[], modelId: string, params?: ParamsFile) {
  const result: Record<string, FieldValue[]> = {};
  const fields = params?.models[modelId]?.fields ?? {};
  const keys = new Set(rates.flatMap((rate) => Object.keys(rate.when)));
  for (const key of [...keys].sort()) {
    // A rate without this key applies to every value of it.
    if (rates.some((rate) => !(key in rate.when))) continue;
    const documented = fields[key]?.enum ?? (fields[key]?.type === 'boolean' ? [true, false] : []);
    const priced = new Set(rates.map((rate) => rate.when[key]));
    const missing = documented.filter((value) => !priced.has(value));
    if (missing.length > 0) result[key] = missing;
  }
  return result;
}

function pricedModel(rates: RateRow[], billingRule: string, modelId: string, params?: ParamsFile) {
  const byResolution: PricedModel['by_resolution'] = {};
  for (const rate of rates) {
    if (rate.credits_per_second === null) continue;
    const key = typeof rate.when.quality === 'string' ? rate.when.quality : 'any';
    const entry = byResolution[key];
    byResolution[key] = {
      min_credits_per_second: Math.min(
        entry?.min_credits_per_second ?? Infinity,
        rate.credits_per_second,
      ),
      max_credits_per_second: Math.max(entry?.max_credits_per_second ?? 0, rate.credits_per_second),
    };
  }
  const perSecond = rates.flatMap((rate) =>
    rate.credits_per_second === null ? [] : [rate.credits_per_second],
  );
  const model: PricedModel = {
    status: 'priced',
    billing_rule: billingRule,
    rates,
    by_resolution: byResolution,
    max_credits_per_second: perSecond.length > 0 ? Math.max(...perSecond) : null,
    unpriced_values: unpricedValues(rates, modelId, params),
  };
  return model;
}

const NO_SKU: Omit<UnpricedModel, 'sources_consulted'> = {
  status: 'unpriced',
  reason: 'No SKU for this model in the price sources read.',
};

/**
 * One price entry per model id: derived from its SKUs, else the existing hand-written
 * `unpriced` marker, else a default one. Models are sorted by id.
 */
export function deriveModels(input: {
  skus: PricingSku[];
  modelIds: string[];
  creditsPerCny: number;
  existing: Record<string, ModelPrice>;
  params?: ParamsFile;
}): Record<string, ModelPrice> {
  const ids = new Set(input.modelIds);
  for (const sku of input.skus) if (sku.model_type === 'video') ids.add(sku.model_name);
  const models: Record<string, ModelPrice> = {};
  for (const id of [...ids].sort()) {
    const skus = input.skus.filter((sku) => sku.model_name === id);
    const rates = skus.flatMap((sku) => skuRates(sku, input.creditsPerCny));
    if (rates.length > 0) {
      models[id] = pricedModel(rates, skus[0]?.billing_rule ?? 'unknown', id, input.params);
      continue;
    }
    const previous = input.existing[id];
    models[id] = previous?.status === 'unpriced' ? previous : { ...NO_SKU, sources_consulted: [] };
  }
  return models;
}

/** Per model, the request fields whose value selects a different published rate. */
export function priceFieldsFromRates(models: Record<string, ModelPrice>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [id, model] of Object.entries(models)) {
    if (model.status !== 'priced') continue;
    const fields = new Set<string>();
    for (const key of new Set(model.rates.flatMap((rate) => Object.keys(rate.when)))) {
      const values = new Set(model.rates.map((rate) => JSON.stringify(rate.when[key] ?? null)));
      if (values.size > 1) fields.add(key);
    }
    if (model.rates.some((rate) => rate.credits_per_call === null)) fields.add('duration');
    result[id] = [...fields].sort();
  }
  return result;
}

/** Request values named in a SKU name ("... 1080p Sound On"), for SKUs nobody described. */
export function inferConditions(name: string): Record<string, FieldValue> {
  const conditions: Record<string, FieldValue> = {};
  const sound = /\bsound\s*(on|off)\b/i.exec(name)?.[1];
  if (sound) conditions.sound = sound.toLowerCase();
  if (/\b(with|\+)\s*audio\b/i.test(name)) conditions.generate_audio = true;
  if (/\b(no|without)\s*audio\b/i.test(name)) conditions.generate_audio = false;
  return conditions;
}
