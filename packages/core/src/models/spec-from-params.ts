import type { FieldRule, FieldValue, ModelParams, ProseRule } from '@clipwright/catalog';
import { z } from 'zod';
import type { VideoRequest } from '../types.ts';
import type { ModelOverlay } from './define-model.ts';
import { conditionalRules, effectiveRule, fieldSchema, imageRuleOf } from './field-schema.ts';
import type { ModelParameter, ModelSpec } from './model-spec.ts';
import { formatList, formatValue, promptOf } from './schema-helpers.ts';

const callbackDescription =
  'HTTPS URL called when the task completes, fails or is cancelled (at most 2048 characters).';

type Problem = { field: string; message: string; fix: string; allowed?: readonly unknown[] };

const matches = (rule: ProseRule, req: Record<string, unknown>) =>
  Object.entries(rule.constraint?.if ?? {}).every(([k, v]) => req[k] === v);

const describeIf = (cond: Record<string, FieldValue>) =>
  Object.entries(cond)
    .map(([k, v]) => `${k} ${formatValue(v)}`)
    .join(' and ');

/** Whether `value` keeps to a narrowed rule (`enum`, `minimum`, `maximum`). */
function allows(then: { enum?: FieldValue[]; minimum?: number; maximum?: number }, value: unknown) {
  if (then.enum && !then.enum.includes(value as FieldValue)) return false;
  if (then.minimum !== undefined && typeof value === 'number' && value < then.minimum) return false;
  if (then.maximum !== undefined && typeof value === 'number' && value > then.maximum) return false;
  return true;
}

/**
 * The problems of `req` under the model's conditional prose rules (e.g. Hailuo: "1080p: 6s
 * only"). The fix names the valid pairing, another rule's pairing that takes the value given
 * (sora-2-pro: "or duration 25 with quality "standard""), and quotes the docs.
 */
function conditionalProblems(model: string, rules: ProseRule[], req: Record<string, unknown>) {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const cond = rule.constraint;
    if (!cond || !matches(rule, req)) continue;
    for (const [field, then] of Object.entries(cond.then)) {
      const value = req[field];
      if (value === undefined || allows(then, value)) continue;
      const wanted = then.enum ? formatList(then.enum) : `${then.minimum} to ${then.maximum}`;
      const other = rules.find(
        (r) => r !== rule && r.constraint?.then[field]?.enum?.includes(value as FieldValue),
      );
      const alternative = other?.constraint
        ? `, or ${describeIf(other.constraint.if)} with ${field} ${formatValue(value)}`
        : `, or another ${Object.keys(cond.if).join(' and ')}`;
      problems.push({
        field,
        message: `${model} with ${describeIf(cond.if)} accepts only ${wanted}, got ${formatValue(value)}`,
        fix: `use ${field} ${wanted} with ${describeIf(cond.if)}${alternative} (the docs: "${rule.quote}")`,
        ...(then.enum && { allowed: then.enum }),
      });
    }
  }
  return problems;
}

/** Values the prose rules fix: one allowed value for an unset field (and back, `both-ways`). */
function deriveFrom(rules: ProseRule[], mode: 'rules' | 'both-ways') {
  return (req: VideoRequest): Partial<VideoRequest> => {
    const out: Record<string, unknown> = {};
    for (const rule of rules) {
      const cond = rule.constraint;
      if (!cond) continue;
      const thens = Object.entries(cond.then);
      if (matches(rule, req)) {
        for (const [field, then] of thens) {
          if (req[field] === undefined && then.enum?.length === 1) out[field] = then.enum[0];
        }
      } else if (mode === 'both-ways' && thens.length === 1) {
        const [field, then] = thens[0] as [string, { enum?: FieldValue[] }];
        const ifs = Object.entries(cond.if);
        if (ifs.length !== 1 || then.enum?.length !== 1 || req[field] !== then.enum[0]) continue;
        const [key, value] = ifs[0] as [string, FieldValue];
        if (req[key] === undefined) out[key] = value;
      }
    }
    return out as Partial<VideoRequest>;
  };
}

/** How a field's rules read in `clipwright models`. */
function describe(rule: FieldRule, prose: ProseRule[]): string {
  const parts = [rule.type];
  if (rule.minimum !== undefined || rule.maximum !== undefined)
    parts.push(`${rule.minimum ?? '…'} to ${rule.maximum ?? '…'}`);
  if (rule.maxLength !== undefined) parts.push(`at most ${rule.maxLength} characters`);
  if (rule.maxItems !== undefined) parts.push(`at most ${rule.maxItems} entries`);
  if (rule.required) parts.push('required');
  if (rule.changes_price) parts.push('changes the price');
  return [parts.join(', '), ...prose.map((p) => p.rule)].join('. ');
}

