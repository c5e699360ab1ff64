import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { parsePromptFile } from './prompt-file.ts';
import { simpleFrontMatter } from './simple-front-matter.ts';

/** Keys, values and the positions of both, as `yaml`'s own parser composes them. */
function composed(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) return { errors: doc.errors.length };
  if (doc.contents == null) return { pairs: [] };
  if (!isMap(doc.contents)) return { notMap: true };
  return {
    pairs: doc.contents.items.map((p) => ({
      key: isScalar(p.key) ? String(p.key.value) : String(p.key),
      value: isScalar(p.value) ? p.value.value : p.value,
      keyAt: lineCounter.linePos(isScalar(p.key) ? (p.key.range?.[0] ?? -1) : -1),
      valueAt: lineCounter.linePos(isScalar(p.value) ? (p.value.range?.[0] ?? -1) : -1),
    })),
  };
}

function simple(text: string) {
  const read = simpleFrontMatter(text);
  if (!read) return undefined;
  return {
    pairs: (read.map?.items ?? []).map((p) => ({
      key: String((p.key as { value: unknown }).value),
      value: (p.value as { value: unknown }).value,
      keyAt: read.lineCounter.linePos((p.key as { range: number[] }).range[0] ?? -1),
      valueAt: read.lineCounter.linePos((p.value as { range: number[] }).range[0] ?? -1),
    })),
  };
}

const keys = [
  'model',
  'duration',
  'aspect_ratio',
  'quality',
  'vars',
  'out-put',
  'Null',
  'true',
  'x',
];
const values = [
  '10',
  '-3',
  '+7',
  '007',
  '1.5',
  '1.50',
  '.5',
  '1e3',
  '0x1F',
  '0o17',
  'true',
  'False',
  'TRUE',
  'yes',
  'null',
  'NULL',
  '~',
  'sora-2',
  'a ceramic mug',
  'a  b',
  'a: b',
  'a #b',
  'a#b',
  '"9:16"',
  "'9:16'",
  '"a \\" b"',
  "'it''s'",
  '"tab\tin"',
  '.inf',
  '.NaN',
  '[1, 2]',
  '{a: 1}',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '>',
  '- item',
  '',
  '  spaced  ',
];
const line = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...keys),
      fc.constantFrom(':', ': ', ':  ', ':\t'),
      fc.constantFrom(...values),
    )
    .map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom('', '  ', '# a comment', '  - nested', '  child: 1', '\t'),
);

describe('simpleFrontMatter', () => {
  it('composes what yaml composes, or leaves the text to yaml', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const fast = simple(text);
        if (fast) expect(fast).toEqual(composed(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the plain lines of a prompt file', () => {
    expect(simpleFrontMatter('model: sora-2\nduration: 10\naspect_ratio: "9:16"')).toBeDefined();
    expect(simpleFrontMatter('\n  \n')).toMatchObject({ map: null });
  });

  it.each([
    ['a comment', 'model: sora-2 # the default'],
    ['indentation', 'vars:\n  product: mug'],
    ['an empty value', 'model:'],
    ['a duplicate key', 'model: a\nmodel: b'],
    ['a list', 'fallbacks: [a, b]'],
    ['an alias', 'model: *m'],
    ['a key the core schema reads as null', 'Null: x'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(simpleFrontMatter(text)).toBeUndefined();
  });

  it('locates an unknown key and its value in the file as the yaml path does', () => {
    const file = '---\nmodel: sora-2\nduratoin: 10\n---\nA mug.\n';
    const viaYaml = '---\nmodel: sora-2 # forces the full parser\nduratoin: 10\n---\nA mug.\n';
    const fast = parsePromptFile(file, 'p.md').entry;
    const full = parsePromptFile(viaYaml, 'p.md').entry;
    expect(fast?.problems).toEqual(full?.problems);
    expect(fast?.problems[0]).toMatchObject({ line: 3, column: 1, field: 'duratoin' });
    expect(fast?.fields.get('model')).toMatchObject({
      value: 'sora-2',
      at: { line: 2, column: 8 },
    });
    expect(fast?.prompt).toEqual(full?.prompt);
  });
});
