import { createWriteStream as fsCreateWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import type { DownloadOptions, DownloadResult } from '../create-client.ts';
import {
  AbortError,
  asDiskError,
  ConnectionError,
  LinkExpiredError,
  UnexpectedResponseError,
  ValidationError,
} from '../errors.ts';
import { apiErrorFromResponse, transportError } from './errors-from-http.ts';
import { type FileHasher, fileHasher } from './file-hasher.ts';
import type { HttpSettings } from './http-settings.ts';
import { type ResultLinkRules, resultLinkProblem } from './result-link.ts';
import { undici } from './undici.ts';
import { withRetries } from './with-retries.ts';

const expiredStatuses = new Set([403, 404, 410]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Redirects followed per attempt (CDNs and signed URLs use one or two). */
export const MAX_REDIRECTS = 5;
/** Content types a video may arrive with (object stores often send a generic binary type). */
const videoTypes = /^(video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)\s*(;|$)/i;
/**
 * The file stream gathers what arrives during one write into the next writev. Measured on
 * the bench: larger buffers (in the body or the file stream) were slower, not faster (the
 * chunks fall out of the CPU cache before they are written). Memory stays flat.
 */
const FILE_HIGH_WATER_MARK = 1024 * 1024;
/** The hashing worker is told how far the file is written about every this many bytes. */
const HASH_STEP = 1024 * 1024;

/**
 * Streams `url` to a temporary file beside `destination`, hashing as it goes, then renames it.
 * Receiving, writing and hashing overlap: `pipeline(body → count → file)` on the main thread,
 * and a worker thread hashes the file behind the writer (`fileHasher`, from the page cache),
 * so the hash runs on another core instead of halving the speed. An interrupted
 * transfer resumes with Range; the length is checked against Content-Length.
 * The API key is never sent, on any hop: result links are pre-signed and may live on another
 * host. Each link and redirect target (at most `MAX_REDIRECTS` per attempt) is checked with
 * `resultLinkProblem` before it is fetched; an attempt after an interruption starts again from
 * `url` (a signed target may have expired). What arrives must be a video: a video (or generic
 * binary) Content-Type and an MP4 `ftyp` box, or the file is not kept.
 */
export async function downloadFile(
  http: HttpSettings,
  url: string,
  destination: string,
  options: DownloadOptions,
  effects: { randomUUID: () => string; createWriteStream?: typeof fsCreateWriteStream },
  rules: ResultLinkRules,
): Promise<DownloadResult> {
  const { randomUUID, createWriteStream = fsCreateWriteStream } = effects;
  let link: URL;
  try {
    link = new URL(url);
  } catch {
    throw new ValidationError([
      { field: 'url', message: 'must be an absolute https:// URL', received: url },
    ]);
  }
  const problem = resultLinkProblem(link, rules);
  if (problem) {
    throw new ValidationError([
      {
        field: 'url',
        message: `the result link is refused: ${problem}`,
        received: `${link.origin}${link.pathname}`,
        fix: 'download only the https:// links the API returned',
      },
    ]);
  }
  const { origin, pathname } = link;
  const what = `GET ${origin}${pathname}`;
  const { signal } = options;
  try {
    await mkdir(dirname(destination), { recursive: true });
  } catch (error) {
    throw asDiskError(error, dirname(destination)) ?? error;
  }
  const temporary = `${destination}.${randomUUID().slice(0, 8)}.part`;
  /** Hashes the temporary file up to what is on disk, whatever the attempts. */
  const hasher: FileHasher = fileHasher(temporary);
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
    await checkFtyp();
    const sha256 = await hasher.digest(bytes);
    await rename(temporary, destination);
    return { path: destination, bytes, sha256 };
  } catch (error) {
    await rm(temporary, { force: true });
    // A full, over-quota or read-only disk is not a network fault: reported, never retried.
    throw asDiskError(error, destination) ?? error;
  } finally {
    await hasher.close();
  }

  /** One HTTP attempt; true when the whole file is on disk. */
  async function attemptDownload(release: () => void): Promise<boolean> {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    const res = await follow();
    const { statusCode, headers } = res;
    if (statusCode !== 200 && statusCode !== 206) {
      const text = await res.body.text().catch(() => '');
      if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
      throw apiErrorFromResponse(statusCode, text, headers, http.clock.now());
    }
    const type = String(headers['content-type'] ?? 'application/octet-stream');
    if (!videoTypes.test(type)) {
      await res.body.dump();
      throw new UnexpectedResponseError(`${what} sent ${type}, not a video`, {
        status: statusCode,
      });
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
      hasher.reset();
      const length = Number(headers['content-length']); // NaN when absent
      total = Number.isFinite(length) ? length : undefined;
    }
    const start = bytes;
    let received = start;
    let told = start;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        // What the file stream has written so far can be hashed.
        const written = start + file.bytesWritten;
        if (written - told >= HASH_STEP) {
          hasher.advance(written);
          told = written;
        }
        options.onProgress?.({ bytes: received, ...(total !== undefined && { total }) });
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
      throw asDiskError(error, temporary) ?? transportError(error, signal, what);
    } finally {
      // What reached the disk (a failed pipeline drops what the file stream still buffered):
      // the file's size once closed. Not `start + file.bytesWritten`: a write in flight when
      // the failed pipeline destroyed the stream still lands, uncounted (seen on a loaded
      // machine: the resumed part was then appended after bytes the count left out).
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      bytes = (await stat(temporary).catch(() => undefined))?.size ?? start;
    }
    if (total !== undefined && bytes > total) {
      throw new UnexpectedResponseError(
        `${what} sent ${bytes} bytes, more than its length ${total}`,
      );
    }
    return total === undefined || bytes === total;
  }

  /** GETs `url`, following up to MAX_REDIRECTS redirects, each target checked first. No key is sent. */
  async function follow(): Promise<Dispatcher.ResponseData> {
    const { request } = await undici();
    let target = link;
    for (let hop = 0; ; hop++) {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(target, {
          method: 'GET',
          headers: bytes > 0 ? { range: `bytes=${bytes}-` } : {},
          dispatcher: await http.dispatcher(),
          headersTimeout: http.headersTimeoutMs,
          bodyTimeout: http.bodyTimeoutMs,
          signal,
        });
      } catch (error) {
        throw transportError(error, signal, what);
      }
      const location = res.headers.location;
      if (!redirectStatuses.has(res.statusCode) || typeof location !== 'string') return res;
      await res.body.dump();
      if (hop === MAX_REDIRECTS) {
        throw new UnexpectedResponseError(`${what} redirected more than ${MAX_REDIRECTS} times`);
      }
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        throw new UnexpectedResponseError(`${what} redirected to an invalid URL`);
      }
      const refused = resultLinkProblem(next, rules);
      if (refused) {
        throw new UnexpectedResponseError(
          `${what} redirected to ${next.origin}${next.pathname}, which is refused: ${refused}`,
        );
      }
      target = next;
    }
  }

  /** The file must start like an MP4: a box whose type (bytes 4-8) is `ftyp`. */
  async function checkFtyp(): Promise<void> {
    const file = await open(temporary, 'r');
    try {
      const head = Buffer.alloc(8);
      const { bytesRead } = await file.read(head, 0, 8, 0);
      if (bytesRead < 8 || head.toString('latin1', 4, 8) !== 'ftyp') {
        throw new UnexpectedResponseError(`${what} did not send an MP4 video (no ftyp box)`);
      }
    } finally {
      await file.close();
    }
  }
}
