import { didYouMean } from '@clipwright/core/internal';
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Position, Problem } from '../model/problem.ts';

/** Turns a character offset of the parsed text into a file position. */
export type Locator = (offset: number) => Position;

/** A value read from YAML with its node and the position of the value. */
export interface Located {
  value: unknown;
  node: unknown;
  at: Position;
}

/** A locator over `lineCounter` whose text starts `lineOffset` lines into the file. */
export function locator(lineCounter: LineCounter, lineOffset = 0): Locator {
  return (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
}

/** Where a node starts, or `fallback` when the parser gave it no range. */
export function nodeStart(node: unknown, locate: Locator, fallback: Position): Position {
  return isNode(node) && node.range ? locate(node.range[0]) : fallback;
}

/**
 * Reads a YAML mapping into located fields. Keys not in `known` become problems with a
 * did-you-mean; `where` names the mapping in messages (e.g. "front matter").
 */
export function readFields(
  map: YAMLMap,
  options: {
    file: string;
    locate: Locator;
    /** The keys allowed; `'any'` takes every key (a `params` map: the model's rules check them). */
    known: readonly string[] | 'any';
    where: string;
    /** The document, to resolve aliases (`*name`) and merge keys (`<<: *name`) against. */
    doc?: Document;
  },
): { fields: Map<string, Located>; problems: Problem[] } {
  const fields = new Map<string, Located>();
  const problems: Problem[] = [];
  const start = nodeStart(map, options.locate, { line: 1, column: 1 });
  const { doc } = options;
  const resolve = (node: unknown): unknown =>
    doc && isAlias(node) ? (node.resolve(doc) ?? node) : node;
  // A merge key's pairs come after the map's own, which win (YAML 1.1 merge semantics).
  const pairs: Pair[] = [];
  const merged: Pair[] = [];
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (doc && isScalar(keyNode) && keyNode.value === '<<') {
      const source = resolve(pair.value);
      const sources = isSeq(source) ? source.items.map(resolve) : [source];
      if (sources.every(isMap)) {
        for (const m of sources) merged.push(...(m as YAMLMap).items);
        continue;
      }
    }
    pairs.push(pair);
  }
  const own = new Set(pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key))));
  for (const pair of [
    ...pairs,
    ...merged.filter((p) => !own.has(String(isScalar(p.key) ? p.key.value : p.key))),
  ]) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyPos = nodeStart(keyNode, options.locate, start);
    const valueNode = resolve(pair.value);
    const at = nodeStart(pair.value, options.locate, keyPos);
    if (options.known !== 'any' && !options.known.includes(key)) {
      const suggestion = didYouMean(key, options.known);
      problems.push({
        file: options.file,
        ...keyPos,
        field: key,
        message: `unknown key in the ${options.where}`,
        fix: suggestion
          ? `did you mean \`${suggestion}\`?`
          : `remove it; known keys: ${options.known.join(', ')}`,
      });
      continue;
    }
    // toJS with the document expands nested aliases, at most 100 of them (no "billion laughs");
    // past that the library throws, which becomes this field's located problem, not a crash.
    let value: unknown;
    try {
      value = isNode(valueNode)
        ? doc
          ? valueNode.toJS(doc, { maxAliasCount: 100 })
          : valueNode.toJSON()
        : valueNode;
    } catch (error) {
      problems.push({
        file: options.file,
        ...at,
        field: key,
        message: `\`${key}\` cannot be read: ${yamlLimitMessage(error)}`,
        fix: 'write the value out instead of repeating aliases (`*name`) inside each other',
      });
      continue;
    }
    fields.set(key, { value, node: valueNode, at });
  }
  return { fields, problems };
}

/**
 * Reads a `vars` mapping: string keys to scalar values (numbers and booleans become strings).
 */
export function readVars(
  located: Located | undefined,
  options: { file: string; locate: Locator },
): { vars: Record<string, string>; problems: Problem[] } {
  const vars: Record<string, string> = {};
  const problems: Problem[] = [];
  if (!located || located.value == null) return { vars, problems };
  if (!isMap(located.node)) {
    problems.push({
      file: options.file,
      ...located.at,
      field: 'vars',
      message: 'vars must be a mapping of names to values',
      fix: 'write it as `vars:` followed by indented `name: value` lines',
    });
    return { vars, problems };
  }
  for (const pair of located.node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = isNode(pair.value) ? pair.value.toJSON() : pair.value;
    if (value !== null && typeof value === 'object') {
      problems.push({
        file: options.file,
        ...nodeStart(pair.value, options.locate, located.at),
        field: `vars.${key}`,
        message: 'a variable must be a single value, not a list or mapping',
        fix: 'give it a string, number or boolean',
      });
      continue;
    }
    vars[key] = value == null ? '' : String(value);
  }
  return { vars, problems };
}

/** A `yaml` error message without its own position (ours is in the file, not the snippet). */
export function yamlMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?\s*$/, '');
}

/** The fix for a `yaml` parse error: a tab in the indentation gets its own. */
export function yamlFix(error: { code: string }): string {
  return error.code === 'TAB_AS_INDENT'
    ? 'YAML does not allow tabs in indentation: indent with spaces instead'
    : 'correct the YAML syntax (quote values that contain `:` or `#`)';
}

/** The YAML library's refusal of a value (an alias bomb, a value too deep), in a few words. */
function yamlLimitMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) {
    return 'its aliases expand to more than 100 copies (a YAML "billion laughs" document)';
  }
  return `the YAML library refused it (${message.split('\n')[0]?.slice(0, 200)})`;
}
