import { z } from 'zod';
import type { VideoRequest } from '../types.ts';
import type { ModelParameter, ModelSpec } from './model-spec.ts';
import { bool, formatValue, imageUrls, maxText, oneOf, promptOf } from './schema-helpers.ts';

type Literal = string | number | boolean;

/** One field of a model's data description. */
export interface FieldData {
  /** The accepted values (an enum). */
  values?: readonly [Literal, ...Literal[]];
  /**
   * Without `values`: a boolean, a whole number in `[min, max]`, text of at most `max`
   * characters, or a mapping (passed through; e.g. Hailuo's `model_params`).
   */
  type?: 'boolean' | 'integer' | 'text' | 'object';
  min?: number;
  max?: number;
  /** The vendor's documented default, applied by `applyDefaults` (never invented). */
  default?: Literal;
  description: string;
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
 * One model as data: everything core knows about it. `defineModel` derives the zod schema,
 * the listed parameters, the defaults and the price from it, so a model is added in one place.
 */
export interface ModelData {
  name: string;
  description: string;
  /** The vendor page the rules come from. */
  source: string;
  /** Longest prompt, in Unicode code points (the unit core and the simulator agree on). */
  promptMaxLength: number;
  /** Most `image_urls` entries. */
  maxImages: number;
  /** What the model's images must be (shown by `clipwright models`). */
  imageRule?: string;
  /** An input image must have the request's aspect ratio exactly (checked on local images). */
  imageMatchesAspectRatio?: boolean;
  fields: Readonly<Record<string, FieldData>>;
  price: PriceData;
  /** A rule across fields (e.g. sora-2-pro's quality/duration pairing). */
  refine?: (
    req: Record<string, unknown>,
  ) => { field: string; message: string; fix: string; allowed?: readonly unknown[] }[];
  /** Defaults that depend on other fields. */
  derive?: (req: VideoRequest) => Partial<VideoRequest>;
}

const callbackDescription =
  'HTTPS URL called when the task completes, fails or is cancelled (at most 2048 characters).';

function fieldSchema(model: string, field: FieldData): z.ZodType {
  if (field.values) return oneOf(model, field.values);
  if (field.type === 'boolean') return bool(model);
  if (field.type === 'object') {
    return z.record(z.string(), z.unknown(), {
      error: (iss) => `${model} accepts a mapping of settings, got ${formatValue(iss.input)}`,
    });
  }
  if (field.type === 'integer') {
    const min = field.min ?? Number.MIN_SAFE_INTEGER;
    const max = field.max ?? Number.MAX_SAFE_INTEGER;
    return z.number().check((ctx) => {
      if (!Number.isInteger(ctx.value) || ctx.value < min || ctx.value > max) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${model} accepts a whole number from ${min} to ${max}, got ${formatValue(ctx.value)}`,
          params: { fix: `use a whole number from ${min} to ${max}` },
        });
      }
    });
  }
  return maxText(model, field.max ?? Number.MAX_SAFE_INTEGER);
}

function parameterOf(field: FieldData): ModelParameter {
  const values = field.values ?? (field.type === 'boolean' ? [true, false] : undefined);
  return {
    ...(values && { values }),
    ...(field.default !== undefined && { default: field.default }),
    description: field.description,
  };
}

/** The dearest duration the model allows (what an absent duration without default costs). */
function longest(data: ModelData): number {
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
function dearestOf(data: ModelData) {
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
function priceOf(data: ModelData, dearest: (req: VideoRequest) => Partial<VideoRequest>) {
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

/** A `ModelSpec` (schema, parameters, price, defaults) from one model's data description. */
export function defineModel(data: ModelData): ModelSpec {
  const { name } = data;
  const shape = Object.fromEntries(
    Object.entries(data.fields).map(([k, f]) => [k, fieldSchema(name, f).optional()]),
  );
  const takes = [
    'prompt',
    ...Object.keys(data.fields),
    ...(data.maxImages > 0 ? ['image_urls'] : []),
    'callback_url',
  ];
  const schema = z
    .strictObject(
      {
        model: z.literal(name),
        prompt: promptOf(name, data.promptMaxLength),
        ...(data.maxImages > 0 && { image_urls: imageUrls(name, data.maxImages).optional() }),
        callback_url: z.string().optional(),
        ...shape,
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `${name} does not take ${iss.keys.map((k) => JSON.stringify(k)).join(', ')} (it takes ${takes.join(', ')})`
            : undefined,
      },
    )
    .check((ctx) => {
      for (const problem of data.refine?.(ctx.value as Record<string, unknown>) ?? []) {
        ctx.issues.push({
          code: 'custom',
          input: (ctx.value as Record<string, unknown>)[problem.field],
          path: [problem.field],
          message: problem.message,
          params: { fix: problem.fix, ...(problem.allowed && { allowed: problem.allowed }) },
        });
      }
    });
  const dearest = dearestOf(data);
  const images = data.maxImages === 1 ? '1 reference image' : `${data.maxImages} images`;
  return {
    name,
    description: data.description,
    source: data.source,
    parameters: {
      prompt: { description: `Up to ${data.promptMaxLength} characters.` },
      ...Object.fromEntries(Object.entries(data.fields).map(([k, f]) => [k, parameterOf(f)])),
      ...(data.maxImages > 0 && {
        image_urls: {
          description: `At most ${images} (http(s) links; ${data.imageRule ?? '.jpg, .jpeg, .png or .webp'}).`,
        },
      }),
      callback_url: { description: callbackDescription },
    },
    schema,
    ...(data.maxImages > 0 && {
      images: {
        max: data.maxImages,
        ...(data.imageMatchesAspectRatio && { matchAspectRatio: true }),
      },
    }),
    price: priceOf(data, dearest),
    dearest,
    ...(data.derive && { derive: data.derive }),
  };
}
