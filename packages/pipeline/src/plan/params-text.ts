import { isMap, parseDocument } from 'yaml';
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
    const elsewhere = notParams[key];
    if (elsewhere)
      return { error: `\`${key}\` is not a request parameter of the model: ${elsewhere}` };
    const alias = aliasOf(key);
    if (alias && (named as Record<string, unknown>)[alias] !== undefined)
      return {
        error: `\`${key}\` is given twice, in \`params\` and as its own input: keep one`,
      };
  }
  return { params };
}
