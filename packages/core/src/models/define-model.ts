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

/**
 * One model as data: everything core knows about it. `defineModel` derives the zod schema,
 * the listed parameters and the defaults from it (prices are the vendor's, in `@clipwright/catalog`), so a model is added in one place.
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

/** A `ModelSpec` (schema, parameters, defaults) from one model's data description. */
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
    ...(data.derive && { derive: data.derive }),
  };
}
