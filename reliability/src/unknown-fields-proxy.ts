import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy that adds fields the API does not document (at the top level and inside
 * `usage`, `task_info` and `error`) to every JSON object it relays, as a newer API version
 * might. Written by hand: a dozen lines, and no proxy package rewrites bodies this simply.
 */
export async function startUnknownFieldsProxy(target: string) {
  let rewritten = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host',
      ),
    );
    const upstream = await fetch(new URL(req.url ?? '/', target), {
      method: req.method ?? 'GET',
      headers,
      ...(chunks.length > 0 && { body: Buffer.concat(chunks) }),
    });
    let text = await upstream.text();
    if ((upstream.headers.get('content-type') ?? '').includes('json')) {
      const body = JSON.parse(text) as Record<string, unknown>;
      body.x_future_field = { nested: [1, 'two', null] };
      body.model_version = 'sora-2-2026-11-01';
      for (const part of ['usage', 'task_info', 'error']) {
        const inner = body[part];
        if (inner && typeof inner === 'object') (inner as Record<string, unknown>).x_extra = true;
      }
      text = JSON.stringify(body);
      rewritten++;
    }
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...(upstream.headers.get('retry-after') && {
        'retry-after': upstream.headers.get('retry-after') ?? '',
      }),
    });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rewritten: () => rewritten,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
