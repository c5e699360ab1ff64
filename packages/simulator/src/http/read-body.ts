import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.ts';

/** Reads a request body up to `limit` bytes; past it, 413 `request_too_large_error`. */
export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return (await readBodyBytes(req, limit)).toString('utf8');
}

/**
 * The body's bytes up to `limit`; past it, the rest is read and dropped (so the client, still
 * sending, gets the answer instead of a broken pipe), then 413 `request_too_large_error`.
 */
export async function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) {
    throw new ApiError(413, {
      code: 'request_too_large',
      message: `Request body exceeds ${limit} bytes`,
      type: 'request_too_large_error',
    });
  }
  return Buffer.concat(chunks);
}
