import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type ApiError, apiErrorFromStatus } from '../errors/api-error.ts';
import { ClipwrightError } from '../errors/clipwright-error.ts';
import { AbortError, UnexpectedResponseError } from '../errors/request-errors.ts';
import { apiErrorFromResponse, requestIdOf } from '../internal/errors-from-http.ts';
import { sendForText } from '../internal/http.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { undici } from '../internal/undici.ts';
import { withRetries } from '../internal/with-retries.ts';
import { parseRetryAfter } from '../policies/retry-policy.ts';

/*
 * EvoLink's Files API. Vendor facts (docs.evolink.ai/en/api-manual/file-series/upload-stream,
 * upload-base64, upload-url, quota): base `https://files-api.evolink.ai`, the same bearer key;
 * `POST /api/v1/files/upload/stream` takes `multipart/form-data` with one `file` (image/jpeg,
 * image/png, image/gif or image/webp) and optional `upload_path` / `file_name`; it answers
 * `{ success, code, msg, data: { file_id, file_name, original_name, file_size, mime_type,
 * upload_path, file_url, download_url, upload_time, expires_at } }`; files expire after 72 h;
 * the default user group holds at most 2000 files, and uploads fail once the quota is used.
 * From the vendor's clients (@evolinkai/evolink-media, EvoLinkAI/evolink-mcp): error bodies are
 * `{ success: false, code, msg }` (also under HTTP 200), at most 100 MB per file, a quota of
 * 100 files (500 VIP), and `file_url` is the link to put in `image_urls`.
 * Our assumptions: an upload costs no credits, so a retry after a lost answer is safe (at worst
 * one more file counts against the quota until it expires); without an `expires_at` a link
 * lives 72 h from its upload.
 */

/** Documented lifetime of an uploaded file and its links: 72 hours. */
export const UPLOAD_TTL_MS = 72 * 60 * 60 * 1000;

/** Options of `files.upload`. */
export interface UploadFileOptions {
  /**
   * The local file to send; streamed from disk on each attempt, never read whole.
   * @example 'assets/hero.png'
   */
  path: string;
  /**
   * The part's content type (the server sniffs the type when it is generic).
   * @default 'application/octet-stream'
   * @example 'image/png'
   */
  mimeType?: string;
  /**
   * `file_name` on the server.
   * @default the server's choice (a unique name)
   */
  fileName?: string;
  /**
   * `upload_path` on the server.
   * @default the server's choice (by file type)
   */
  uploadPath?: string;
  /**
   * Aborts the upload (and any back-off sleep) with an `AbortError`.
   * @default undefined (never aborted)
   */
  signal?: AbortSignal;
}

/** An uploaded file: the link to give as an `image_urls` entry, and until when it works. */
export interface UploadedFile {
  fileId: string;
  /** The link for `image_urls`: `file_url`, else `download_url`. */
  url: string;
  fileUrl: string | undefined;
  downloadUrl: string | undefined;
  bytes: number | undefined;
  mimeType: string | undefined;
  /** When the file and its links expire (ms since the epoch): `expires_at`, else upload + 72 h. */
  expiresAt: number;
  requestId: string | undefined;
}

const uploadBody = z.looseObject({
  success: z.boolean().optional(),
  data: z.looseObject({
    file_id: z.string().min(1),
    file_url: z.string().optional(),
    download_url: z.string().optional(),
    file_size: z.number().optional(),
    mime_type: z.string().optional(),
    upload_time: z.string().optional(),
    expires_at: z.string().optional(),
  }),
});

const ROUTE = 'POST /api/v1/files/upload/stream';

/**
 * Streams one file to the Files API with the client's timeouts, rate-limit gate and retries
 * (network errors, 408, 429, 5xx). `http.baseUrl` is the Files API's base.
 */
export function uploadFile(http: HttpSettings, options: UploadFileOptions): Promise<UploadedFile> {
  return withRetries(
    http,
    { what: ROUTE, route: ROUTE, signal: options.signal, repeatable: true, retryRateLimit: true },
    () => attemptUpload(http, options),
  );
}

async function attemptUpload(http: HttpSettings, o: UploadFileOptions): Promise<UploadedFile> {
  if (o.signal?.aborted) throw new AbortError(`${ROUTE} was aborted`, { cause: o.signal.reason });
  let file: Blob;
  try {
    // A Blob backed by the file: undici streams it, and fails if the file changes meanwhile.
    file = await openAsBlob(o.path, { type: o.mimeType ?? 'application/octet-stream' });
  } catch (error) {
    throw new ClipwrightError(`cannot read the file to upload: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { FormData } = await undici();
  const form = new FormData();
  form.append('file', file, path.basename(o.path));
  if (o.uploadPath) form.append('upload_path', o.uploadPath);
  if (o.fileName) form.append('file_name', o.fileName);
  const { status, text, headers } = await sendForText(
    http,
    new URL('/api/v1/files/upload/stream', http.baseUrl),
    {
      method: 'POST',
      headers: { authorization: `Bearer ${http.apiKey()}`, accept: 'application/json' },
      body: form,
      signal: o.signal,
      what: ROUTE,
    },
  );
  const requestId = requestIdOf(headers);
  http.logger.debug?.(`${ROUTE} -> ${status}`, { requestId });
  const body = parseJson(text);
  if (status < 200 || status >= 300 || body?.success === false) {
    throw filesError(status, text, body, headers, http.clock.now());
  }
  const parsed = uploadBody.safeParse(body);
  if (!parsed.success) {
    throw new UnexpectedResponseError(`${ROUTE} returned ${status} without a file id`, {
      status,
      requestId,
    });
  }
  const d = parsed.data.data;
  const url = d.file_url || d.download_url;
  if (!url || !URL.canParse(url)) {
    throw new UnexpectedResponseError(`${ROUTE} returned no valid file link`, {
      status,
      requestId,
    });
  }
  const uploadedAt = Date.parse(d.upload_time ?? '');
  const expires = Date.parse(d.expires_at ?? '');
  return {
    fileId: d.file_id,
    url,
    fileUrl: d.file_url,
    downloadUrl: d.download_url,
    bytes: d.file_size,
    mimeType: d.mime_type,
    expiresAt: Number.isFinite(expires)
      ? expires
      : (Number.isFinite(uploadedAt) ? uploadedAt : http.clock.now()) + UPLOAD_TTL_MS,
    requestId,
  };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The typed error of a refused upload. The gateway's `{ error: {...} }` is read as for every
 * call; the Files API's `{ success: false, code, msg }` gives the message, and its numeric
 * `code` the status when it came under a 2xx.
 */
function filesError(
  status: number,
  text: string,
  body: Record<string, unknown> | undefined,
  headers: Record<string, string | string[] | undefined>,
  now: number,
): ApiError | UnexpectedResponseError {
  if (body && typeof body.error === 'object')
    return apiErrorFromResponse(status, text, headers, now);
  const code = body?.code;
  const effective =
    status >= 300 ? status : typeof code === 'number' && code >= 400 && code < 600 ? code : 0;
  const requestId = requestIdOf(headers);
  if (effective === 0) {
    return new UnexpectedResponseError(`${ROUTE} answered ${status} with success: false`, {
      status,
      requestId,
    });
  }
  const msg = typeof body?.msg === 'string' && body.msg !== '' ? body.msg : undefined;
  return apiErrorFromStatus({
    status: effective,
    message: msg ?? (text.trim().slice(0, 200) || `HTTP ${effective} with an empty body`),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    requestId,
    retryAfterMs: parseRetryAfter(headers['retry-after'], now),
  });
}
