import { LineCounter, Pair, Scalar, YAMLMap } from 'yaml';

/**
 * The front matter as the `yaml` parser would compose it, when every line is blank or one
 * `key: value` of the plainest kind: a key of letters, digits, `_` and `-`; a value that is an
 * integer, a decimal, `true`/`false`, `null`/`~`, a plain string starting with a letter and
 * holding only letters, digits, spaces and `_ . / , + -`, or a quoted string without escapes
 * or its own quote. Anything else (indentation, comments, lists, nesting, anchors, aliases, an
 * empty value, a duplicate key, tabs) returns `undefined`, and the caller parses the text with
 * `yaml` itself.
 *
 * Hand-written on purpose, and kept this narrow: `yaml`'s lexer and CST parser allocate about
 * 40 KB for a three-line front matter, and about 2 % of it survives V8's young-generation
 * scavenges, which grows the young generation: 10,000 prompt files cost 30-40 MiB of peak RSS
 * (issue 31). The values follow YAML 1.2's core schema, the `yaml` default used for the full
 * parse; the nodes are `yaml`'s own, with the same ranges, so everything downstream
 * (`readFields`, positions, problems) is unchanged.
 */
export function simpleFrontMatter(
  yamlText: string,
): { map: YAMLMap | null; lineCounter: LineCounter } | undefined {
  const lineCounter = new LineCounter();
  const map = new YAMLMap();
  const seen = new Set<string>();
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    lineCounter.addNewLine(offset);
    if (!blankLine.test(line)) {
      const match = keyValueLine.exec(line);
      if (!match) return undefined;
      const [, key = '', gap = '', text = ''] = match;
      // A key that the core schema reads as null or a boolean (`Null:`) is left to `yaml`.
      if (seen.has(key) || scalarValue(key) !== key) return undefined;
      const value = scalarValue(text);
      if (value === unsupported) return undefined;
      seen.add(key);
      const keyNode = new Scalar(key);
      keyNode.range = [offset, offset + key.length, offset + key.length];
      const valueStart = offset + key.length + 1 + gap.length;
      const valueNode = new Scalar(typeof value === 'string' ? sharedValue(value) : value);
      valueNode.range = [valueStart, valueStart + text.length, valueStart + text.length];
      map.items.push(new Pair(keyNode, valueNode));
    }
    offset += line.length + 1;
  }
  if (map.items.length === 0) return { map: null, lineCounter };
  const first = map.items[0]?.key as Scalar;
  const last = map.items[map.items.length - 1]?.value as Scalar;
  map.range = [first.range?.[0] ?? 0, last.range?.[2] ?? 0, last.range?.[2] ?? 0];
  return { map, lineCounter };
}

/** Distinct short values seen (`kling-v3-text-to-video`, `9:16`), at most `MAX_SHARED`. */
const sharedValues = new Map<string, string>();
const MAX_SHARED = 1024;

/**
 * One string for every equal short value: each file's value is a slice of its front matter,
 * which keeps the whole front matter alive in every job that holds the value (a plan of 10,000
 * files of one model kept 10,000 copies of it, 1.1 MB, and V8 grew its young generation).
 * Bounded: past `MAX_SHARED` distinct values the map starts over; long values are not kept.
 */
function sharedValue(value: string): string {
  if (value.length > 64) return value;
  const kept = sharedValues.get(value);
  if (kept !== undefined) return kept;
  if (sharedValues.size >= MAX_SHARED) sharedValues.clear();
  // A flat copy, so the map holds no slice of the front matter it was read from.
  const copy = Buffer.from(value, 'utf8').toString('utf8');
  sharedValues.set(copy, copy);
  return copy;
}

const blankLine = /^ *$/;
/** `key: value`, the value up to trailing spaces; no comment (`#` is refused below). */
const keyValueLine = /^([A-Za-z_][A-Za-z0-9_-]*):( +)([^ ].*?) *$/;
const unsupported = Symbol('unsupported');

/** YAML 1.2 core schema, for the forms accepted; `unsupported` for anything else. */
function scalarValue(text: string): string | number | boolean | null | typeof unsupported {
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^[-+]?[0-9]+\.[0-9]+$/.test(text)) return Number.parseFloat(text);
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^(?:null|Null|NULL|~)$/.test(text)) return null;
  if (/^[A-Za-z][A-Za-z0-9 _./,+-]*$/.test(text)) return text;
  const quoted = /^"([^"\\]*)"$/.exec(text) ?? /^'([^']*)'$/.exec(text);
  return quoted ? (quoted[1] ?? '') : unsupported;
}
