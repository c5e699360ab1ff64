import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { request } from 'undici';
import {
  AbortError,
  ConnectionError,
  LinkExpiredError,
  UnexpectedResponseError,
} from '../errors.ts';
import { retryDelay } from '../retry-policy.ts';
import { apiErrorFromResponse, transportError } from './errors-from-http.ts';
import { type HttpSettings, isRetryable, sleep } from './http.ts';

export interface DownloadOptions {
  signal?: AbortSignal;
  onProgress?: (p: { bytes: number; total?: number }) => void;
}

const expiredStatuses = new Set([403, 404, 410]);

/**
 * Streams `url` to a temporary file beside `destination`, hashing as it goes, then renames it.
 * An interrupted transfer resumes with Range; the length is checked against Content-Length.
 * The API key is never sent: result links are pre-signed and may live on another host.
 */
export async function downloadFile(
  http: HttpSettings,
  url: string,
  destination: string,
  options: DownloadOptions,
  randomUUID: () => string,
): Promise<{ path: string; bytes: number; sha256: string }> {
  const what = `GET ${new URL(url).origin}${new URL(url).pathname}`;
  await mkdir(dirname(destination), { recursive: true });
  const temporary = `${destination}.${randomUUID().slice(0, 8)}.part`;
  let hash = createHash('sha256');
  let bytes = 0;
  let total: number | undefined;
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const done = await attemptDownload();
        if (done) break;
        throw new ConnectionError(`${what} ended after ${bytes} of ${total} bytes`);
      } catch (error) {
        if (error instanceof AbortError || !(error instanceof Error)) throw error;
        if (attempt >= http.maxRetries || !isRetryable(error)) throw error;
        const delayMs = retryDelay(
          attempt,
          http.retry,
          (error as { retryAfterMs?: number }).retryAfterMs,
        );
        http.onRetry?.({ request: what, attempt: attempt + 1, delayMs, error });
        http.logger.warn?.(`resuming ${what}`, {
          attempt: attempt + 1,
          bytes,
          error: error.message,
        });
        await sleep(http.clock, delayMs, options.signal, what);
      }
    }
    await rename(temporary, destination);
    return { path: destination, bytes, sha256: hash.digest('hex') };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }

  /** One HTTP attempt; true when the whole file is on disk. */
  async function attemptDownload(): Promise<boolean> {
    if (options.signal?.aborted)
      throw new AbortError(`${what} was aborted`, { cause: options.signal.reason });
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(url, {
        method: 'GET',
        headers: bytes > 0 ? { range: `bytes=${bytes}-` } : {},
        dispatcher: http.dispatcher,
        headersTimeout: http.headersTimeoutMs,
        bodyTimeout: http.bodyTimeoutMs,
        signal: options.signal,
      });
    } catch (error) {
      throw transportError(error, options.signal, what);
    }
    const { statusCode, headers } = res;
    if (statusCode !== 200 && statusCode !== 206) {
      const text = await res.body.text().catch(() => '');
      if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
      throw apiErrorFromResponse(statusCode, text, headers, http.clock.now());
    }
    if (statusCode === 206) {
      const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(headers['content-range'] ?? ''));
      if (!range || Number(range[1]) !== bytes) {
        await res.body.dump();
        throw new UnexpectedResponseError(
          `${what} answered a range request with ${headers['content-range']}`,
        );
      }
      if (range[3] !== '*') total = Number(range[3]);
    } else {
      // A full body: start over (the server ignored Range, or this is the first attempt).
      bytes = 0;
      hash = createHash('sha256');
      const length = Number(headers['content-length']);
      total =
        Number.isFinite(length) && headers['content-length'] !== undefined ? length : undefined;
    }
    // Written chunk by chunk, counted and hashed only once on disk, so a failed attempt
    // leaves the file, the count and the hash in step for the Range resume (flat memory:
    // one chunk in flight, and for-await gives back-pressure).
    const file = await open(temporary, bytes > 0 ? 'a' : 'w');
    try {
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        await file.write(chunk);
        hash.update(chunk);
        bytes += chunk.length;
        options.onProgress?.({ bytes, ...(total !== undefined && { total }) });
      }
    } catch (error) {
      throw transportError(error, options.signal, what);
    } finally {
      await file.close();
    }
    if (total !== undefined && bytes > total) {
      throw new UnexpectedResponseError(
        `${what} sent ${bytes} bytes, more than its length ${total}`,
      );
    }
    return total === undefined || bytes === total;
  }
}
