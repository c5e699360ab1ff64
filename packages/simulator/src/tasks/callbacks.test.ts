import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { create, type Json, sim } from '../../test/test-helpers.ts';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A local hook that answers `statuses[n]` to its n-th POST (then 204) and keeps the bodies. */
async function hook(statuses: number[] = []) {
  const received: Json[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      received.push(JSON.parse(text));
      res.statusCode = statuses[received.length - 1] ?? 204;
      res.end();
      for (const w of waiters) if (received.length >= w.n) w.resolve();
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** Resolves once `n` POSTs have arrived. */
    posts: (n: number) => new Promise<void>((resolve) => waiters.push({ n, resolve })),
  };
}

describe('callbacks', () => {
  it('POSTs the task body on completion, retrying after a failure', async () => {
    const h = await hook([500]);
    const s = await sim({ allowInsecureCallbacks: true });
    const created = await create(s, {
      model: 'sora-2',
      prompt: 'sim:seconds=2',
      callback_url: h.url,
    });
    await h.posts(2);
    expect(h.received[1]).toMatchObject({
      id: created.body.id,
      status: 'completed',
      results: [expect.any(String)],
    });
    while (s.stats().callbacks.delivered === 0) await s.clock.sleep(100);
    expect(s.stats().callbacks).toEqual({ attempts: 2, delivered: 1 });
  }, 20_000);

  it('POSTs the task body when a task is cancelled, as the documents say', async () => {
    const h = await hook();
    const s = await sim({ allowInsecureCallbacks: true });
    const created = await create(s, {
      model: 'sora-2',
      prompt: 'sim:cancel sim:seconds=2',
      callback_url: h.url,
    });
    await h.posts(1);
    expect(h.received).toHaveLength(1);
    expect(h.received[0]).toMatchObject({
      id: created.body.id,
      status: 'cancelled',
      error: { code: 'request_cancelled' },
    });
    expect(h.received[0].results ?? []).toEqual([]);
    while (s.stats().callbacks.delivered === 0) await s.clock.sleep(100);
    expect(s.stats().callbacks).toEqual({ attempts: 1, delivered: 1 });
  }, 20_000);

  it('refuses http callbacks without allowInsecureCallbacks', async () => {
    const s = await sim();
    const res = await create(s, {
      model: 'sora-2',
      prompt: 'x',
      callback_url: 'http://127.0.0.1:1/hook',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('callback_url');
  });
});
