import type { ValidationIssue } from '../errors/validation-error.ts';
import type { ModelSpec } from '../models/model-spec.ts';
import { getModel, models } from '../models/models.ts';
import type { VideoRequest } from '../types.ts';

/** The largest input image a create takes (shared/api/README.md: "at most 10 MB"; read as MiB). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Image formats a create takes (the docs: .jpg/.jpeg/.png/.webp; the Files API also stores GIF). */
export const imageFormats = ['png', 'jpeg', 'webp'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** What is known of a local image before it is uploaded: its real format, size and dimensions. */
export interface ImageInfo {
  /** From the file's first bytes (not its extension); `undefined` when it is no known image. */
  format: string | undefined;
  bytes: number;
  width?: number;
  height?: number;
}

/**
 * Problems of one image for `request` (after `applyDefaults`), before it is uploaded: its
 * format, its size, and the model's own rules (`ModelSpec.images`: an image that must have the
 * aspect ratio exactly, as sora-2-preview's page says). The field is `image_urls.<index>`.
 * How many images a model takes is `validateRequest`'s check.
 */
export function imageIssues(
  request: VideoRequest,
  image: ImageInfo,
  index = 0,
  registry: readonly ModelSpec[] = models,
): ValidationIssue[] {
  const field = `image_urls.${index}`;
  const issues: ValidationIssue[] = [];
  if (!(imageFormats as readonly (string | undefined)[]).includes(image.format)) {
    issues.push({
      field,
      message: `is ${image.format ? `a ${image.format.toUpperCase()} image` : 'not a PNG, JPEG or WebP image'} (read from its content, not its name); the API takes PNG, JPEG and WebP`,
      received: image.format,
      allowed: imageFormats,
      fix: 'convert it to PNG, JPEG or WebP',
    });
  }
  const spec = getModel(request.model, registry);
  issues.push(...imageSizeIssues(image.bytes, index, spec?.images?.maxBytes));
  const ratio = typeof request.aspect_ratio === 'string' ? request.aspect_ratio : undefined;
  const { width, height } = image;
  if (spec?.images?.matchAspectRatio && ratio && width && height) {
    const wanted = parseRatio(ratio);
    const matches =
      wanted &&
      (wanted.exact
        ? width === wanted.w && height === wanted.h
        : width * wanted.h === height * wanted.w);
    if (wanted && !matches) {
      issues.push({
        field,
        message: `is ${width}x${height}, but ${spec.name} needs an image of the aspect ratio ${ratio} exactly`,
        received: `${width}x${height}`,
        fix: wanted.exact
          ? `resize the image to ${wanted.w}x${wanted.h}, or change aspect_ratio`
          : `crop the image to ${ratio} (e.g. ${wanted.w * 80}x${wanted.h * 80}), or change aspect_ratio`,
      });
    }
  }
  return issues;
}

/**
 * The size check alone, for a caller that refuses a large file before reading it. `max` is the
 * model's own limit (from its docs, e.g. Hailuo's 20 MB), at most `MAX_IMAGE_BYTES`: larger
 * files are never read from a repository.
 */
export function imageSizeIssues(
  bytes: number,
  index = 0,
  max: number = MAX_IMAGE_BYTES,
): ValidationIssue[] {
  const limit = Math.min(max, MAX_IMAGE_BYTES);
  if (bytes <= limit) return [];
  const mb = limit / (1024 * 1024);
  return [
    {
      field: `image_urls.${index}`,
      message: `is ${bytes} bytes, over ${max < MAX_IMAGE_BYTES ? "the model's" : "the API's"} limit of ${limit} bytes (${mb} MB) per image`,
      received: bytes,
      fix: `compress or scale the image down below ${mb} MB`,
    },
  ];
}

/** `16:9` → a ratio; `1280x720` → exact dimensions. */
function parseRatio(value: string): { w: number; h: number; exact: boolean } | undefined {
  const m = /^(\d+)\s*([:x])\s*(\d+)$/.exec(value);
  if (!m) return undefined;
  const w = Number(m[1]);
  const h = Number(m[3]);
  return w > 0 && h > 0 ? { w, h, exact: m[2] === 'x' } : undefined;
}
