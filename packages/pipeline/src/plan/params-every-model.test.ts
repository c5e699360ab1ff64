import { type FieldValue, snapshot } from '@clipwright/catalog';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';

// Every video model of the vendor's parameter documents (`@clipwright/catalog`, params.json),
// through a prompt file's `params:` map: its documented example validates, and one value out of
// each field's documented enum or range is refused at that field's line, named `params.<field>`.
// (Core checks the same rules on requests: catalog-models.test.ts.)

// The four models that take no prompt (an upscaler, a lip-sync, ...) cannot come from a prompt
// file, whose body is always sent as the prompt; the other 90 are all here.
const all = Object.values(snapshot.params.models).filter((p) => p.fields.prompt !== undefined);

/** A prompt file for `example`: the prompt as the body, every other field in `params:`. */
function promptFile(model: string, example: Record<string, unknown>): string {
  const { prompt, ...params } = example;
  const front = stringify({ model, ...(Object.keys(params).length > 0 && { params }) });
  return `---\n${front}---\n${typeof prompt === 'string' && prompt ? prompt : 'A lighthouse.'}\n`;
}

/** The docs' example, with a link where it leaves out a required list (as core's test does). */
function exampleOf(p: (typeof all)[number]): Record<string, unknown> {
  const example: Record<string, unknown> = { ...p.example };
  delete example.model;
  for (const field of p.required)
    if (example[field] === undefined && p.fields[field]?.type === 'array')
      example[field] = ['https://cdn.example.com/first-frame.png'];
  return example;
}

/** One value outside a field's documented enum or range; `undefined` when it has neither. */
function outOfRange(rule: { enum?: FieldValue[]; minimum?: number; maximum?: number }) {
  if (rule.enum?.length)
    return rule.enum.every((v) => typeof v === 'number') ? 987654 : 'not-a-documented-value';
  if (rule.maximum !== undefined) return rule.maximum + 1;
  if (rule.minimum !== undefined) return rule.minimum - 1;
  return undefined;
}

describe('every video model through a prompt file’s params', () => {
  it('validates each documented example', async () => {
    const files = Object.fromEntries(
      all.map((p) => [`prompts/${p.model}.md`, promptFile(p.model, exampleOf(p))]),
    );
    const plan = await loadPlan({ root: await writeRepo(files) });
    expect(all.length).toBeGreaterThanOrEqual(89);
    expect(plan.problems).toEqual([]);
    expect(plan.jobs).toHaveLength(all.length);
  });

  it('refuses one out-of-range value per field, at its line, naming the field', async () => {
    const cases: { file: string; field: string }[] = [];
    const files: Record<string, string> = {};
    for (const p of all) {
      for (const [field, rule] of Object.entries(p.fields)) {
        const value = field === 'prompt' ? undefined : outOfRange(rule);
        if (value === undefined) continue;
        const file = `prompts/${p.model}--${field}.md`;
        files[file] = promptFile(p.model, { ...exampleOf(p), [field]: value });
        cases.push({ file, field });
      }
    }
    expect(cases.length).toBeGreaterThan(100);
    const plan = await loadPlan({ root: await writeRepo(files) });
    for (const { file, field } of cases) {
      const found = plan.problems.filter((p) => p.file === file);
      expect(
        found.map((p) => p.field),
        file,
      ).toContain(`params.${field}`);
      const own = found.find((p) => p.field === `params.${field}`);
      // `params:` is line 3; each field's own line follows, never line 1.
      expect(own?.line, file).toBeGreaterThan(3);
      expect(own?.fix, file).toBeTruthy();
    }
  });
});
