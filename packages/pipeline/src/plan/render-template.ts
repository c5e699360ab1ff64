import { didYouMean } from '@clipwright/core/internal';

/** A template variable that could not be filled, at `offset` in the template text. */
export interface TemplateError {
  offset: number;
  name: string;
  message: string;
  fix: string;
}

/** The problem's message for a release-context variable (`{{ tag }}`, ...) without a value. */
export function noContextValueMessage(name: string): string {
  return `\`{{ ${name} }}\` has no value: the release context gave no ${name}`;
}

/** Names the release context provides; they are known even when no value was given. */
export const contextNames = ['tag', 'version', 'repo', 'sha', 'date'] as const;

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;
const validName = /^[A-Za-z_][\w.-]*$/;

/**
 * Replaces `{{ name }}` with `vars[name]`. Written by hand (a dozen lines) rather than with
 * a template engine because only plain substitution is wanted (no HTML escaping, helpers or
 * logic) and every unknown variable must be reported with its exact offset, never rendered
 * as an empty string.
 */
export function renderTemplate(
  text: string,
  vars: Record<string, string | undefined>,
): { text: string; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  // Own keys only: `{{ constructor }}` or `{{ __proto__ }}` must not reach Object.prototype.
  const ownValue = (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
  const known = Object.keys(vars).filter((k) => ownValue(k) !== undefined);
  const out = text.replace(placeholder, (whole, rawName: string, offset: number) => {
    const name = rawName.trim();
    if (!validName.test(name)) {
      errors.push({
        offset,
        name,
        message: `\`${whole}\` is not a variable name`,
        fix: 'use `{{ name }}` with letters, digits, `_`, `-` or `.`',
      });
      return whole;
    }
    const value = ownValue(name);
    if (value !== undefined) return value;
    if ((contextNames as readonly string[]).includes(name)) {
      errors.push({
        offset,
        name,
        message: noContextValueMessage(name),
        fix: `run with a release context that has a ${name}, or set \`vars: { ${name}: ... }\``,
      });
      return whole;
    }
    const suggestion = didYouMean(name, [...known, ...contextNames]);
    errors.push({
      offset,
      name,
      message: `unknown variable \`{{ ${name} }}\``,
      fix: suggestion
        ? `did you mean \`{{ ${suggestion} }}\`?`
        : `define it under \`vars:\` (known: ${known.join(', ') || 'none'})`,
    });
    return whole;
  });
  return { text: out, errors };
}

/** The position of `offset` in `text` that starts at `start`. */
export function offsetPosition(
  text: string,
  offset: number,
  start: { line: number; column: number },
): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  const last = before[before.length - 1] ?? '';
  return before.length === 1
    ? { line: start.line, column: start.column + last.length }
    : { line: start.line + before.length - 1, column: last.length + 1 };
}