function promptParameter(params: ModelParams): ModelParameter {
  const limit = params.prompt_limit;
  if (!limit || limit.max === null) return { description: 'The prompt (no documented limit).' };
  const counted =
    limit.unit === 'characters'
      ? ''
      : `; checked as ${limit.max} characters (stricter for most text)`;
  return {
    description: `Up to ${limit.max} ${limit.unit === 'unknown' ? 'characters' : limit.unit}${counted}.`,
  };
}

/** The zod schema of a model's whole request (see `defineModel`). */
function requestSchema(params: ModelParams, rules: Record<string, FieldRule>): z.ZodType {
  const name = params.model;
  const fields = Object.keys(rules);
  const promptMax = params.prompt_limit?.max ?? params.fields.prompt?.maxLength;
  const takesPrompt = params.fields.prompt !== undefined;
  const takes = [...(takesPrompt ? ['prompt'] : []), ...fields, 'callback_url'];
  const required = params.required;
  const conditional = conditionalRules(params);
  return z
    .strictObject(
      {
        model: z.literal(name),
        ...(takesPrompt && {
          prompt: (promptMax ? promptOf(name, promptMax) : z.string()).optional(),
        }),
        callback_url: z.string().optional(),
        ...Object.fromEntries(
          fields.map((f) => [
            f,
            fieldSchema(name, rules[f] as FieldRule, imageRuleOf(params, f)).optional(),
          ]),
        ),
      },
      {
        error: (iss) =>
          iss.code === 'unrecognized_keys'
            ? `${name} does not take ${iss.keys.map((k) => JSON.stringify(k)).join(', ')} (it takes ${takes.join(', ')})`
            : undefined,
      },
    )
    .check((ctx) => {
      const req = ctx.value as Record<string, unknown>;
      const problems = conditionalProblems(name, conditional, req);
      for (const field of required) {
        if (field !== 'prompt' && req[field] === undefined) {
          problems.push({
            field,
            message: `is required by ${name}, got nothing`,
            fix: `give \`${field}\` (${describe(rules[field] as FieldRule, [])})`,
          });
        }
      }
      for (const problem of problems) {
        ctx.issues.push({
          code: 'custom',
          input: req[problem.field],
          path: [problem.field],
          message: problem.message,
          params: { fix: problem.fix, ...(problem.allowed && { allowed: problem.allowed }) },
        });
      }
    });
}

/**
 * A `ModelSpec` from one model of the vendor's parameter catalog: the zod schema (every
 * documented field with its enum, range, length, count and file types; required fields; the
 * prompt limit; the docs' prose rules), the listed parameters with their documented defaults,
 * and the overlay's hash-stable defaults. Prices are not here: they are the vendor's published
 * ones (`published-price.ts`).
 */
export function defineModel(params: ModelParams, overlay?: ModelOverlay): ModelSpec {
  const name = params.model;
  const fields = Object.keys(params.fields).filter((f) => f !== 'prompt');
  const rules = Object.fromEntries(fields.map((f) => [f, effectiveRule(params, f) as FieldRule]));
  const required = params.required;
  // Built on first use: a zod schema for each of the catalog's 90-odd models at import was most
  // of core's start-up memory (5 MiB of heap), and a run uses one or two of them.
  let schema: z.ZodType | undefined;
  const imageRule = imageRuleOf(params, 'image_urls');
  const imageField = rules.image_urls;
  const maxImages = [imageField?.maxItems, imageRule?.max_count ?? undefined].filter(
    (n): n is number => typeof n === 'number',
  );
  const derive = overlay?.derive ? deriveFrom(params.prose_rules, overlay.derive) : undefined;
  return {
    name,
    description: params.title,
    source: params.docs,
    required,
    parameters: {
      ...(params.fields.prompt !== undefined && { prompt: promptParameter(params) }),
      ...Object.fromEntries(
        fields.map((f) => {
          const rule = rules[f] as FieldRule;
          const parameter: ModelParameter = {
            ...(rule.enum && { values: rule.enum }),
            ...(rule.type === 'boolean' && { values: [true, false] }),
            // What a request without the field gets: core's filled-in value, else the docs'.
            ...((overlay?.applied?.[f] ?? rule.default) !== undefined && {
              default: overlay?.applied?.[f] ?? rule.default,
            }),
            description: describe(
              rule,
              params.prose_rules.filter((p) => p.field === f),
            ),
          };
          return [f, parameter];
        }),
      ),
      callback_url: { description: callbackDescription },
    },
    get schema() {
      schema ??= requestSchema(params, rules);
      return schema;
    },
    applied: overlay?.applied ?? {},
    ...(imageField && {
      images: {
        ...(maxImages.length > 0 && { max: Math.min(...maxImages) }),
        ...(overlay?.imageMatchesAspectRatio && { matchAspectRatio: true }),
        ...(imageRule?.max_mb && { maxBytes: imageRule.max_mb * 1024 * 1024 }),
      },
    }),
    ...(derive && { derive }),
  };
}
