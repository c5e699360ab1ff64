import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { request } from 'undici';
import type { DownloadOptions, DownloadResult } from '../create-client.ts';
import {
  AbortError,
  ConnectionError,
  LinkExpiredError,
  UnexpectedResponseError,
} from '../errors.ts';
import { apiErrorFromResponse, transportError } from './errors-from-http.ts';
import type { HttpSettings } from './http-settings.ts';
import { withRetries } from './with-retries.ts';

const expiredStatuses = new Set([403, 404, 410]);
/**
 * The file stream gathers what arrives during one write into the next writev. Measured on
 * the bench: larger buffers (in the body or the file stream) were slower, not faster (the
 * chunks fall out of the CPU cache before they are written). Memory stays flat.
 */
const FILE_HIGH_WATER_MARK = 1024 * 1024;

/**
 * Streams `url` to a temporary file beside `destination`, hashing as it goes, then renames it.
 * Receiving, hashing and writing overlap: `pipeline(body → hash/count → file)`. An interrupted
 * transfer resumes with Range; the length is checked against Content-Length.
 * The API key is never sent: result links are pre-signed and may live on another host.
 */
export async function downloadFile(
  http: HttpSettings,
  url: string,
  destination: string,
  options: DownloadOptions,
  randomUUID: () => string,
): Promise<DownloadResult> {
  const { origin, pathname } = new URL(url);
  const what = `GET ${origin}${pathname}`;
  const { signal } = options;
  await mkdir(dirname(destination), { recursive: true });
  const temporary = `${destination}.${randomUUID().slice(0, 8)}.part`;
  let hash = createHash('sha256');
  /** Bytes the hash covers; after an interrupted attempt it may run ahead of the disk. */
  let hashed = 0;
  /** Bytes in the temporary file. */
  let bytes = 0;
  let total: number | undefined;
  try {
    await withRetries(
      http,
      {
        what,
        route: `GET ${origin} (download)`,
        signal,
        repeatable: true,
        retryRateLimit: true,
        logMessage: 'resuming',
        logFields: () => ({ bytes }),
      },
      async (release) => {
        if (await attemptDownload(release)) return;
        throw new ConnectionError(`${what} ended after ${bytes} of ${total} bytes`);
      },
    );
    await rename(temporary, destination);
    return { path: destination, bytes, sha256: hash.digest('hex') };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }

  /** One HTTP attempt; true when the whole file is on disk. */
  async function attemptDownload(release: () => void): Promise<boolean> {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    if (bytes > 0 && hashed !== bytes) await rehash();
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(url, {
        method: 'GET',
        headers: bytes > 0 ? { range: `bytes=${bytes}-` } : {},
        dispatcher: http.dispatcher,
        headersTimeout: http.headersTimeoutMs,
        bodyTimeout: http.bodyTimeoutMs,
        signal,
      });
    } catch (error) {
      throw transportError(error, signal, what);
    }
    const { statusCode, headers } = res;
    if (statusCode !== 200 && statusCode !== 206) {
      const text = await res.body.text().catch(() => '');
      if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
      throw apiErrorFromResponse(statusCode, text, headers, http.clock.now());
    }
    release(); // not rate limited: other downloads from this host need not wait for this one
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
      hashed = 0;
      const length = Number(headers['content-length']); // NaN when absent
      total = Number.isFinite(length) ? length : undefined;
    }
    const start = bytes;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        hashed += chunk.length;
        options.onProgress?.({ bytes: hashed, ...(total !== undefined && { total }) });
        done(null, chunk);
      },
    });
    const file = createWriteStream(temporary, {
      flags: start > 0 ? 'a' : 'w',
      highWaterMark: FILE_HIGH_WATER_MARK,
    });
    try {
      await pipeline(res.body, tap, file);
    } catch (error) {
      throw transportError(error, signal, what);
    } finally {
      // What reached the disk (a failed pipeline drops what the file stream still buffered).
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      bytes = start + file.bytesWritten;
    }
    if (total !== undefined && bytes > total) {
      throw new UnexpectedResponseError(
        `${what} sent ${bytes} bytes, more than its length ${total}`,
      );
    }
    return total === undefined || bytes === total;
  }

  /** Re-hashes the part already on disk (streamed), so the hash covers exactly the file. */
  async function rehash(): Promise<void> {
    hash = createHash('sha256');
    hashed = 0;
    for await (const chunk of createReadStream(temporary, {
      end: bytes - 1,
      highWaterMark: FILE_HIGH_WATER_MARK,
    }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      hashed += chunk.length;
    }
    if (hashed !== bytes) {
      throw new UnexpectedResponseError(
        `${what}: the partial file holds ${hashed} of ${bytes} bytes`,
      );
    }
  }
}
