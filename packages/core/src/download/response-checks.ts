import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import { type ResultLinkRules, resultLinkProblem } from '../validation/result-link.ts';

/** Redirects followed per attempt (CDNs and signed URLs use one or two). */
export const MAX_REDIRECTS = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Content types a video may arrive with (object stores often send a generic binary type). */
const videoTypes = /^(video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)\s*(;|$)/i;
/** The most of an error answer's body kept for its message. */
const ERROR_BODY_CHARS = 64 * 1024;

type Headers = Record<string, string | string[] | undefined>;

/** A response that is not the video (an error or a redirect): its status, headers and text. */
export interface ErrorAnswer {
  statusCode: number;
  headers: Headers;
  text: string;
}

export function isRedirect(statusCode: number): boolean {
  return redirectStatuses.has(statusCode);
}

/**
 * A 200 or 206 must carry a video, and a 206 the range asked for (from `bytes`, what the file
 * holds). Returns the whole file's length: as the server gave it, else (a 206 of unknown
 * length) the `total` known before, else `undefined`.
 */
export function checkBody(
  what: string,
  bytes: number,
  total: number | undefined,
  statusCode: number,
  headers: Headers,
): number | undefined {
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
    return range[3] !== '*' ? Number(range[3]) : total;
  }
  const length = Number(headers['content-length']); // NaN when absent
  return Number.isFinite(length) ? length : undefined;
}

/** The next hop of a redirect (at most MAX_REDIRECTS), its target checked first. No key is sent. */
export function redirectTarget(
  what: string,
  rules: ResultLinkRules,
  from: URL,
  location: string,
  hop: number,
): URL {
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
export async function checkFtyp(path: string, what: string): Promise<void> {
  const file = await open(path, 'r');
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

/** A sink keeping the first ERROR_BODY_CHARS of an error answer's body as text. */
export function collector(answer: ErrorAnswer): Writable {
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
