import type { Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { type ManualClock, manualClock, settle } from '../../test/test-manual-clock.ts';
import { InternalServerError, RateLimitError } from '../errors/api-error.ts';
import { AbortError } from '../errors/request-errors.ts';
import type { RetryInfo } from '../types.ts';
import type { HttpSettings } from './http-settings.ts';
import { type RetryTarget, withRetries } from './with-retries.ts';

const limited = (retryAfterMs?: number) =>
  new RateLimitError({
    status: 429,
    code: 'rate_limit_exceeded',
    message: 'slow down',
    retryAfterMs,
  });
const unavailable = () => new InternalServerError({ status: 503, message: 'busy' });

function settings(clock: ManualClock, overrides: Partial<HttpSettings> = {}) {
  const retries: RetryInfo[] = [];
  const http: HttpSettings = {
    baseUrl: 'http://127.0.0.1:1',
    apiKey: () => 'unused',
    dispatcher: async () => ({}) as Dispatcher, // attempts are scripted: nothing is sent
    headersTimeoutMs: 1000,
    createTimeoutMs: 1000,
    bodyTimeoutMs: 1000,
    maxRetries: 3,
    rateLimitMaxWaitMs: 900_000,
    retry: { random: () => 0.5 },
    clock,
    logger: {},
    onRetry: (info) => retries.push(info),
    gates: new Map(),
    ...overrides,
  };
  return { http, retries };
}

const create: RetryTarget = {
  what: 'POST /v1/videos/generations',
  route: 'POST /v1/videos/generations',
  signal: undefined,
  repeatable: true,
  retryRateLimit: true,
};
const query: RetryTarget = { ...create, what: 'GET /v1/tasks/a', route: 'GET /v1/tasks/{id}' };

/** A scripted attempt: throws the scripted errors in order, then answers `ok`; logs send times. */
function scripted(clock: ManualClock, script: Error[], sent: number[] = []) {
  return async () => {
    sent.push(clock.now());
    const next = script.shift();
    if (next) throw next;
    return 'ok';
  };
}

/** A fixed-window create limit, like the simulator's: `limit` per `windowMs`, with Retry-After. */
function limitedServer(clock: ManualClock, limit: number, windowMs: number) {
  let start = 0;
  let count = 0;
  const log = { ok: 0, limited: 0 };
  const sends: string[] = [];
  const attempt = async () => {
    await null; // answered on a later tick: the requests of a burst are all in flight at once
    const now = clock.now();
    if (now - start >= windowMs) {
      start = now;
      count = 0;
    }
    if (count >= limit) {
      log.limited += 1;
      sends.push(`429@${now}`);
      throw limited(Math.ceil((start + windowMs - now) / 1000) * 1000);
    }
    count += 1;
    log.ok += 1;
    sends.push(`ok@${now}`);
    return 'ok';
  };
  return { attempt, log, sends };
}

describe('withRetries and the rate-limit gate', () => {
  it('holds every later request of the class until Retry-After has passed; other classes go on', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock);
    const firstSent: number[] = [];
    const first = withRetries(http, create, scripted(clock, [limited(60_000)], firstSent));
    await clock.advance(0);
    expect(retries).toMatchObject([{ attempt: 1, delayMs: 60_000 }]);

    const laterSent: number[] = [];
    const later = withRetries(http, create, scripted(clock, [], laterSent));
    const other = await withRetries(http, query, scripted(clock, []));
    expect(other).toBe('ok');
    await clock.advance(59_999);
    expect(laterSent).toEqual([]);
    expect(firstSent).toEqual([0]);
    await clock.advance(1);
    await expect(first).resolves.toBe('ok');
    await expect(later).resolves.toBe('ok');
    expect(firstSent).toEqual([0, 60_000]);
    expect(laterSent).toEqual([60_000]);
  });

  it('lets held requests through one at a time, so a burst gets one 429 per window', async () => {
    const clock = manualClock();
    const { http } = settings(clock, { maxRetries: 1 });
    const server = limitedServer(clock, 3, 10_000);
    const runs = Array.from({ length: 12 }, () => withRetries(http, create, server.attempt));
    for (let i = 0; i < 4; i++) await clock.advance(10_000);
    await expect(Promise.all(runs)).resolves.toEqual(Array(12).fill('ok'));
    // The first burst meets 9 refusals; then each window lets 3 through, and one probe
    // finds it full, until the queue is empty.
    const window = (at: number) => ['ok', 'ok', 'ok'].map((s) => `${s}@${at}`);
    expect(server.sends).toEqual([
      ...window(0),
      ...Array(9).fill('429@0'),
      ...window(10_000),
      '429@10000',
      ...window(20_000),
      '429@20000',
      ...window(30_000),
    ]);
  });

  it('does not spend maxRetries on 429s; network errors and 5xx do', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock, { maxRetries: 1 });
    const run = withRetries(
      http,
      create,
      scripted(clock, [limited(1000), limited(1000), limited(1000), unavailable()]),
    );
    await clock.advance(10_000);
    await expect(run).resolves.toBe('ok');
    expect(retries.map((r) => r.error.name)).toEqual([
      'RateLimitError',
      'RateLimitError',
      'RateLimitError',
      'InternalServerError',
    ]);

    const spent = withRetries(http, query, scripted(clock, [unavailable(), unavailable()]));
    const settled = spent.catch((e: unknown) => e);
    await clock.advance(10_000);
    expect(await settled).toBeInstanceOf(InternalServerError);
  });

  it('with maxRetries 0 throws the first 429 at once, yet holds the class', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock, { maxRetries: 0 });
    await expect(
      withRetries(http, create, scripted(clock, [limited(5000)])),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(retries).toEqual([]);
    const sent: number[] = [];
    const next = withRetries(http, create, scripted(clock, [], sent));
    await clock.advance(5000);
    await expect(next).resolves.toBe('ok');
    expect(sent).toEqual([5000]);
  });

  it('paces the class when the 429 has no Retry-After: a learned spacing, longer on each 429 in a row', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock, { retry: { random: () => 0.5 } });
    const sent: number[] = [];
    const run = withRetries(http, create, scripted(clock, [limited(), limited()], sent));
    await clock.advance(10_000);
    await expect(run).resolves.toBe('ok');
    // Nothing got through before: the first spacing is a guess of 1 s, doubled while 429s
    // follow each other (no jitter at 0.5).
    expect(retries.map((r) => r.delayMs)).toEqual([1000, 2000]);
    expect(sent).toEqual([0, 1000, 3000]);
    // The class stays paced, at its spacing sped up once by the request that got through.
    expect(http.gates.get(create.route)?.paceMs).toBe(900);
    const next: number[] = [];
    const later = withRetries(http, create, scripted(clock, [], next));
    await clock.advance(10_000);
    await expect(later).resolves.toBe('ok');
    expect(next).toEqual([10_000]);
  });

  it('throws the RateLimitError once the total wait would pass rateLimitMaxWaitMs', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock, { rateLimitMaxWaitMs: 150_000 });
    const sent: number[] = [];
    const run = withRetries(
      http,
      create,
      scripted(clock, [limited(60_000), limited(60_000), limited(60_000)], sent),
    );
    const settled = run.catch((e: unknown) => e);
    await clock.advance(200_000);
    const error = await settled;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(sent).toEqual([0, 60_000, 120_000]); // a third wait would reach 180 s
    expect(retries).toHaveLength(2);
  });

  it('fails a held request at once when the class stays closed past its budget', async () => {
    const clock = manualClock();
    const { http } = settings(clock, { rateLimitMaxWaitMs: 30_000 });
    const first = withRetries(http, create, scripted(clock, [limited(60_000)])).catch(
      (e: unknown) => e,
    );
    await clock.advance(0);
    const sent: number[] = [];
    const held = withRetries(http, create, scripted(clock, [], sent)).catch((e: unknown) => e);
    await clock.advance(0);
    const error = await held;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toContain('rateLimitMaxWaitMs');
    expect(sent).toEqual([]);
    expect(await first).toBeInstanceOf(RateLimitError); // its own 60 s wait passes 30 s too
  });

  it('throws at once with retryRateLimit false, but the next request of the class still waits', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock);
    const polls = { ...query, retryRateLimit: false };
    await expect(withRetries(http, polls, scripted(clock, [limited(8000)]))).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(retries).toEqual([]);
    const sent: number[] = [];
    const next = withRetries(http, polls, scripted(clock, [], sent));
    await clock.advance(8000);
    await expect(next).resolves.toBe('ok');
    expect(sent).toEqual([8000]);
  });

  it('lets a paced request (a wait query) pass no gate: one wait refused never holds another', async () => {
    const clock = manualClock();
    const { http, retries } = settings(clock);
    const paced = { ...query, retryRateLimit: false, paced: true };
    // Its own 429 (or 503) comes back at once, unretried, and closes nothing.
    await expect(
      withRetries(http, paced, scripted(clock, [limited(60_000)])),
    ).rejects.toBeInstanceOf(RateLimitError);
    await expect(withRetries(http, paced, scripted(clock, [unavailable()]))).rejects.toBeInstanceOf(
      InternalServerError,
    );
    const sent: number[] = [];
    await expect(withRetries(http, query, scripted(clock, [], sent))).resolves.toBe('ok');
    // A 429 of another request of the class closes the class, but not for paced requests.
    await withRetries(
      http,
      { ...query, retryRateLimit: false },
      scripted(clock, [limited(60_000)]),
    ).catch(() => {});
    await expect(withRetries(http, paced, scripted(clock, [], sent))).resolves.toBe('ok');
    expect(sent).toEqual([0, 0]);
    expect(retries).toEqual([]);
  });

  it('a paced request refused keeps its place: it goes before the requests queued behind it', async () => {
    const clock = manualClock();
    const { http } = settings(clock, { retry: { random: () => 0.5 } });
    const order: string[] = [];
    const attempt = (name: string, script: Error[]) => async () => {
      order.push(`${name}@${clock.now()}`);
      const next = script.shift();
      if (next) throw next;
      return name;
    };
    // The first 429 paces the class (1 s); a and b queue behind it, then a is refused again.
    const first = withRetries(http, create, attempt('first', [limited()]));
    await clock.advance(0);
    const a = withRetries(http, create, attempt('a', [limited()]));
    const b = withRetries(http, create, attempt('b', []));
    await clock.advance(20_000);
    await expect(Promise.all([first, a, b])).resolves.toEqual(['first', 'a', 'b']);
    expect(order.map((o) => o.split('@')[0])).toEqual(['first', 'first', 'a', 'a', 'b']);
  });

  it('an abort while held rejects with AbortError and the other held requests still go', async () => {
    const clock = manualClock();
    const { http } = settings(clock);
    const first = withRetries(http, create, scripted(clock, [limited(10_000)]));
    await clock.advance(0);
    const abort = new AbortController();
    const aborted = withRetries(http, { ...create, signal: abort.signal }, scripted(clock, []));
    const sent: number[] = [];
    const other = withRetries(http, create, scripted(clock, [], sent));
    await clock.advance(1000);
    abort.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    await clock.advance(9000);
    await expect(first).resolves.toBe('ok');
    await expect(other).resolves.toBe('ok');
    expect(sent).toEqual([10_000]);
    expect(clock.pending()).toBe(0);
  });

  it('stops its own timer when every held request is aborted', async () => {
    const clock = manualClock();
    const { http } = settings(clock, { maxRetries: 0 });
    await withRetries(http, create, scripted(clock, [limited(60_000)])).catch(() => {});
    const abort = new AbortController();
    const held = withRetries(http, { ...create, signal: abort.signal }, scripted(clock, []));
    await clock.advance(0);
    expect(clock.pending()).toBe(1);
    abort.abort();
    await expect(held).rejects.toBeInstanceOf(AbortError);
    await settle();
    expect(clock.pending()).toBe(0);
  });
});
