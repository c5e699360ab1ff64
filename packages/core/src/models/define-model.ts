import type { FieldRule, ModelParams } from '@clipwright/catalog';
import type { VideoRequest } from '../types.ts';
import { effectiveRule } from './field-schema.ts';

type Literal = string | number | boolean;

/** A field as the price functions read it (from the catalog's effective rule). */
export interface FieldData {
  values?: readonly Literal[];
  type?: string;
  max?: number;
}

/** How a model is priced. Every number is OUR ASSUMPTION unless the model's data says otherwise. */
export interface PriceData {
  /** Credits per second of `duration`. */
  perSecond?: number;
  /** Credits per call, keyed by duration. */
  byDuration?: Readonly<Record<number, number>>;
  /** Credits per call, whatever the duration. */
  perCall?: number;
  /**
   * Multipliers by a field's value (`String(value)` as key). An absent field without a
   * default counts at its dearest multiplier, so budgets over-count rather than under-count.
   */
  multipliers?: readonly { field: string; by: Readonly<Record<string, number>> }[];
  /** Fixed prices for combinations that no product of multipliers gives (checked first). */
  overrides?: readonly { when: Readonly<Record<string, Literal>>; credits: number }[];
}

/**
 * What core adds to a model of the vendor's catalog (`@clipwright/catalog`'s params.json, where
 * every rule comes from): its price (until prices come from the catalog too) and, for the models
 * core knew before the rules came from the catalog, the defaults and derivations it filled in
 * then. Those are kept exactly so that a request that did not change keeps its content hash
 * (and its cached video): upgrading never pays again.
 */
export interface ModelOverlay {
  name: string;
  price: PriceData;
  /** Defaults filled into the request (hashed and sent): only the ones core filled before. */
  applied?: Readonly<Record<string, Literal>>;
  /**
   * `rules`: a prose rule that leaves one value for an unset field sets it (Veo's REFERENCE
   * fixes duration 8 and 16:9); `both-ways`: also the condition from that value (sora-2-pro's
   * quality "high" means duration 15).
   */
  derive?: 'rules' | 'both-ways';
  /**
   * An input image must have the request's aspect ratio exactly: the machine form of the
   * model's prose rule on `image_urls` (sora-2-preview: "Image pixel dimensions must exactly
   * match the selected aspect_ratio").
   */
  imageMatchesAspectRatio?: boolean;
}

/** The price-relevant view of each field of `params` (after unconditional prose rules). */
function fieldsOf(params: ModelParams): Record<string, FieldData> {
  return Object.fromEntries(
    Object.keys(params.fields).map((name) => {
      const rule = effectiveRule(params, name) as FieldRule;
      const view: FieldData = {
        type: rule.type,
        ...(rule.enum && { values: rule.enum }),
        ...(rule.maximum !== undefined && { max: rule.maximum }),
      };
      return [name, view];
    }),
  );
}

/** The dearest duration the model allows (what an absent duration without default costs). */
function longest(data: PricedFields): number {
  const d = data.fields.duration;
  const listed = d?.values?.filter((v): v is number => typeof v === 'number') ?? [];
  if (listed.length > 0) return Math.max(...listed);
  return d?.max ?? 10;
}

/** The key of the largest number in `table`. */
function dearestKey(table: Readonly<Record<string, number>>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of Object.entries(table)) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** The field's value whose `String()` is `key` (a multiplier table's keys are strings). */
function literalOf(field: FieldData | undefined, key: string): Literal {
  const listed = field?.values?.find((v) => String(v) === key);
  if (listed !== undefined) return listed;
  if (field?.type === 'boolean') return key === 'true';
  return key;
}

/**
 * The values the price assumes for price-relevant fields left unset: each at its dearest
 * (the longest duration, the largest multiplier), so budgets over-count, never under-count.
 */
function dearestOf(data: PricedFields) {
  const { perSecond, byDuration, multipliers = [] } = data.price;
  return (req: VideoRequest): Partial<VideoRequest> => {
    const out: Record<string, unknown> = {};
    if (req.duration === undefined) {
      const key = byDuration ? dearestKey(byDuration) : undefined;
      if (key !== undefined) out.duration = Number(key);
      else if (perSecond !== undefined) out.duration = longest(data);
    }
    for (const m of multipliers) {
      const key = req[m.field] === undefined ? dearestKey(m.by) : undefined;
      if (key !== undefined) out[m.field] = literalOf(data.fields[m.field], key);
    }
    return out as Partial<VideoRequest>;
  };
}

/** The price of `req` with its unset price-relevant fields at their dearest (`dearestOf`). */
function priceOf(data: PricedFields, dearest: (req: VideoRequest) => Partial<VideoRequest>) {
  const { perSecond, byDuration, perCall, multipliers = [], overrides = [] } = data.price;
  return (given: VideoRequest): number => {
    const req = { ...given, ...dearest(given) };
    for (const o of overrides) {
      if (Object.entries(o.when).every(([f, v]) => req[f] === v)) {
        return o.credits;
      }
    }
    const seconds = typeof req.duration === 'number' ? req.duration : longest(data);
    let credits = perCall ?? 0;
    if (byDuration) credits = byDuration[seconds] ?? Math.max(...Object.values(byDuration));
    else if (perSecond !== undefined) credits = seconds * perSecond;
    for (const m of multipliers) credits *= m.by[String(req[m.field])] ?? 1;
    return credits;
  };
}

/** What the price functions read: the overlay's price and the catalog's fields. */
interface PricedFields {
  fields: Record<string, FieldData>;
  price: PriceData;
}

/** The price and the dearest-value guess of a model from its overlay and catalog rules. */
export function pricing(params: ModelParams, overlay: ModelOverlay) {
  const data: PricedFields = { fields: fieldsOf(params), price: overlay.price };
  const dearest = dearestOf(data);
  return { price: priceOf(data, dearest), dearest };
}
