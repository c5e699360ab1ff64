import { stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { asDiskError } from '../errors/disk-error.ts';
import { AbortError, UnexpectedResponseError } from '../errors/request-errors.ts';
import { LinkExpiredError } from '../errors/task-errors.ts';
import { apiErrorFromResponse, transportError } from '../internal/errors-from-http.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { undici } from '../internal/undici.ts';
import type { ResultLinkRules } from '../validation/result-link.ts';
import type { FileHasher } from './file-hasher.ts';
import { fileSink } from './file-writer.ts';
import {
  checkBody,
  collector,
  type ErrorAnswer,
  isRedirect,
  redirectTarget,
} from './response-checks.ts';
import type { DownloadOptions, OpenDownloadFile } from './types.ts';

/** The hashing worker is told how far the file is written about every this many bytes. */
const HASH_STEP = 1024 * 1024;
/** Statuses that mean the result link has expired. */
const expiredStatuses = new Set([403, 404, 410]);

/** One download across its attempts: what it fetches, where to, and how far it got. */
export interface Transfer {
  readonly http: HttpSettings;
  /** The checked result link; every attempt starts from it. */
  readonly link: URL;
  readonly rules: ResultLinkRules;
  /** `GET <origin><path>`, for messages (no query: signed links carry secrets there). */
  readonly what: string;
  /** The file beside the destination that the bytes go to. */
  readonly temporary: string;
  /** Hashes the temporary file up to what is on disk, whatever the attempts. */
  readonly hasher: FileHasher;
  readonly openFile: OpenDownloadFile;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: DownloadOptions['onProgress'];
  /** Bytes in the temporary file. */
  bytes: number;
  /** The whole file's length, when the server said. */
  total: number | undefined;
}

/**
 * One HTTP attempt, following redirects (each target checked); true when the whole file is
 * on disk, false when the body ended early (the caller retries, resuming with Range).
 */
export async function attemptDownload(t: Transfer, release: () => void): Promise<boolean> {
  if (t.signal?.aborted) {
    throw new AbortError(`${t.what} was aborted`, { cause: t.signal.reason });
  }
  let target = t.link;
  for (let hop = 0; ; hop++) {
    const answer = await requestHop(t, target, release);
    if (answer) {
      const { statusCode, headers, text } = answer;
      const location = headers.location;
      if (!isRedirect(statusCode) || typeof location !== 'string') {
        if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
        throw apiErrorFromResponse(statusCode, text, headers, t.http.clock.now());
      }
      target = redirectTarget(t.what, t.rules, target, location, hop);
      continue;
    }
    if (t.total !== undefined && t.bytes > t.total) {
      throw new UnexpectedResponseError(
        `${t.what} sent ${t.bytes} bytes, more than its length ${t.total}`,
      );
    }
    return t.total === undefined || t.bytes === t.total;
  }
}

/**
 * One request to `target`: a 200 or 206 streams into the temporary file (then `undefined`),
 * anything else is collected as an `ErrorAnswer` (an error or a redirect).
 */
async function requestHop(
  t: Transfer,
  target: URL,
  release: () => void,
): Promise<ErrorAnswer | undefined> {
  const { stream } = await undici();
  const start = t.bytes;
  let answer: ErrorAnswer | undefined;
  let writing = false;
  try {
    // undici.stream hands the body straight to our sink (no Readable in between), which
    // writes each chunk before asking for the next: curl's speed on the bench. `request` with
    // `for await` over the body cost about 10 % more CPU on the main thread per GiB, and a
    // raw `dispatch` handler no less than `stream` (2026-12-08).
    await stream(
      target,
      {
        method: 'GET',
        headers: t.bytes > 0 ? { range: `bytes=${t.bytes}-` } : {},
        dispatcher: await t.http.dispatcher(),
        headersTimeout: t.http.headersTimeoutMs,
        bodyTimeout: t.http.bodyTimeoutMs,
        signal: t.signal,
      },
      ({ statusCode, headers }) => {
        if (statusCode !== 200 && statusCode !== 206) {
          answer = { statusCode, headers, text: '' };
          return collector(answer);
        }
        t.total = checkBody(t.what, t.bytes, t.total, statusCode, headers);
        release(); // not rate limited: other downloads from this host need not wait
        writing = true;
        return videoSink(t, statusCode);
      },
    );
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw asDiskError(error, t.temporary) ?? transportError(error, t.signal, t.what);
  } finally {
    // What reached the disk: the file's size (a write that failed half-way is on disk too).
    if (writing) t.bytes = (await stat(t.temporary).catch(() => undefined))?.size ?? start;
  }
  return answer;
}

/**
 * The sink of a 200 (the whole file: start over) or a 206 (the rest: append). It reports
 * progress per chunk and lets the hasher follow the writer.
 */
function videoSink(t: Transfer, statusCode: number): Writable {
  if (statusCode === 200) {
    // A full body: start over (the server ignored Range, or this is the first attempt).
    t.bytes = 0;
    t.hasher.reset();
  }
  let received = t.bytes;
  let told = t.bytes;
  const file = t.openFile(t.temporary, statusCode === 206 ? 'a' : 'w');
  return fileSink(file, (n) => {
    received += n;
    // What is in the file can be hashed behind the writer.
    if (received - told >= HASH_STEP) {
      t.hasher.advance(received);
      told = received;
    }
    t.onProgress?.({ bytes: received, ...(t.total !== undefined && { total: t.total }) });
  });
}
