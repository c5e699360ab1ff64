import type { FieldRule, FieldValue, ImageRule, ModelParams, ProseRule } from '@clipwright/catalog';
import { z } from 'zod';
import { bool, formatList, formatValue, imageExtension, maxText } from './schema-helpers.ts';

/**
 * A field's rules after the docs' unconditional prose rules (`if: {}`) narrowed the vendor's
 * machine-readable ones: e.g. sora-2-pro-preview's `duration` is an integer in the generated
 * file and "Currently only supports 4, 8, 12 values" in the prose, so its `enum` is [4, 8, 12].
 */
export function effectiveRule(params: ModelParams, field: string): FieldRule | undefined {
  const rule = params.fields[field];
  if (!rule) return undefined;
  let out: FieldRule = rule;
  for (const prose of params.prose_rules) {
    const narrowed = prose.constraint?.then[field];
    if (!narrowed || Object.keys(prose.constraint?.if ?? {}).length > 0) continue;
    out = { ...out, ...narrowed };
  }
  return out;
}

const isInteger = (type: string) => type === 'integer';
const isNumeric = (type: string) => type === 'integer' || type === 'number';

/** The image rule of `field` (count, size, types read from the docs' descriptions). */
export function imageRuleOf(params: ModelParams, field: string): ImageRule | undefined {
  return params.images.find((rule) => rule.field === field);
}

/** Whether `.ext` is one of `types` (`jpg` and `jpeg` are one format). */
function sameType(ext: string, types: readonly string[]): boolean {
  const norm = (t: string) => (t === 'jpg' ? 'jpeg' : t.toLowerCase());
  const e = norm(ext.replace(/^\./, ''));
  return types.some((t) => norm(t) === e);
}

/** One link: a string; when it has an extension and the docs list types, one of them. */
function linkSchema(model: string, types: readonly string[]) {
  const dotted = types.map((t) => `.${t}`);
  return z
    .string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` })
    .check((ctx) => {
      const ext = imageExtension(ctx.value);
      if (ext === undefined || types.length === 0 || sameType(ext, types)) return;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${model} accepts ${dotted.join(', ')} images, got ${formatValue(ctx.value)}`,
        params: { fix: `use a ${formatList(dotted).replaceAll('"', '')} image` },
      });
    });
}

/** A list with at most/at least so many entries (counts from the schema and the description). */
function listSchema(model: string, rule: FieldRule, image: ImageRule | undefined) {
  const item = rule.items?.type === 'object' ? z.record(z.string(), z.unknown()) : undefined;
  const types = image?.types ?? [];
  const element =
    item ?? (rule.items?.type === 'string' || image ? linkSchema(model, types) : z.unknown());
  const maxes = [rule.maxItems, image?.max_count ?? undefined].filter(
    (n): n is number => typeof n === 'number',
  );
  const max = maxes.length > 0 ? Math.min(...maxes) : undefined;
  const min = rule.minItems ?? (image && image.min_count > 0 ? image.min_count : undefined);
  const count = (n: number) => (image ? `${n} image${n === 1 ? '' : 's'}` : `${n} entries`);
  return z
    .array(element, { error: (iss) => `must be a list, got ${formatValue(iss.input)}` })
    .check((ctx) => {
      const n = ctx.value.length;
      if (max !== undefined && n > max) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${model} accepts at most ${count(max)}, got ${n}`,
          params: { fix: `give at most ${count(max)}` },
        });
      } else if (min !== undefined && n < min) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${model} needs at least ${count(min)}, got ${n}`,
          params: { fix: `give at least ${count(min)}` },
        });
      }
    });
}

/** A number in the documented range (a whole number when the type says so). */
function numberSchema(model: string, rule: FieldRule) {
  const whole = isInteger(rule.type);
  const { minimum: min, maximum: max } = rule;
  const kind = whole ? 'a whole number' : 'a number';
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : '';
  return z.number().check((ctx) => {
    const v = ctx.value;
    const bad =
      !Number.isFinite(v) ||
      (whole && !Number.isInteger(v)) ||
      (min !== undefined && v < min) ||
      (max !== undefined && v > max);
    if (bad) {
      ctx.issues.push({
        code: 'custom',
        input: v,
        message: `${model} accepts ${kind}${range}, got ${formatValue(v)}`,
        params: { fix: `use ${kind}${range}` },
      });
    }
  });
}

/** Text, at least/at most so many code points when the docs say so. */
function textSchema(model: string, rule: FieldRule, image: ImageRule | undefined) {
  if (image || rule.format === 'uri') return linkSchema(model, image?.types ?? []);
  const base = rule.maxLength !== undefined ? maxText(model, rule.maxLength) : z.string();
  if (rule.minLength === undefined) return base;
  const min = rule.minLength;
  return base.check((ctx) => {
    if ([...ctx.value].length < min) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${model} accepts at least ${min} characters, got ${[...ctx.value].length}`,
        params: { fix: `write at least ${min} characters` },
      });
    }
  });
}

/**
 * The zod schema of one field from its rules. Enums list the values; numbers get their range,
 * text its length, lists their counts and file types, mappings their known properties (each
 * checked the same way; other keys pass, as the docs list only some). A field without
 * machine-readable bounds is checked for its type only.
 */
export function fieldSchema(
  model: string,
  rule: FieldRule,
  image?: ImageRule,
  depth = 0,
): z.ZodType {
  if (rule.enum && rule.enum.length > 0) {
    const values = rule.enum as [FieldValue, ...FieldValue[]];
    return z.literal(values, {
      error: (iss) => `${model} accepts ${formatList(values)}, got ${formatValue(iss.input)}`,
    });
  }
  const types = rule.type.split('|');
  const parts = types.map((type): z.ZodType => {
    if (isNumeric(type)) return numberSchema(model, { ...rule, type });
    if (type === 'boolean') return bool(model);
    if (type === 'array') return listSchema(model, rule, image);
    if (type === 'object') return objectSchema(model, rule, depth);
    if (type === 'string') return textSchema(model, rule, image);
    return z.unknown();
  });
  if (parts.length === 1) return parts[0] as z.ZodType;
  // `integer|string` (e.g. Gemini Omni's duration: 3 to 10 or "auto"): either rule.
  return z.union(parts as [z.ZodType, z.ZodType, ...z.ZodType[]], {
    error: (iss) => `${model} accepts ${types.join(' or ')}, got ${formatValue(iss.input)}`,
  });
}

function objectSchema(model: string, rule: FieldRule, depth: number): z.ZodType {
  const properties = Object.entries(rule.properties ?? {});
  if (properties.length === 0 || depth > 2) return z.record(z.string(), z.unknown());
  return z.looseObject(
    Object.fromEntries(
      properties.map(([key, sub]) => [
        key,
        fieldSchema(model, sub, undefined, depth + 1).optional(),
      ]),
    ),
  );
}

/** The prose rules that apply only when other fields have given values. */
export function conditionalRules(params: ModelParams): ProseRule[] {
  return params.prose_rules.filter((p) => p.constraint && Object.keys(p.constraint.if).length > 0);
}
