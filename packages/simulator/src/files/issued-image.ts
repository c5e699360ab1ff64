import { ApiError, invalidParam } from '../http/api-error.ts';
import type { FileStore } from './file-store.ts';
import { fileIdOfPath } from './file-store.ts';

/** The largest input image a video create takes (shared/api/README.md: "at most 10 MB"). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** The image types a video create takes (the upload also stores GIFs). */
const videoImageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * For the create: whether `link` is on this server's origin, and if so that it names a file
 * this server issued that still lives, of a type and size a video takes. Links elsewhere are
 * checked by the usual external-URL rules instead (returns false).
 */
export function checkIssuedImage(
  link: URL,
  index: number,
  base: string,
  files: FileStore,
): boolean {
  if (base === '' || link.origin !== new URL(base).origin) return false;
  const field = `image_urls.${index}`;
  const id = fileIdOfPath(link.pathname);
  const file = id === undefined ? undefined : files.get(id);
  if (id === undefined || !file) {
    throw invalidParam(
      'image_urls',
      id !== undefined && files.issued(id)
        ? `${field}: the uploaded file ${id} has expired (uploaded files live 72 hours); upload it again`
        : `${field}: ${link.pathname} is not a file this server issued; upload the image first`,
      'invalid_image_url',
    );
  }
  if (!videoImageTypes.has(file.mimeType)) {
    throw invalidParam(
      'image_urls',
      `${field}: image_urls accepts .jpg, .jpeg, .png, .webp images, got ${file.mimeType}`,
    );
  }
  if (file.bytes.length > MAX_IMAGE_BYTES) {
    throw new ApiError(413, {
      code: 'request_too_large',
      message: `${field}: the image is ${file.bytes.length} bytes, over the limit of ${MAX_IMAGE_BYTES} (10 MB)`,
      type: 'request_too_large_error',
      param: 'image_urls',
    });
  }
  return true;
}
