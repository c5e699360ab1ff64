import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ClientTypes } from '@clipwright/core';
import { imageIssues, imageSizeIssues } from '@clipwright/core/internal';
import { imageSize } from 'image-size';
import type { Job, JobImage } from '../model/plan.ts';
import { imageRef } from '../model/plan.ts';
import type { Position, Problem } from '../model/problem.ts';
import { contentHash } from './content-hash.ts';
import { type PlanFileScope, scopeRefusal } from './read-plan-file.ts';

/**
 * What build-job validates in place of a repository image: a Files API link (the shape the
 * upload returns), so the model's rules on `image_urls` (how many, none at all) apply.
 */
export const LOCAL_IMAGE_PLACEHOLDER = 'https://files.evolink.ai/api/v1/files/download/file_local';

/** A repository image named by a video, before it is read. */
export interface PendingImage {
  /** Its position in `image_urls`. */
  index: number;
  /** As written (after templating), relative to `file`'s folder. */
  value: string;
  /** The file that names it (a prompt file or the manifest), relative to the root. */
  file: string;
  at: Position;
}

/**
 * Whether an `image:` value names a repository file rather than a link: it has no URL scheme
 * (`https:`, `data:`...). A one-letter "scheme" is a Windows drive (`C:\x.png`): a path, refused
 * as absolute.
 */
export function isLocalImage(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]+:/i.test(value.trim());
}

/**
 * Reads and checks a job's repository images with the prompt files' path rules (inside the
 * root, never through a symlink out of it or into `.git/` or the state folder, a regular file),
 * refusing one over 10 MB before reading it; then its format from its content (PNG, JPEG,
 * WebP), and the model's image rules (core's `imageIssues`). A valid job gets `images` and its
 * `image_urls` entries become `sha256:<hex>`, so the hash covers the image's content.
 */
export async function resolveImages(
  job: Job,
  pending: readonly PendingImage[],
  scope: PlanFileScope,
): Promise<{ job?: Job; problems: Problem[] }> {
  const problems: Problem[] = [];
  const images: JobImage[] = [];
  const urls = [...(job.request.image_urls ?? [])];
  for (const p of pending) {
    const problem = (message: string, fix: string) =>
      problems.push({ file: p.file, ...p.at, field: 'image', message, fix });
    const fromIssues = (issues: ClientTypes.ValidationIssue[]) => {
      for (const i of issues) problem(`${JSON.stringify(p.value)} ${i.message}`, i.fix ?? '');
      return issues.length > 0;
    };
    const read = await readImage(p, scope);
    if ('refused' in read) {
      problem(`${JSON.stringify(p.value)} ${read.refused.message}`, read.refused.fix);
      continue;
    }
    if (read.tooLarge !== undefined) {
      fromIssues(imageSizeIssues(read.tooLarge, p.index));
      continue;
    }
    const { bytes } = read;
    const size = sniff(bytes);
    const info = { format: size?.format, bytes: bytes.length, ...size?.dimensions };
    // Every model of the chain has its own image rules.
    const requests = job.chain?.map((m) => m.request) ?? [job.request];
    const issues = requests.flatMap((r) => imageIssues(r, info, p.index));
    if (fromIssues(issues.filter((i, n) => issues.findIndex((j) => j.message === i.message) === n)))
      continue;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    images.push({ file: read.file, sha256, bytes: bytes.length, mimeType: `image/${info.format}` });
    urls[p.index] = imageRef(sha256);
  }
  if (problems.length > 0) return { problems };
  const request = { ...job.request, image_urls: urls };
  const chain = job.chain?.map((m) => {
    const r = { ...m.request, image_urls: urls };
    return { ...m, request: r, hash: contentHash(r) };
  });
  return {
    job: { ...job, request, hash: contentHash(request), images, ...(chain && { chain }) },
    problems,
  };
}

type Read =
  | { refused: { message: string; fix: string } }
  | { tooLarge: number }
  | { tooLarge?: undefined; file: string; bytes: Uint8Array };

async function readImage(p: PendingImage, scope: PlanFileScope): Promise<Read> {
  const value = p.value.trim().replaceAll('\\', '/');
  const refused = (message: string, fix: string): Read => ({ refused: { message, fix } });
  if (value === '') return refused('is empty', 'name an image file, e.g. `image: assets/hero.png`');
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(p.value.trim())) {
    return refused(
      'is an absolute path',
      `give the image's path relative to ${p.file}, e.g. \`image: assets/hero.png\``,
    );
  }
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(p.file), value));
  if (file === '..' || file.startsWith('../')) {
    return refused(
      'is outside the repository, which is never read',
      'put the image inside the repository and name it relative to the file',
    );
  }
  const absolute = path.join(scope.root, file);
  const missing = refused(
    `does not exist (looked for ${file}, relative to ${p.file}'s folder)`,
    'fix the path, or add the image to the repository',
  );
  const info = await scope.fs.inspect?.(absolute);
  if (scope.fs.inspect && !info) return missing;
  if (info) {
    const refusal = scopeRefusal(scope, info, 'image');
    if (refusal) return { refused: refusal };
    if (imageSizeIssues(info.bytes).length > 0) return { tooLarge: info.bytes };
  }
  if (!scope.fs.readBytes) {
    return refused(
      'cannot be read from this source (it reads text only)',
      'plan from the work tree to use repository images',
    );
  }
  const bytes = await scope.fs.readBytes(absolute);
  if (!bytes) return missing;
  if (imageSizeIssues(bytes.length).length > 0) return { tooLarge: bytes.length };
  return { file, bytes };
}

/** The format and dimensions from the content (image-size reads the signature, not the name). */
function sniff(
  bytes: Uint8Array,
): { format: string; dimensions: { width?: number; height?: number } } | undefined {
  try {
    const { type, width, height } = imageSize(bytes);
    if (!type) return undefined;
    return { format: type === 'jpg' ? 'jpeg' : type, dimensions: { width, height } };
  } catch {
    return undefined; // not an image it knows, or a damaged one
  }
}
