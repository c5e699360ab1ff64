import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../account/auth.ts';
import type { SimContext } from '../context.ts';
import { applyEarlyFaults } from '../faults/apply-faults.ts';
import { fileLinks, sniffImage } from '../files/file-store.ts';
import { ApiError } from '../http/api-error.ts';
import { readBodyBytes } from '../http/read-body.ts';
import { sendJson } from '../http/respond.ts';

/**
 * The Files API's own envelope (docs.evolink.ai/en/api-manual/file-series/upload-stream:
 * `{ success, code, msg, data }`). Its error bodies are not documented: the vendor's clients
 * read `success: false` with `code` and `msg`, so errors are that, under the HTTP status
 * (our assumption).
 */
class FilesError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Room for the multipart framing around the file (boundaries, headers, other fields). */
const MULTIPART_OVERHEAD = 64 * 1024;

/** POST /api/v1/files/upload/stream: one image as `multipart/form-data` field `file`. */
export async function handleUpload(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let apiKey: string;
  try {
    apiKey = authenticate(req, ctx.keys);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await readBodyBytes(req, 0).catch(() => undefined);
    return sendFilesError(res, new FilesError(401, 'Invalid or expired token'));
  }
  const rules = await applyEarlyFaults(ctx, 'upload', res);
  if (!rules) return;
  try {
    const stored = await storeUpload(ctx, req, apiKey);
    ctx.counters.uploads++;
    const { fileUrl, downloadUrl } = fileLinks(ctx.baseUrl(), stored);
    sendJson(res, 200, {
      success: true,
      code: 200,
      msg: 'File uploaded successfully',
      data: {
        file_id: stored.id,
        file_name: stored.fileName,
        original_name: stored.originalName,
        file_size: stored.bytes.length,
        mime_type: stored.mimeType,
        upload_path: stored.uploadPath,
        file_url: fileUrl,
        download_url: downloadUrl,
        upload_time: new Date(stored.uploadedAt).toISOString(),
        expires_at: new Date(stored.expiresAt).toISOString(),
      },
    });
  } catch (error) {
    if (error instanceof FilesError) return sendFilesError(res, error);
    if (error instanceof ApiError && error.status === 413) {
      return sendFilesError(res, new FilesError(413, tooLarge(ctx.files.maxBytes)));
    }
    throw error;
  }
}

async function storeUpload(ctx: SimContext, req: IncomingMessage, apiKey: string) {
  const { files } = ctx;
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data;/i.test(type)) {
    await readBodyBytes(req, 0).catch(() => undefined);
    throw new FilesError(400, 'Content-Type must be multipart/form-data with a `file` field');
  }
  const body = await readBodyBytes(req, files.maxBytes + MULTIPART_OVERHEAD);
  let form: FormData;
  try {
    // Node's own fetch parser (undici) reads the multipart body: no hand-written parser.
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new FilesError(400, 'The multipart/form-data body could not be parsed');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new FilesError(400, 'The `file` field is required');
  if (form.getAll('file').length > 1) {
    throw new FilesError(400, 'Only 1 file per request is supported');
  }
  if (file.size > files.maxBytes) throw new FilesError(413, tooLarge(files.maxBytes));
  if (file.size === 0) throw new FilesError(400, 'The file is empty');
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = sniffImage(bytes);
  if (!kind) {
    throw new FilesError(
      400,
      'Unsupported file type: only image/jpeg, image/png, image/gif and image/webp are accepted',
    );
  }
  if (files.liveCount(apiKey) >= files.quota) {
    throw new FilesError(
      403,
      `File quota exhausted: ${files.quota} files; uploaded files expire after 72 hours`,
    );
  }
  const text = (name: string, alias: string) => {
    const value = form.get(name) ?? form.get(alias);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const originalName = 'name' in file && typeof file.name === 'string' ? file.name : 'upload';
  const uploadPath = text('upload_path', 'uploadPath') ?? 'images';
  return files.add({
    apiKey,
    bytes,
    mimeType: kind.mimeType,
    extension: kind.extension,
    originalName,
    fileName: text('file_name', 'fileName') ?? originalName,
    uploadPath,
  });
}

const tooLarge = (max: number) => `File too large: at most ${max} bytes per file`;

function sendFilesError(res: ServerResponse, error: FilesError): void {
  sendJson(res, error.status, { success: false, code: error.status, msg: error.message });
}

/** GET|HEAD of an issued link (`download_url` or `file_url`): the bytes, no auth, until expiry. */
export function handleUploadedFile(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string,
): void {
  const file = ctx.files.get(fileId);
  if (!file) {
    sendJson(res, 404, { success: false, code: 404, msg: 'File not found or expired' });
    return;
  }
  res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length });
  res.end(req.method === 'HEAD' ? undefined : file.bytes);
}
