import { z } from 'zod';
import { ValidationError, type ValidationIssue } from './errors.ts';
import { formatValue } from './internal/schema-helpers.ts';
import { getModel } from './models.ts';
import type { VideoRequest } from './types.ts';
import { callbackUrlIssues } from './validate-callback-url.ts';

/** Options of `validateRequest`. */
export interface ValidateRequestOptions {
  /** Accept http and loopback callback URLs (tests against a local simulator). Default `false`. */
  allowInsecureCallbacks?: boolean;
}

// Checks every model shares, known or not: a new model never blocks a user.
const commonSchema = z.looseObject({
  model: z
    .string({
      error: (iss) =>
        `is required: a model name such as "sora-2-beta-max", got ${formatValue(iss.input)}`,
    })
    .min(1, { error: 'must not be empty: give a model name such as "sora-2-beta-max"' }),
  prompt: z
    .string({
      error: (iss) => `is required: a text describing the video, got ${formatValue(iss.input)}`,
    })
    .refine((p) => p.trim().length > 0, { error: 'must not be empty: describe the video' }),
  image_urls: z
    .array(
      z.string().refine(isHttpUrl, {
        error: (iss) => `must be an http(s) URL, got ${formatValue(iss.input)}`,
      }),
      { error: (iss) => `must be a list of image URLs, got ${formatValue(iss.input)}` },
    )
    .optional(),
});

/**
 * Checks a create request before anything is sent, and returns it unchanged (no defaults are
 * applied: see `applyDefaults`). Known models get their full rules; any other model name gets
 * only the common ones (model, prompt, image URL syntax, callback URL). Throws a
 * `ValidationError` listing every problem.
 */
export function validateRequest(req: unknown, options: ValidateRequestOptions = {}): VideoRequest {
  if (typeof req !== 'object' || req === null || Array.isArray(req)) {
    throw new ValidationError([
      { field: 'request', message: `must be an object, got ${formatValue(req)}`, received: req },
    ]);
  }
  const input = req as Record<string, unknown>;
  const issues = toIssues(commonSchema.safeParse(input), input);
  if (input.callback_url !== undefined) {
    issues.push(
      ...callbackUrlIssues(input.callback_url, { allowInsecure: options.allowInsecureCallbacks }),
    );
  }
  const spec = typeof input.model === 'string' ? getModel(input.model) : undefined;
  if (spec) {
    const seen = new Set(issues.map((i) => i.field.split('.')[0]));
    for (const issue of toIssues(spec.schema.safeParse(input), input, spec.parameters)) {
      if (!seen.has(issue.field.split('.')[0])) issues.push(issue);
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return input as VideoRequest;
}

function toIssues(
  result: { success: boolean; error?: z.ZodError },
  input: Record<string, unknown>,
  parameters: Record<string, { values?: readonly unknown[] }> = {},
): ValidationIssue[] {
  if (result.success || !result.error) return [];
  return result.error.issues.flatMap((iss): ValidationIssue[] => {
    if (iss.code === 'unrecognized_keys') {
      return iss.keys.map((key) => ({ field: key, message: iss.message, received: input[key] }));
    }
    const field = iss.path.map(String).join('.') || 'request';
    const received = iss.path.reduce<unknown>(
      (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key],
      input,
    );
    const allowed = iss.path.length === 1 ? parameters[String(iss.path[0])]?.values : undefined;
    return [
      {
        field,
        message: iss.message,
        ...(received !== undefined && { received }),
        ...(allowed && { allowed }),
      },
    ];
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
