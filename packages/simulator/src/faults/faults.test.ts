import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { auth, create, query, sim, waitTerminal } from '../../test/test-helpers.ts';
import { parseFaultSpec } from './faults.ts';

const body = { model: 'sora-2', prompt: 'x sim:seconds=2' };

/** Raw POST that reports a dropped connection instead of throwing. */
function rawCreate(url: string): Promise<{ status?: number; text?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${url}/v1/videos/generations`,
      { method: 'POST', headers: { ...auth, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, text }));
        res.on('error', (e) => resolve({ error: String(e) }));
      },
    );
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? String(e) }));
    req.end(JSON.stringify(body));
  });
}

describe('faults', () => {
  it('rejects a malformed faults document with the field named', () => {
    expect(() => parseFaultSpec({ rules: [{ on: 'create', fault: 'status', at: [1] }] })).toThrow(
      /status/,
    );
    expect(() => parseFaultSpec({ rules: [{ on: 'nowhere', fault: 'reset', at: [1] }] })).toThrow(
      /on/,
    );
  });

  it('injects a 503 burst on an exact schedule', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'create', fault: 'status', status: 503, at: [2], count: 2 }] },
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(s, body)).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(s.stats().creates).toBe(2);
    expect(s.stats().faults['status-503']).toBe(2);
  });

  it('injects a 429 storm with Retry-After on queries', async () => {
    const s = await sim({
      faults: {
        rules: [{ on: 'query', fault: 'status', status: 429, every: 1, retryAfterSeconds: 7 }],
      },
    });
    const created = await create(s, body);
    const limited = await query(s, created.body.id);
    expect(limited.status).toBe(429);
    expect(limited.body.error.type).toBe('rate_limit_error');
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('resets the connection before and after creating the task', async () => {
    const s = await sim({
      faults: {
        rules: [
          { on: 'create', fault: 'reset', at: [1] },
          { on: 'create', fault: 'reset-after-create', at: [2] },
        ],
      },
    });
    expect((await rawCreate(s.url)).error).toBeDefined();
    expect(s.stats().creates).toBe(0);
    expect((await rawCreate(s.url)).error).toBeDefined();
    expect(s.stats().creates).toBe(1);
    expect((await rawCreate(s.url)).status).toBe(200);
  });

  it('answers malformed JSON on create after the task exists', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'create', fault: 'malformed-json', at: [1] }] },
    });
    const res = await rawCreate(s.url);
    expect(res.status).toBe(200);
    expect(() => JSON.parse(res.text ?? '')).toThrow();
    expect(s.stats().creates).toBe(1);
  });

  it('completes with empty results, by rule or by directive', async () => {
    const s = await sim({ faults: { rules: [{ on: 'create', fault: 'empty-results', at: [1] }] } });
    const a = await create(s, body);
    expect((await waitTerminal(s, a.body.id)).results).toEqual([]);
    const b = await create(s, { model: 'sora-2', prompt: 'sim:empty-results sim:seconds=1' });
    expect((await waitTerminal(s, b.body.id)).results).toEqual([]);
  });

  it('serves an expired result URL', async () => {
    const s = await sim({ faults: { rules: [{ on: 'create', fault: 'expired-url', at: [1] }] } });
    const a = await create(s, body);
    const done = await waitTerminal(s, a.body.id);
    expect((await fetch(done.results[0])).status).toBe(403);
  });

  it.each(['truncate-body', 'reset-body'] as const)(
    'cuts the download body (%s)',
    async (fault) => {
      const s = await sim({ faults: { rules: [{ on: 'download', fault, at: [1] }] } });
      const a = await create(s, body);
      const url = (await waitTerminal(s, a.body.id)).results[0];
      const res = await fetch(url);
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
      expect((await fetch(url)).status).toBe(200);
    },
  );

  it('applies the first of two body faults firing on one download, and counts that one', async () => {
    const s = await sim({
      faults: {
        rules: [
          { on: 'download', fault: 'truncate-body', at: [1] },
          { on: 'download', fault: 'stall-body', at: [1] },
        ],
      },
    });
    const a = await create(s, body);
    const res = await fetch((await waitTerminal(s, a.body.id)).results[0]);
    await expect(res.arrayBuffer()).rejects.toThrow(); // cut off at once, not stalled
    expect(s.stats().faults).toEqual({ 'truncate-body': 1 });
  });

  it('stalls the download body until delayMs of simulated time', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'download', fault: 'stall-body', at: [1], delayMs: 5000 }] },
    });
    const a = await create(s, body);
    const url = (await waitTerminal(s, a.body.id)).results[0];
    const res = await fetch(url);
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(s.stats().faults['stall-body']).toBe(1);
  });

  it('stalls the download body with the default (endless) delay until the client closes', async () => {
    const s = await sim({ faults: { rules: [{ on: 'download', fault: 'stall-body', at: [1] }] } });
    const a = await create(s, body);
    const url = (await waitTerminal(s, a.body.id)).results[0];
    const res = await fetch(url);
    const total = Number(res.headers.get('content-length'));
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let received = 0;
    while (received < Math.floor(total / 2)) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the body ended before the stall');
      received += value.byteLength;
    }
    // A minute of simulated silence: the stall holds instead of resetting the connection.
    const next = reader.read().then(
      () => 'data',
      () => 'reset',
    );
    const outcome = await Promise.race([next, s.clock.sleep(60_000).then(() => 'silent')]);
    expect(outcome).toBe('silent');
    await reader.cancel();
    const again = await fetch(url);
    expect((await again.arrayBuffer()).byteLength).toBe(total);
    expect(s.stats().faults['stall-body']).toBe(1);
  });

  it('delays headers on slow-headers without changing the answer', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'create', fault: 'slow-headers', at: [1], delayMs: 2000 }] },
    });
    const start = s.clock.now();
    const res = await create(s, body);
    expect(res.status).toBe(200);
    expect(s.clock.now() - start).toBeGreaterThanOrEqual(2000);
  });
});
