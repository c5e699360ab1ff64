import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rewrites one relayed JSON body (`undefined`: relay it as it came). */
export type JsonRewrite = (
  body: Record<string, unknown>,
  req: IncomingMessage,
) => Record<string, unknown> | undefined;

/**
 * A reverse proxy in front of the simulator that rewrites the JSON bodies it relays, as a
 * newer or a lying server would. Written by hand: a dozen lines, and no proxy package
 * rewrites bodies this simply.
 */
export async function startRewritingProxy(target: string, rewrite: JsonRewrite) {
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
      const body = rewrite(JSON.parse(text) as Record<string, unknown>, req);
      if (body) {
        text = JSON.stringify(body);
        rewritten++;
      }
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
