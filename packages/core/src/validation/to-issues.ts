import type { z } from 'zod';
import type { ValidationIssue } from '../errors/validation-error.ts';
import { formatValue } from '../models/schema-helpers.ts';

/** Zod's expected-type names in plain words. */
const plainTypes: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};
const plainType = (expected: string) => plainTypes[expected] ?? `a ${expected}`;

/**
 * Parse-level error map: a wrong type reads "must be a number, got "ten"" instead of zod's
 * "Invalid input: expected number". Schemas with their own messages keep them.
 */
export const plainErrors: z.core.$ZodErrorMap = (iss) =>
  iss.code === 'invalid_type'
    ? `must be ${plainType(iss.expected)}, got ${formatValue(iss.input)}`
    : undefined;

export interface IssueContext {
  /** The model the schema belongs to (named in "does not take" fixes). */
  model?: string;
  /** A field's accepted values (from the model's `parameters`). */
  parameters?: Record<string, { values?: readonly unknown[] }>;
  /** Fixes by top-level field, for issues that carry none of their own. */
  fixes?: Record<string, string>;
}

/** Turns zod issues into `ValidationIssue`s, each with a message and a fix a user can act on. */
export function toIssues(
  result: { success: boolean; error?: z.ZodError },
  input: Record<string, unknown>,
  context: IssueContext = {},
): ValidationIssue[] {
  if (result.success || !result.error) return [];
  return result.error.issues.flatMap((iss): ValidationIssue[] => {
    if (iss.code === 'unrecognized_keys') {
      return iss.keys.map((key) => ({
        field: key,
        message: iss.message,
        received: input[key],
        fix: `remove \`${key}\`: ${context.model ?? 'the model'} does not take it`,
      }));
    }
    const field = iss.path.map(String).join('.') || 'request';
    const received = iss.path.reduce<unknown>(
      (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
      input,
    );
    const own = (iss as { params?: { allowed?: readonly unknown[]; fix?: string } }).params;
    const allowed =
      own?.allowed ??
      (iss.path.length === 1 ? context.parameters?.[String(iss.path[0])]?.values : undefined);
    return [
      {
        field,
        message: iss.message,
        ...(received !== undefined && { received }),
        ...(allowed && { allowed }),
        fix: own?.fix ?? fixFor(iss, allowed, context.fixes?.[String(iss.path[0])]),
      },
    ];
  });
}

/** How to fix an issue that did not say: from the allowed values, the expected type or the bound. */
function fixFor(
  iss: z.core.$ZodIssue,
  allowed: readonly unknown[] | undefined,
  fieldFix: string | undefined,
): string {
  if (fieldFix) return fieldFix;
  const values = allowed ?? (iss.code === 'invalid_value' ? iss.values : undefined);
  if (values && values.length > 0) return `use one of ${values.map(formatValue).join(', ')}`;
  if (iss.code === 'invalid_type') return `write it as ${plainType(iss.expected)}`;
  if (iss.code === 'too_big') return `use at most ${iss.maximum}`;
  if (iss.code === 'too_small') return `use at least ${iss.minimum}`;
  return 'correct the value as the message says';
}
