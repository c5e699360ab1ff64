import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { asDiskError } from '../errors/disk-error.ts';
import { ConnectionError } from '../errors/request-errors.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { withRetries } from '../internal/with-retries.ts';
import { type ResultLinkRules, resultLinkProblem } from '../validation/result-link.ts';
import { attemptDownload, type Transfer } from './download-attempt.ts';
import { fileHasher } from './file-hasher.ts';
import { openDownloadFile } from './file-writer.ts';
import { checkFtyp } from './response-checks.ts';
import type { DownloadOptions, DownloadResult, OpenDownloadFile } from './types.ts';

/**
 * Streams `url` to a temporary file beside `destination`, hashing as it goes, then renames it.
 * Receiving, writing and hashing overlap: `undici.stream` hands each body chunk to a sink that
 * writes it (`openDownloadFile`) on the main thread, and a worker thread hashes the file
 * behind the writer (`fileHasher`, from the page cache), so the hash runs on another core
 * instead of halving the speed. An interrupted transfer resumes with Range; the length is
 * checked against Content-Length.
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
  const link = checkedLink(url, rules);
  const what = `GET ${link.origin}${link.pathname}`;
  try {
    await mkdir(dirname(destination), { recursive: true });
  } catch (error) {
    throw asDiskError(error, dirname(destination)) ?? error;
  }
  const temporary = `${destination}.${effects.randomUUID().slice(0, 8)}.part`;
  const t: Transfer = {
    http,
    link,
    rules,
    what,
    temporary,
    hasher: fileHasher(temporary),
    openFile: effects.openFile ?? openDownloadFile,
    signal: options.signal,
    onProgress: options.onProgress,
    bytes: 0,
    total: undefined,
  };
  try {
    await withRetries(
      http,
      {
        what,
        route: `GET ${link.origin} (download)`,
        signal: options.signal,
        repeatable: true,
        retryRateLimit: true,
        logMessage: 'resuming',
        logFields: () => ({ bytes: t.bytes }),
      },
      async (release) => {
        if (await attemptDownload(t, release)) return;
        throw new ConnectionError(`${what} ended after ${t.bytes} of ${t.total} bytes`);
      },
    );
    await checkFtyp(temporary, what);
    const sha256 = await t.hasher.digest(t.bytes);
    await rename(temporary, destination);
    return { path: destination, bytes: t.bytes, sha256 };
  } catch (error) {
    await rm(temporary, { force: true });
    // A full, over-quota or read-only disk is not a network fault: reported, never retried.
    throw asDiskError(error, destination) ?? error;
  } finally {
    await t.hasher.close();
  }
}

/** `url` as a URL the result-link rules allow, or the `ValidationError` saying why not. */
function checkedLink(url: string, rules: ResultLinkRules): URL {
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
  return link;
}
