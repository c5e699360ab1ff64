import { findParams } from '@clipwright/catalog';
import { ApiError, invalidParam } from '../http/api-error.ts';
import { findSimModel } from '../models/models.ts';
import type { ResolvedParams, SimModel } from '../models/sim-model.ts';
import { callbackUrlProblem, isInternalHost } from './callback-url.ts';
import { checkCatalogRules, imageTypes } from './catalog-rules.ts';

export interface ValidRequest {
  model: SimModel;
  prompt: string;
  params: ResolvedParams;
  imageUrls: string[];
  callbackUrl: string | undefined;
}

const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp'];
/** The seeds' prompt limit, for models whose page gives none. */
const MAX_PROMPT = 5000;
/** Length in Unicode code points: the unit agreed with the client (an emoji counts 1). */
const codePoints = (text: string) => [...text].length;

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

type Options = {
  allowInsecureCallbacks: boolean;
  /** True when the link is one of this server's own (then checked by it), false otherwise. */
  ownImage?: (link: URL, index: number) => boolean;
};

/**
 * Validates a parsed create body as the documents state; throws ApiError (400, or 404
 * for an unknown model). Unknown fields are ignored, as the gateway does. Fields are checked
 * in a fixed order (model, prompt, duration, aspect_ratio, quality, remove_watermark,
 * image_urls, callback_url, the model's further fields, its cross-field rule): the first
 * problem is the one reported.
 */
export function validateRequest(body: unknown, options: Options): ValidRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidParam(undefined, 'Request body must be a JSON object');
  }
  const b = body as Record<string, unknown>;
  const model = modelOf(b);
  const prompt = promptOf(b, model);
  checkCatalogRules(model.name, b);
  const givenDuration = durationOf(b, model);
  const aspectRatio = aspectRatioOf(b, model);
  const { duration, quality } = qualityOf(b, model, givenDuration);
  const removeWatermark = removeWatermarkOf(b, model);
  const imageUrls = imageUrlsOf(b, model, options);
  const callbackUrl = callbackUrlOf(b, options);
  const params = {
    duration,
    aspectRatio,
    quality,
    removeWatermark,
    extras: resolveExtras(model, b),
  };
  const crossProblem = model.check?.(params, b);
  if (crossProblem) throw invalidParam(crossProblem[0], crossProblem[1]);
  return { model, prompt, params, imageUrls, callbackUrl };
}

/** The model the body names: 400 without one, 404 for one the simulator does not serve. */
function modelOf(b: Record<string, unknown>): SimModel {
  if (b.model === undefined) throw invalidParam('model', 'model is required');
  if (typeof b.model !== 'string') throw invalidParam('model', 'model must be a string');
  const model = findSimModel(b.model);
  if (!model) {
    throw new ApiError(404, {
      code: 'model_not_found',
      message: `Model not found: ${b.model}`,
      type: 'not_found_error',
      param: 'model',
    });
  }
  return model;
}

function promptOf(b: Record<string, unknown>, model: SimModel): string {
  if (b.prompt === undefined) throw invalidParam('prompt', 'prompt is required');
  if (typeof b.prompt !== 'string') throw invalidParam('prompt', 'prompt must be a string');
  if (b.prompt.trim() === '') throw invalidParam('prompt', 'prompt must not be empty');
  const params = findParams(model.name);
  const documented = params
    ? (params.prompt_limit?.max ?? params.fields.prompt?.maxLength)
    : undefined;
  const maxPrompt =
    documented ?? (params ? Number.POSITIVE_INFINITY : (model.maxPrompt ?? MAX_PROMPT));
  if (codePoints(b.prompt) > maxPrompt) {
    throw invalidParam(
      'prompt',
      `prompt must be at most ${maxPrompt} characters, got ${codePoints(b.prompt)}`,
    );
  }
  return b.prompt;
}

function durationOf(b: Record<string, unknown>, model: SimModel): number {
  if (b.duration === undefined) return model.defaultDuration;
  if (typeof b.duration !== 'number' || !Number.isInteger(b.duration)) {
    throw invalidParam('duration', 'duration must be an integer');
  }
  if (!model.durations.includes(b.duration)) {
    throw invalidParam(
      'duration',
      `${model.name} accepts duration ${list(model.durations)}, got ${b.duration}`,
    );
  }
  return b.duration;
}

function aspectRatioOf(b: Record<string, unknown>, model: SimModel): string {
  const fallback = model.aspectRatios[0] ?? '16:9';
  if (b.aspect_ratio === undefined || model.aspectRatios.length === 0) return fallback;
  if (typeof b.aspect_ratio !== 'string') {
    throw invalidParam('aspect_ratio', 'aspect_ratio must be a string');
  }
  if (!model.aspectRatios.includes(b.aspect_ratio)) {
    throw invalidParam(
      'aspect_ratio',
      `${model.name} accepts aspect_ratio ${list(model.aspectRatios)}, got ${b.aspect_ratio}`,
    );
  }
  return b.aspect_ratio;
}

/**
 * The quality (for models that have the field) with its default per duration; a quality tied
 * to a duration (sora-2-pro) picks that duration when none is sent, hence both are returned.
 */
