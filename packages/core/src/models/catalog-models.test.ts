import { type FieldRule, snapshot } from '@clipwright/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { applyDefaults } from './apply-defaults.ts';
import { effectiveRule, imageRuleOf } from './field-schema.ts';
import { getModel, models } from './models.ts';

// Every video model of the vendor's parameter documents (`@clipwright/catalog`, params.json) is
// typed from the data: the cases below are generated from it, not written per model.

const all = Object.values(snapshot.params.models);

function issuesOf(req: unknown) {
  try {
    validateRequest(req);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues;
  }
}

/** The image rule's effective count limit of a list field. */
function maxCount(params: (typeof all)[number], field: string, rule: FieldRule) {
  const counts = [rule.maxItems, imageRuleOf(params, field)?.max_count ?? undefined].filter(
    (n): n is number => typeof n === 'number',
  );
  return counts.length > 0 ? Math.min(...counts) : undefined;
}

/** One value outside the field's documented rules, or `undefined` when it has none to break. */
function outOfRange(params: (typeof all)[number], field: string): unknown {
  const rule = effectiveRule(params, field) as FieldRule;
  if (rule.enum?.length) {
    return rule.enum.every((v) => typeof v === 'number') ? 987654 : 'not-a-documented-value';
  }
  if (rule.maximum !== undefined) return rule.maximum + 1;
  if (rule.minimum !== undefined) return rule.minimum - 1;
  if (rule.maxLength !== undefined) return 'x'.repeat(rule.maxLength + 1);
  if (rule.type === 'array') {
    const max = maxCount(params, field, rule);
    if (max !== undefined) {
      return Array.from({ length: max + 1 }, (_, i) => `https://cdn.example.com/${i}.png`);
    }
    return 'not a list';
  }
  if (rule.type === 'boolean') return 'yes';
  if (rule.type === 'object') return 'not a mapping';
  if (rule.type === 'string') return 12345;
  if (rule.type === 'integer' || rule.type === 'number') return 'ten';
  return undefined;
}

/**
 * The docs' example of a model, completed where it leaves out a field the schema requires (the
 * image-to-video examples of four models show no `image_urls`): a link is added, and which models
 * needed it is asserted, so the list cannot grow silently.
 */
function exampleOf(p: (typeof all)[number]): Record<string, unknown> {
  const example: Record<string, unknown> = { model: p.model, ...p.example };
  for (const field of p.required) {
    if (example[field] === undefined && p.fields[field]?.type === 'array') {
      example[field] = ['https://cdn.example.com/first-frame.png'];
      incomplete.add(p.model);
    }
  }
  return example;
}
const incomplete = new Set<string>();

describe('every video model of the vendor catalog', () => {
  it('is typed: core knows each model of params.json', () => {
    expect(models.map((m) => m.name).sort()).toEqual(all.map((p) => p.model).sort());
    expect(models.length).toBeGreaterThanOrEqual(89);
  });

  it.each(all.map((p) => [p.model, p] as const))('%s validates its documented example', (_, p) => {
    expect(issuesOf(exampleOf(p))).toEqual([]);
  });

  it('completes only the examples that leave out a required field', () => {
    for (const p of all) exampleOf(p);
    expect([...incomplete].sort()).toEqual([
      'MiniMax-Hailuo-2.3-Fast',
      'wan2.5-image-to-video',
      'wan2.6-image-to-video',
      'wan2.6-image-to-video-flash',
    ]);
  });

  it.each(all.map((p) => [p.model, p] as const))(
    '%s refuses one out-of-range value per field, naming the field',
    (_, p) => {
      const checked: string[] = [];
      for (const field of Object.keys(p.fields)) {
        const value = outOfRange(p, field);
        if (value === undefined) continue;
        const issues = issuesOf({ ...exampleOf(p), [field]: value });
        expect(
          issues.map((i) => i.field.split('.')[0]),
          `${p.model}.${field} = ${JSON.stringify(value).slice(0, 40)}`,
        ).toContain(field);
        expect(issues.every((i) => (i.fix ?? '').length > 0)).toBe(true);
        checked.push(field);
      }
      expect(checked.length).toBeGreaterThan(0);
    },
  );

  it("fills in only values each model's rules allow", () => {
    for (const p of all) {
      const filled = applyDefaults(exampleOf(p) as never);
      expect(issuesOf(filled), p.model).toEqual([]);
    }
  });

  it('accepts in-range numbers and refuses out-of-range ones (property)', () => {
    const ranged = all.flatMap((p) =>
      Object.keys(p.fields)
        .map((field) => ({ p, field, rule: effectiveRule(p, field) as FieldRule }))
        .filter(
          ({ rule }) =>
            !rule.enum &&
            rule.type === 'integer' &&
            rule.minimum !== undefined &&
            rule.maximum !== undefined,
        ),
    );
    expect(ranged.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(
        fc.constantFrom(...ranged),
        fc.integer({ min: -1_000_000, max: 5_000_000_000 }),
        ({ p, field, rule }, value) => {
          const inRange = value >= (rule.minimum as number) && value <= (rule.maximum as number);
          const fields = issuesOf({ ...exampleOf(p), [field]: value }).map((i) => i.field);
          // A conditional prose rule may narrow a field further (e.g. Hailuo at 1080p).
          if (inRange) return !fields.includes(field) || p.prose_rules.length > 0;
          return fields.includes(field);
        },
      ),
    );
  });

  it('accepts documented enum values and refuses others (property)', () => {
    const listed = all.flatMap((p) =>
      Object.keys(p.fields)
        .map((field) => ({ p, field, rule: effectiveRule(p, field) as FieldRule }))
        .filter(({ rule }) => (rule.enum?.length ?? 0) > 0),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...listed),
        fc.oneof(fc.string(), fc.integer()),
        fc.nat(),
        ({ p, field, rule }, random, pick) => {
          const values = rule.enum ?? [];
          const documented = values[pick % values.length];
          const base = exampleOf(p);
          const ok = issuesOf({ ...base, [field]: documented }).map((i) => i.field);
          const conditional = p.prose_rules.some(
            (r) => r.constraint && Object.keys(r.constraint.if).length > 0,
          );
          if (ok.includes(field) && !conditional) return false;
          if (values.includes(random)) return true;
          return issuesOf({ ...base, [field]: random })
            .map((i) => i.field)
            .includes(field);
        },
      ),
    );
  });

  it('fixes what the hand-written rules had wrong', () => {
    const kling = { model: 'kling-v3-text-to-video', prompt: 'p' };
    expect(issuesOf({ ...kling, quality: '720p', sound: 'on', model_params: {} })).toEqual([]);
    expect(issuesOf({ ...kling, generate_audio: true })[0]?.field).toBe('generate_audio');
    const veo = { model: 'veo-3.1-fast-generate-preview', prompt: 'p' };
    expect(issuesOf({ ...veo, n: 2, aspect_ratio: 'auto' })).toEqual([]);
    expect(issuesOf({ ...veo, n: 5 })[0]?.field).toBe('n');
    // Per-model image size limits from the docs: Hailuo 2.3 takes 20 MB, Sora 10 MB.
    expect(getModel('MiniMax-Hailuo-2.3')?.images?.maxBytes).toBe(20 * 1024 * 1024);
    expect(getModel('sora-2-pro-preview')?.images?.maxBytes).toBe(10 * 1024 * 1024);
  });
});
