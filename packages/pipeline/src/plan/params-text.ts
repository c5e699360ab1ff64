import { isMap, isScalar, parseDocument } from 'yaml';
import type { CallerDefaults } from '../model/plan-options.ts';
import { aliasOf, notParams } from './read-params.ts';

/**
 * Reads a caller's `params` text (the action's `params` input): a YAML mapping, or JSON (YAML
 * is a superset), of request fields to values, e.g. `{ "generate_audio": false }` or
 * `seed: 42`. The same keys are refused as in a file's `params:` map, and a field the caller
 * also gives by its named setting (`duration` beside the `duration` input) is refused too:
 * neither silently wins. Returns the fields, or `error` (a sentence with the fix).
 */
export function parseParamsText(
  text: string,
  named: Omit<CallerDefaults, 'params'> = {},
): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { params: {} };
  // The document is parsed with the `yaml` library's limits: at most 100 alias expansions.
  const doc = parseDocument(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { error: `not valid YAML or JSON (${first.message.split('\n')[0]})` };
  if (doc.contents == null) return { params: {} };
  if (!isMap(doc.contents))
    return { error: 'must be a mapping of request fields to values, e.g. `seed: 42`' };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { error: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const params = value as Record<string, unknown>;
  for (const key of Object.keys(params)) {
    const refused = callerParamProblem(key, named, 'in `params` and as its own input');
    if (refused) return { error: refused };
  }
  return { params };
}

/**
 * Why a caller may not give `key` as a parameter (a key that goes elsewhere, or a field also
 * given by its named setting: neither silently wins), or `undefined`.
 */
export function callerParamProblem(
  key: string,
  named: Omit<CallerDefaults, 'params'>,
  twice: string,
): string | undefined {
  const elsewhere = notParams[key];
  if (elsewhere) return `\`${key}\` is not a request parameter of the model: ${elsewhere}`;
  const alias = aliasOf(key);
  if (alias && (named as Record<string, unknown>)[alias] !== undefined)
    return `\`${key}\` is given twice, ${twice}: keep one`;
  return undefined;
}

/**
 * One `key=value` of the CLI's `--param` flag: the key a request field's name, the value read
 * as a YAML scalar, as in a prompt file's `params:` map (`42` a number, `false` a boolean,
 * `rain` or `"8"` a string; an empty value is refused). Returns the pair or `error` (a sentence with the fix).
 */
export function parseParamPair(pair: string): { key: string; value: unknown } | { error: string } {
  const eq = pair.indexOf('=');
  const key = eq < 0 ? '' : pair.slice(0, eq).trim();
  if (!/^[A-Za-z_][\w.-]*$/.test(key))
    return { error: 'expected key=value with a request field as the key, e.g. --param seed=42' };
  const doc = parseDocument(pair.slice(eq + 1), { prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { error: `the value is not valid YAML (${first.message.split('\n')[0]})` };
  const value = doc.contents == null ? null : doc.toJS();
  if (value === null || value === '')
    return { error: `the value of ${key} is empty: give one, e.g. --param ${key}=...` };
  if (!isScalar(doc.contents))
    return {
      error: `the value of ${key} must be one value (a number, true/false or text); give lists and mappings in a prompt file's \`params:\``,
    };
  return { key, value };
}
