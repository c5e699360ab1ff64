import { z } from 'zod';
import type { Clock } from '../types.ts';
import { CATALOG_FRESH_MS, CATALOG_STALE_MS, type CatalogCache } from './catalog-cache.ts';
import { type CatalogBodies, type CatalogEndpoint, catalogEndpoints } from './catalog-schemas.ts';

/** Answers larger than this are refused: the endpoints answer a few hundred kilobytes. */
const MAX_BODY_CHARS = 20 * 1024 * 1024;

/** Where a document used by a run came from. */
export type DocumentKind = 'live' | 'cache' | 'snapshot';

export interface CatalogDocument<E extends CatalogEndpoint> {
  endpoint: E;
  /** `live`: read (or confirmed with a 304) now; `cache`: the state folder's copy; `snapshot`: neither could be used. */
  kind: DocumentKind;
  /** The validated body; absent for `snapshot`. */
  body?: CatalogBodies[E];
  /** When the body was fetched from the server (ms since the epoch); absent for `snapshot`. */
  fetchedAt?: number;
  /** Why the live answer was not used, phrased for a log line. */
  notice?: string;
}

export interface ReadDocumentOptions {
  url: string;
  apiKey?: string;
  cache?: CatalogCache;
  clock: Clock;
  /** The clock `timeoutMs` runs on. */
  timeoutClock: Clock;
  fetch: typeof globalThis.fetch;
  /** Extra `fetch` options, e.g. an undici `dispatcher`. */
  init?: Record<string, unknown>;
  timeoutMs: number;
}

/**
 * One catalog endpoint, read as the vendor's client reads it: a cached copy younger than five
 * minutes is used as it is; else the server is asked with `If-None-Match` (a 304 renews the
 * copy); an answer that fails (404, unreachable, too slow, not the documented shape) falls
 * back to a copy up to a day old, then to the committed snapshot, with a notice.
 */
export async function readCatalogDocument<E extends CatalogEndpoint>(
  endpoint: E,
  options: ReadDocumentOptions,
): Promise<CatalogDocument<E>> {
  const now = options.clock.now();
  const cached = await options.cache?.read(endpoint);
  const copy = cached?.url === options.url ? validCopy(endpoint, cached.body) : undefined;
  const age = cached && copy ? now - cached.fetchedAt : Number.POSITIVE_INFINITY;
  if (copy && age >= 0 && age < CATALOG_FRESH_MS) {
    return { endpoint, kind: 'cache', body: copy, fetchedAt: cached?.fetchedAt as number };
  }
  try {
    const answer = await get(options, copy ? cached?.etag : undefined);
    if (answer.status === 304 && copy && cached) {
      await options.cache?.write(endpoint, { ...cached, fetchedAt: now }).catch(() => {});
      return { endpoint, kind: 'live', body: copy, fetchedAt: now };
    }
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
    const body = parseBody(endpoint, answer.text);
    await options.cache
      ?.write(endpoint, {
        url: options.url,
        ...(answer.etag && { etag: answer.etag }),
        fetchedAt: now,
        body,
      })
      .catch(() => {});
    return { endpoint, kind: 'live', body, fetchedAt: now };
  } catch (error) {
    const why = `${describe(endpoint)} could not be read (${reason(error)})`;
    if (copy && cached && age >= 0 && age <= CATALOG_STALE_MS) {
      const when = new Date(cached.fetchedAt).toISOString();
      return {
        endpoint,
        kind: 'cache',
        body: copy,
        fetchedAt: cached.fetchedAt,
        notice: `${why}; using the copy cached at ${when}`,
      };
    }
    return { endpoint, kind: 'snapshot', notice: `${why}; using the committed snapshot` };
  }
}

function describe(endpoint: CatalogEndpoint): string {
  const { path } = catalogEndpoints[endpoint];
  return `GET ${path.split('?')[0]}`;
}

function validCopy<E extends CatalogEndpoint>(
  endpoint: E,
  body: unknown,
): CatalogBodies[E] | undefined {
  const parsed = catalogEndpoints[endpoint].schema.safeParse(body);
  return parsed.success ? (parsed.data as CatalogBodies[E]) : undefined;
}

function parseBody<E extends CatalogEndpoint>(endpoint: E, text: string): CatalogBodies[E] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the answer is not JSON');
  }
  const parsed = catalogEndpoints[endpoint].schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new Error(`the answer is not the documented shape${at}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data as CatalogBodies[E];
}

/** A short, key-free reason: the message of the error (and of its cause, for fetch's). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`.slice(0, 300);
}

/** One GET, aborted after `timeoutMs` of the run's clock. */
async function get(
  options: ReadDocumentOptions,
  etag: string | undefined,
): Promise<{ status: number; text: string; etag?: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (etag) headers['if-none-match'] = etag;
  const controller = new AbortController();
  const done = new AbortController();
  const timeout = options.timeoutClock.sleep(options.timeoutMs, done.signal).then(
    () => {
      controller.abort(new Error(`no answer within ${options.timeoutMs} ms`));
      throw new Error(`no answer within ${options.timeoutMs} ms`);
    },
    () => undefined as never,
  );
  try {
    const request = (async () => {
      const response = await options.fetch(options.url, {
        ...options.init,
        headers,
        signal: controller.signal,
      } as RequestInit);
      const text = response.status === 304 ? '' : await response.text();
      if (text.length > MAX_BODY_CHARS) throw new Error(`answer over ${MAX_BODY_CHARS} characters`);
      const tag = z.string().max(1000).safeParse(response.headers.get('etag'));
      return { status: response.status, text, ...(tag.success && { etag: tag.data }) };
    })();
    return await Promise.race([request, timeout]);
  } finally {
    done.abort();
  }
}
