import { type FieldRule, findParams, type ModelParams } from '@clipwright/catalog';
import { invalidParam } from '../http/api-error.ts';

// The vendor's documented rules of each model, read from the shared data package (the one
// package of ours the simulator may import: it is data, not logic). The checks are the
// simulator's own, written apart from core's so that the agreement test compares two readings.

const codePoints = (text: string) => [...text].length;

/** A field's rule after the docs' unconditional prose rules narrowed it. */
function ruleOf(params: ModelParams, field: string): FieldRule | undefined {
  let rule = params.fields[field];
  if (!rule) return undefined;
  for (const prose of params.prose_rules) {
    const c = prose.constraint;
    if (c && Object.keys(c.if).length === 0 && c.then[field]) rule = { ...rule, ...c.then[field] };
  }
  return rule;
}

function typeOk(type: string, value: unknown): boolean {
  return type.split('|').some((t) => {
    if (t === 'integer') return Number.isInteger(value);
    if (t === 'number') return typeof value === 'number' && Number.isFinite(value);
    if (t === 'string') return typeof value === 'string';
    if (t === 'boolean') return typeof value === 'boolean';
    if (t === 'array') return Array.isArray(value);
    if (t === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
    return true;
  });
}

/** The most entries of a list field: the schema's and the description's counts. */
function maxEntries(params: ModelParams, field: string, rule: FieldRule): number {
  const image = params.images.find((i) => i.field === field);
  return Math.min(
    rule.maxItems ?? Number.POSITIVE_INFINITY,
    image?.max_count ?? Number.POSITIVE_INFINITY,
  );
}

/** The file types the docs list for an image field (empty: any). */
export function imageTypes(model: string, field = 'image_urls'): string[] {
  return findParams(model)?.images.find((i) => i.field === field)?.types ?? [];
}

function checkField(params: ModelParams, field: string, value: unknown): void {
  const rule = ruleOf(params, field);
  if (!rule) return;
  if (rule.enum && rule.enum.length > 0) {
    if (!rule.enum.includes(value as never)) {
      throw invalidParam(field, `${field} must be one of ${rule.enum.join(', ')}`);
    }
    return;
  }
  if (!typeOk(rule.type, value)) throw invalidParam(field, `${field} must be of type ${rule.type}`);
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum)
      throw invalidParam(field, `${field} must be at least ${rule.minimum}`);
    if (rule.maximum !== undefined && value > rule.maximum)
      throw invalidParam(field, `${field} must be at most ${rule.maximum}`);
  }
  if (typeof value === 'string' && rule.maxLength !== undefined && field !== 'prompt') {
    if (codePoints(value) > rule.maxLength)
      throw invalidParam(field, `${field} must be at most ${rule.maxLength} characters`);
  }
  if (Array.isArray(value)) {
    const max = maxEntries(params, field, rule);
    if (value.length > max) throw invalidParam(field, `${field} accepts at most ${max} entries`);
    const image = params.images.find((i) => i.field === field);
    const min = rule.minItems ?? (image && image.min_count > 0 ? image.min_count : 0);
    if (value.length < min) throw invalidParam(field, `${field} needs at least ${min} entries`);
  }
  if (rule.properties && typeof value === 'object' && value !== null) {
    for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
      const subRule = rule.properties[key];
      if (
        subRule &&
        !(subRule.enum ? subRule.enum.includes(sub as never) : typeOk(subRule.type, sub))
      )
        throw invalidParam(field, `${field}.${key} must be of type ${subRule.type}`);
    }
  }
}

/**
 * Checks a create body against the model's documented rules: each field's type, enum, range,
 * length and count, required fields, and the docs' conditional prose rules. Fields the docs do
 * not list are ignored (as the gateway does). A model absent from the data passes.
 */
export function checkCatalogRules(modelName: string, body: Record<string, unknown>): void {
  const params = findParams(modelName);
  if (!params) return;
  for (const field of params.required) {
    if (body[field] === undefined) throw invalidParam(field, `${field} is required`);
  }
  for (const [field, value] of Object.entries(body)) {
    if (field !== 'model' && value !== undefined) checkField(params, field, value);
  }
  for (const prose of params.prose_rules) {
    const c = prose.constraint;
    if (!c || Object.keys(c.if).length === 0) continue;
    if (!Object.entries(c.if).every(([k, v]) => body[k] === v)) continue;
    for (const [field, then] of Object.entries(c.then)) {
      const value = body[field];
      if (value === undefined) continue;
      const bad =
        (then.enum && !then.enum.includes(value as never)) ||
        (then.minimum !== undefined && (value as number) < then.minimum) ||
        (then.maximum !== undefined && (value as number) > then.maximum);
      if (bad) throw invalidParam(field, `${field}: ${prose.rule}`);
    }
  }
}
