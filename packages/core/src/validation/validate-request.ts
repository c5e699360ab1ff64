import { z } from 'zod';
import { ValidationError } from '../errors/validation-error.ts';
import {
  type FindCatalogModel,
  type LifecycleCatalog,
  lifecycleNotice,
} from '../models/lifecycle.ts';
import type { ModelSpec } from '../models/model-spec.ts';
import { getModel, models } from '../models/models.ts';
import { formatValue } from '../models/schema-helpers.ts';
import type { VideoRequest } from '../types.ts';
import { didYouMean } from './did-you-mean.ts';
import { resultLinkProblem } from './result-link.ts';
import { plainErrors, toIssues } from './to-issues.ts';
import { callbackUrlIssues } from './validate-callback-url.ts';

/** Options of `validateRequest`. */
export interface ValidateRequestOptions {
  /**
   * Accept http and loopback callback URLs and image links (tests against a local simulator).
   * @default false
   */
  allowInsecureCallbacks?: boolean;
  /**
   * The models to check against (a client passes its own).
   * @default core's `models`
   */
  models?: readonly ModelSpec[];
  /**
   * Image links on this origin are trusted as the API is (the client passes its Files API's
   * origin, so a link that API issued passes even on a local simulator).
   * @default undefined (none)
   * @example 'https://files-api.evolink.ai'
   */
  trustedImageOrigin?: string;
  /**
   * Looks a model up in the vendor's catalog: a model it marks `retired` is refused.
   * @default `findModel` of `@clipwright/catalog` (the committed snapshot)
   */
  findCatalogModel?: FindCatalogModel;
  /**
   * The catalog lifecycle is read from, with its source for messages (a run's live or cached
   * catalog). Wins over `findCatalogModel`.
   * @default the committed snapshot
   */
  lifecycle?: LifecycleCatalog;
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
    .refine((p) => p.trim().length > 0, { error: 'must not be empty: describe the video' })
    .optional(),
  image_urls: z
    .array(
      z
        .string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` })
        .refine(isHttpUrl, {
          error: (iss) => `must be an http(s) URL, got ${formatValue(iss.input)}`,
        }),
      { error: (iss) => `must be a list of image URLs, got ${formatValue(iss.input)}` },
    )
    .optional(),
});

// Fixes for the common checks, by field (model-specific checks carry their own).
const commonFixes: Record<string, string> = {
  model: 'name a model, e.g. `model: sora-2-beta-max`',
  prompt: 'describe the video in the prompt',
  image_urls: 'give each image as an http(s) URL, e.g. https://example.com/frame.png',
};

/**
 * Checks a create request before anything is sent, and returns it unchanged (no defaults are
 * applied: see `applyDefaults`). Known models get their full rules; a near miss of a known
 * name (`sora2`, `sora-2-pro-previw`, `Sora-2-Beta-Max`: see `didYouMean`) is refused with
 * a did-you-mean; any other model name gets only the common ones (model, prompt, image URL
 * syntax, callback URL; `prompt` optional, as some models take none), so a new model never
 * blocks a user. Throws a `ValidationError`
 * listing every problem, each with a `fix`.
 */
export function validateRequest(req: unknown, options: ValidateRequestOptions = {}): VideoRequest {
  if (typeof req !== 'object' || req === null || Array.isArray(req)) {
    throw new ValidationError([
      { field: 'request', message: `must be an object, got ${formatValue(req)}`, received: req },
    ]);
  }
  const input = req as Record<string, unknown>;
  const issues = toIssues(commonSchema.safeParse(input, { error: plainErrors }), input, {
    fixes: commonFixes,
  });
  if (input.callback_url !== undefined) {
    issues.push(
      ...callbackUrlIssues(input.callback_url, { allowInsecure: options.allowInsecureCallbacks }),
    );
  }
  issues.push(...imageLinkIssues(input.image_urls, issues, options));
  const registry = options.models ?? models;
  const spec = typeof input.model === 'string' ? getModel(input.model, registry) : undefined;
  if (spec && input.prompt === undefined && (spec.required ?? ['prompt']).includes('prompt')) {
    issues.push({
      field: 'prompt',
      message: 'is required: a text describing the video, got nothing',
      fix: commonFixes.prompt as string,
    });
  }
  if (spec) {
    const seen = new Set(issues.map((i) => i.field.split('.')[0]));
    const result = spec.schema.safeParse(input, { error: plainErrors });
    const context = { model: spec.name, parameters: spec.parameters };
    for (const issue of toIssues(result, input, context)) {
      if (!seen.has(issue.field.split('.')[0])) issues.push(issue);
    }
  } else if (typeof input.model === 'string') {
    // A near miss keeps the numbers and is at most one edit per five characters away (at
    // least one): `sora2`, `Sora-2-Beta-Max`, `sora-2-pro-previw` are; `veo-3`, `sora-3` and
    // `sora-2-hd` are not (they may be models of their own).
    const known = didYouMean(
      input.model,
      registry.map((m) => m.name),
      { sameNumbers: true, maxDistance: (target) => Math.max(1, Math.floor(target.length / 5)) },
    );
    if (known) {
      issues.unshift({
        field: 'model',
        message: `unknown model ${formatValue(input.model)}; did you mean ${formatValue(known)}?`,
        received: input.model,
        fix: `use ${formatValue(known)}`,
      });
    }
  }
  const notice =
    typeof input.model === 'string'
      ? lifecycleNotice(
          input.model,
          options.lifecycle ?? (options.findCatalogModel ? { find: options.findCatalogModel } : {}),
        )
      : undefined;
  if (notice?.level === 'error') {
    issues.unshift({
      field: 'model',
      message: notice.message,
      received: input.model,
      fix: notice.fix,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return input as VideoRequest;
}

/**
 * The service downloads each image itself, so an image link gets the `callback_url` address
 * rules (i14's `resultLinkProblem`): https, no userinfo, no internal host. Links already
 * refused by the common checks are skipped.
 */
function imageLinkIssues(
  images: unknown,
  earlier: readonly { field: string }[],
  options: ValidateRequestOptions,
) {
  if (!Array.isArray(images)) return [];
  return images.flatMap((link, index) => {
    const field = `image_urls.${index}`;
    if (typeof link !== 'string' || !isHttpUrl(link) || earlier.some((i) => i.field === field)) {
      return [];
    }
    const problem = resultLinkProblem(new URL(link), {
      allowInsecure: options.allowInsecureCallbacks === true,
      trustedOrigin: options.trustedImageOrigin,
    });
    return problem
      ? [
          {
            field,
            message: `must be a public https link the API can fetch, got ${formatValue(link)}: ${problem}`,
            received: link,
            fix: 'give a public https link to the image, or a repository image (`image:`) to upload',
          },
        ]
      : [];
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
