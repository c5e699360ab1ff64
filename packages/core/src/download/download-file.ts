import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { OpenDownloadFile } from '../client/client-options.ts';
import type { DownloadOptions, DownloadResult } from '../client/create-client.ts';
import { asDiskError } from '../errors/disk-error.ts';
import { AbortError, ConnectionError, UnexpectedResponseError } from '../errors/request-errors.ts';
import { LinkExpiredError } from '../errors/task-errors.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { apiErrorFromResponse, transportError } from '../internal/errors-from-http.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { undici } from '../internal/undici.ts';
import { withRetries } from '../internal/with-retries.ts';
import { type ResultLinkRules, resultLinkProblem } from '../validation/result-link.ts';
import { type FileHasher, fileHasher } from './file-hasher.ts';
import { fileSink, openDownloadFile } from './file-writer.ts';

const expiredStatuses = new Set([403, 404, 410]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Redirects followed per attempt (CDNs and signed URLs use one or two). */
export const MAX_REDIRECTS = 5;
/** Content types a video may arrive with (object stores often send a generic binary type). */
const videoTypes = /^(video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)\s*(;|$)/i;
/** The most of an error answer's body kept for its message. */
const ERROR_BODY_CHARS = 64 * 1024;
/** The hashing worker is told how far the file is written about every this many bytes. */
const HASH_STEP = 1024 * 1024;

/**
 * Streams `url` to a temporary file beside `destination`, hashing as it goes, then renames it.
 * Receiving, writing and hashing overlap: `undici.stream` hands each body chunk to a sink that
 * writes it (`openDownloadFile`) on the main thread, and a worker thread hashes the file
 * behind the writer (`fileHasher`, from the page cache), so the hash runs on another core
 * instead of halving the speed. An interrupted
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
  effects: { randomUUID: () => string; openFile?: OpenDownloadFile },
  rules: ResultLinkRules,
): Promise<DownloadResult> {
  const { randomUUID, openFile = openDownloadFile } = effects;
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
    const { stream } = await undici();
    let target = link;
    for (let hop = 0; ; hop++) {
      const start = bytes;
      let answer: ErrorAnswer | undefined;
      let writing = false;
      let received = start;
      let told = start;
      try {
        // undici.stream hands the body straight to our sink (no Readable in between), which
        // writes each chunk before asking for the next: curl's speed on the bench.
        await stream(
          target,
          {
            method: 'GET',
            headers: bytes > 0 ? { range: `bytes=${bytes}-` } : {},
            dispatcher: await http.dispatcher(),
            headersTimeout: http.headersTimeoutMs,
            bodyTimeout: http.bodyTimeoutMs,
            signal,
          },
          ({ statusCode, headers }) => {
            if (statusCode !== 200 && statusCode !== 206) {
              answer = { statusCode, headers, text: '' };
              return collector(answer);
            }
            checkBody(statusCode, headers);
            release(); // not rate limited: other downloads from this host need not wait
            if (statusCode === 200) {
              // A full body: start over (the server ignored Range, or this is the first attempt).
              bytes = 0;
              received = 0;
              told = 0;
              hasher.reset();
            }
            writing = true;
            const file = openFile(temporary, statusCode === 206 ? 'a' : 'w');
            return fileSink(file, (n) => {
              received += n;
              // What is in the file can be hashed behind the writer.
              if (received - told >= HASH_STEP) {
                hasher.advance(received);
                told = received;
              }
              options.onProgress?.({ bytes: received, ...(total !== undefined && { total }) });
            });
          },
        );
      } catch (error) {
        if (error instanceof UnexpectedResponseError) throw error;
        throw asDiskError(error, temporary) ?? transportError(error, signal, what);
      } finally {
        // What reached the disk: the file's size (a write that failed half-way is on disk too).
        if (writing) bytes = (await stat(temporary).catch(() => undefined))?.size ?? start;
      }
      if (answer) {
        const { statusCode, headers, text } = answer;
        const location = headers.location;
        if (!redirectStatuses.has(statusCode) || typeof location !== 'string') {
          if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
          throw apiErrorFromResponse(statusCode, text, headers, http.clock.now());
        }
        target = redirectTarget(target, location, hop);
        continue;
      }
      if (total !== undefined && bytes > total) {
        throw new UnexpectedResponseError(
          `${what} sent ${bytes} bytes, more than its length ${total}`,
        );
      }
      return total === undefined || bytes === total;
    }
  }

  /** A 200 or 206 must carry a video, and a 206 the range asked for; sets `total`. */
  function checkBody(statusCode: number, headers: Headers): void {
    const type = String(headers['content-type'] ?? 'application/octet-stream');
    if (!videoTypes.test(type)) {
      throw new UnexpectedResponseError(`${what} sent ${type}, not a video`, {
        status: statusCode,
      });
    }
    if (statusCode === 206) {
      const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(headers['content-range'] ?? ''));
      if (!range || Number(range[1]) !== bytes) {
        throw new UnexpectedResponseError(
          `${what} answered a range request with ${headers['content-range']}`,
        );
      }
      if (range[3] !== '*') total = Number(range[3]);
    } else {
      const length = Number(headers['content-length']); // NaN when absent
      total = Number.isFinite(length) ? length : undefined;
    }
  }

  /** The next hop of a redirect (at most MAX_REDIRECTS), its target checked first. No key is sent. */
  function redirectTarget(from: URL, location: string, hop: number): URL {
    if (hop === MAX_REDIRECTS) {
      throw new UnexpectedResponseError(`${what} redirected more than ${MAX_REDIRECTS} times`);
    }
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw new UnexpectedResponseError(`${what} redirected to an invalid URL`);
    }
    const refused = resultLinkProblem(next, rules);
    if (refused) {
      throw new UnexpectedResponseError(
        `${what} redirected to ${next.origin}${next.pathname}, which is refused: ${refused}`,
      );
    }
    return next;
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

type Headers = Record<string, string | string[] | undefined>;

/** A response that is not the video (an error or a redirect): its status, headers and text. */
interface ErrorAnswer {
  statusCode: number;
  headers: Headers;
  text: string;
}

/** A sink keeping the first ERROR_BODY_CHARS of an error answer's body as text. */
function collector(answer: ErrorAnswer): Writable {
  const decoder = new StringDecoder('utf8');
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (answer.text.length < ERROR_BODY_CHARS) answer.text += decoder.write(chunk);
      done();
    },
    final(done) {
      answer.text = (answer.text + decoder.end()).slice(0, ERROR_BODY_CHARS);
      done();
    },
  });
}
