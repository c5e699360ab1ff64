import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { create, type Json, sim } from './test-helpers.ts';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe('callbacks', () => {
  it('POSTs the task body on completion, retrying after a failure', async () => {
    const received: Json[] = [];
    let resolve!: () => void;
    const delivered = new Promise<void>((r) => (resolve = r));
    const hook = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        received.push(JSON.parse(text));
        res.statusCode = received.length === 1 ? 500 : 204;
        res.end();
        if (received.length === 2) resolve();
      });
    });
    servers.push(hook);
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const port = (hook.address() as AddressInfo).port;
    const s = await sim({ allowInsecureCallbacks: true });
    const created = await create(s, {
      model: 'sora-2',
      prompt: 'sim:seconds=2',
      callback_url: `http://127.0.0.1:${port}/hook`,
    });
    await delivered;
    expect(received[1]).toMatchObject({
      id: created.body.id,
      status: 'completed',
      results: [expect.any(String)],
    });
    while (s.stats().callbacks.delivered === 0) await s.clock.sleep(100);
    expect(s.stats().callbacks).toEqual({ attempts: 2, delivered: 1 });
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