function qualityOf(
  b: Record<string, unknown>,
  model: SimModel,
  given: number,
): { duration: number; quality: string | undefined } {
  let duration = given;
  if (!model.qualities) return { duration, quality: undefined };
  let quality = model.defaultQuality?.(duration);
  if (b.quality !== undefined && b.duration === undefined && typeof b.quality === 'string') {
    duration =
      model.durations.find((d) => !model.checkQuality?.(d, b.quality as string)) ?? duration;
  }
  if (b.quality !== undefined) {
    if (typeof b.quality !== 'string') throw invalidParam('quality', 'quality must be a string');
    if (!model.qualities.includes(b.quality)) {
      throw invalidParam(
        'quality',
        `${model.name} accepts quality ${list(model.qualities)}, got ${b.quality}`,
      );
    }
    quality = b.quality;
  }
  const problem = quality === undefined ? undefined : model.checkQuality?.(duration, quality);
  if (problem) throw invalidParam('quality', problem);
  return { duration, quality };
}

function removeWatermarkOf(b: Record<string, unknown>, model: SimModel): boolean | undefined {
  if (!model.removeWatermark) return undefined;
  if (b.remove_watermark === undefined) return true;
  if (typeof b.remove_watermark !== 'boolean') {
    throw invalidParam('remove_watermark', 'remove_watermark must be a boolean');
  }
  return b.remove_watermark;
}

function imageUrlsOf(b: Record<string, unknown>, model: SimModel, options: Options): string[] {
  if (b.image_urls === undefined) return [];
  if (!Array.isArray(b.image_urls)) {
    throw invalidParam('image_urls', 'image_urls must be an array of URLs');
  }
  const maxImages = model.maxImages ?? 1;
  if (b.image_urls.length > maxImages) {
    throw invalidParam(
      'image_urls',
      maxImages === 0
        ? `${model.name} does not accept image_urls`
        : `image_urls accepts at most ${maxImages} image${maxImages === 1 ? '' : 's'}, got ${b.image_urls.length}`,
    );
  }
  const types = findParams(model.name) ? imageTypes(model.name) : imageExtensions;
  for (const [index, url] of b.image_urls.entries()) checkImageUrl(url, index, options, types);
  return [...(b.image_urls as string[])];
}

/** One `image_urls` entry: an http(s) link without credentials, fetchable by the service. */
function checkImageUrl(
  url: unknown,
  index: number,
  options: Options,
  types: readonly string[],
): void {
  if (typeof url !== 'string') {
    throw invalidParam('image_urls', 'image_urls must contain URL strings');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidParam('image_urls', `image_urls must contain absolute URLs, got ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalidParam('image_urls', 'image_urls must use http or https');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw invalidParam('image_urls', 'image_urls must not carry a user name or password');
  }
  // A Files API link this server issued (checked there); other links as external URLs.
  if (options.ownImage?.(parsed, index)) return;
  // The service fetches the image itself: the callback_url address rules apply.
  if (!options.allowInsecureCallbacks && parsed.protocol !== 'https:') {
    throw invalidParam('image_urls', 'image_urls must use HTTPS');
  }
  if (!options.allowInsecureCallbacks && isInternalHost(parsed.hostname)) {
    throw invalidParam('image_urls', 'image_urls must not point to an internal address');
  }
  // Links without an extension (Files API downloads, signed URLs) are valid; one with an
  // extension must name an image type.
  const last = parsed.pathname.split('/').at(-1) ?? '';
  const ext = /\.[a-z0-9]{1,5}$/i.exec(last)?.[0]?.toLowerCase();
  const norm = (t: string) => (t.replace(/^\./, '') === 'jpg' ? 'jpeg' : t.replace(/^\./, ''));
  if (ext !== undefined && types.length > 0 && !types.some((t) => norm(t) === norm(ext))) {
    throw invalidParam('image_urls', `image_urls accepts ${types.join(', ')} images`);
  }
}

function callbackUrlOf(b: Record<string, unknown>, options: Options): string | undefined {
  if (b.callback_url === undefined) return undefined;
  if (typeof b.callback_url !== 'string') {
    throw invalidParam('callback_url', 'callback_url must be a string');
  }
  const problem = callbackUrlProblem(b.callback_url, options.allowInsecureCallbacks);
  if (problem) throw invalidParam('callback_url', problem);
  return b.callback_url;
}

/** The model's further fields (generate_audio, seed, ...) checked and given their defaults. */
function resolveExtras(model: SimModel, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(model.extras ?? {})) {
    const value = b[field];
    if (value === undefined) {
      if ('default' in rule && rule.default !== undefined) out[field] = rule.default;
      continue;
    }
    const ok =
      rule.kind === 'boolean'
        ? typeof value === 'boolean'
        : rule.kind === 'integer'
          ? Number.isInteger(value) &&
            (value as number) >= rule.min &&
            (value as number) <= rule.max
          : rule.kind === 'text'
            ? typeof value === 'string' && codePoints(value) <= rule.max
            : rule.kind === 'enum'
              ? rule.values.includes(value as string)
              : typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!ok) throw invalidParam(field, `${field} ${describeRule(rule)}`);
    out[field] = value;
  }
  return out;
}

function describeRule(rule: NonNullable<SimModel['extras']>[string]): string {
  switch (rule.kind) {
    case 'boolean':
      return 'must be a boolean';
    case 'integer':
      return `must be an integer between ${rule.min} and ${rule.max}`;
    case 'text':
      return `must be a string of at most ${rule.max} characters`;
    case 'enum':
      return `must be one of ${list(rule.values)}`;
    case 'object':
      return 'must be an object';
  }
}
