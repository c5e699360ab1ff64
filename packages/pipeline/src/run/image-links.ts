import path from 'node:path';
import { type Client, ClipwrightError, type Clock, type VideoRequest } from '@clipwright/core';
import type { Job, JobImage } from '../model/plan.ts';
import { imageRef } from '../model/plan.ts';
import { hashFile } from '../output/hash-file.ts';
import type { Journal } from './journal.ts';

/**
 * A link is reused only while it has at least this long to live (our assumption: the service
 * fetches the image when the task starts, minutes after the create, never hours).
 */
export const REUSE_MARGIN_MS = 60 * 60 * 1000;

/** Gives a job's request its uploaded image links, uploading each image at most once. */
export interface ImageLinks {
  /**
   * `request` (default the job's) with every `sha256:<hex>` entry of `image_urls` replaced by
   * the link of that image: one remembered in the journal while it lives, else a new upload.
   * Throws when the file changed since the plan, or the upload failed (typed core errors).
   */
  requestFor(job: Job, request?: VideoRequest): Promise<VideoRequest>;
  /**
   * Forgets the links of `job`'s images that were reused from the journal (not uploaded by
   * this run): the Files API keeps an upload 72 hours and may forget it sooner, so a create
   * refused with `invalid_image_url` uploads them again. Resolves whether any was forgotten
   * (false: every link is this run's own upload, and uploading again would not help).
   */
  forgetReused(job: Job): Promise<boolean>;
}

export function imageLinks(o: {
  journal: Journal;
  client: () => Client;
  clock: Clock;
  /** The plan's root: image paths are relative to it. */
  root: string;
}): ImageLinks {
  const inFlight = new Map<string, Promise<string>>();
  // Uploads made by this run: a link refused right after its upload is not uploaded again.
  const uploadedNow = new Set<string>();
  const keyOf = (image: JobImage) => `${new URL(o.client().files.baseUrl).origin} ${image.sha256}`;

  async function linkOf(image: JobImage, signal?: AbortSignal): Promise<string> {
    const client = o.client();
    const key = keyOf(image);
    const known = o.journal.upload(key);
    if (known && known.expiresAt - o.clock.now() > REUSE_MARGIN_MS) return known.url;
    const running = inFlight.get(key);
    if (running) return running;
    const upload = (async () => {
      const file = path.join(o.root, image.file);
      const now = await hashFile(file).catch(() => undefined);
      if (now?.sha256 !== image.sha256) {
        throw new ClipwrightError(
          `${image.file} changed (or went away) since the plan was made; not uploaded: run again to plan it anew`,
        );
      }
      const up = await client.files.upload({ path: file, mimeType: image.mimeType, signal });
      await o.journal.setUpload(
        key,
        { url: up.url, fileId: up.fileId, expiresAt: up.expiresAt },
        o.clock.now(),
      );
      uploadedNow.add(key);
      return up.url;
    })();
    inFlight.set(key, upload);
    try {
      return await upload;
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    async requestFor(job, request = job.request) {
      if (!job.images?.length) return request;
      const links = new Map<string, string>();
      for (const image of job.images) links.set(imageRef(image.sha256), await linkOf(image));
      return {
        ...request,
        image_urls: request.image_urls?.map((url) => links.get(url) ?? url),
      };
    },
    async forgetReused(job) {
      let forgot = false;
      for (const image of job.images ?? []) {
        const key = keyOf(image);
        if (uploadedNow.has(key) || !o.journal.upload(key)) continue;
        await o.journal.forgetUpload(key);
        forgot = true;
      }
      return forgot;
    },
  };
}
