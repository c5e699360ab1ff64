import type { VideoRequest } from '@clipwright/core';
import type { Problem } from '../model/problem.ts';
import type { JobSettings } from './job-settings.ts';
import { isLocalImage, LOCAL_IMAGE_PLACEHOLDER, type PendingImage } from './local-image.ts';
import { renderTemplate } from './render-template.ts';
import { settingKeys, type VideoEntry } from './video-entry.ts';

/**
 * The model used when neither the video, the manifest nor the caller names one: a live model
 * of the vendor's catalog with a published price and documented defaults for every field that
 * changes it (5 s, 720p, sound off: 27 credits, pricing.json of 2026-12-07), so an unnamed
 * prompt is priced exactly. Until 2026-12 it was `sora-2-beta-max`, which the vendor's newest
 * catalog no longer lists (`PREVIOUS_DEFAULT_MODELS`).
 */
export const DEFAULT_MODEL = 'kling-v3-text-to-video';

/**
 * The models earlier releases used as `DEFAULT_MODEL`, newest first: a video that names no
 * model was made (and cached) with one of them, so `plan` can say which cached videos the
 * change of default makes new again (`defaultModelChange`).
 */
export const PREVIOUS_DEFAULT_MODELS: readonly string[] = ['sora-2-beta-max'];

/**
 * The request the settings make (before the model's defaults): the model (`DEFAULT_MODEL`
 * when none is set), the prompt, the other settings, and `image` templated. A repository
 * image stands in as a Files API link (`LOCAL_IMAGE_PLACEHOLDER`) so the model's rules on
 * `image_urls` apply; it is returned to be read and checked.
 */
export function jobRequest(
  entry: VideoEntry,
  { settings, origins }: JobSettings,
  prompt: string,
  vars: Record<string, string | undefined>,
  problems: Problem[],
): { request: VideoRequest; localImages: PendingImage[] } {
  let image = settings.image;
  if (typeof image === 'string' && origins.image) {
    const { file, at } = origins.image;
    const r = renderTemplate(image, vars);
    for (const e of r.errors)
      problems.push({ file, ...at, field: 'image', message: e.message, fix: e.fix });
    image = r.text;
  }
  // Built from an empty object, which has room for four fields in itself (a `{ model, prompt }`
  // literal has room for two): the usual request then needs no property array, in the job and
  // in every copy of it (one per job and per result, kept for the whole run).
  const request = {} as VideoRequest;
  request.model = settings.model !== undefined ? (settings.model as string) : DEFAULT_MODEL;
  request.prompt = prompt;
  if (settings.model === undefined)
    origins.model = { file: entry.file, at: entry.at, via: 'model default' };
  for (const key of ['duration', 'aspect_ratio', 'quality', 'remove_watermark'] as const) {
    if (settings[key] !== undefined) (request as Record<string, unknown>)[key] = settings[key];
  }
  // Every other field of a `params:` map goes in as written; the model's rules check it.
  for (const [key, value] of Object.entries(settings)) {
    if (!(settingKeys as readonly string[]).includes(key) && value !== undefined)
      (request as Record<string, unknown>)[key] = value;
  }
  if (image !== undefined) request.image_urls = Array.isArray(image) ? image : [image as string];
  // A repository image is checked as a link of the Files API here; loadPlan reads it.
  const localImages: PendingImage[] = [];
  if (Array.isArray(request.image_urls) && origins.image) {
    const { file, at } = origins.image;
    request.image_urls = request.image_urls.map((value, index) => {
      if (typeof value !== 'string' || !isLocalImage(value)) return value;
      localImages.push({ index, value, file, at });
      return LOCAL_IMAGE_PLACEHOLDER;
    });
  }
  return { request, localImages };
}
