import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rewrites one relayed JSON body (`undefined`: relay it as it came). */
export type JsonRewrite = (
  body: Record<string, unknown>,
  req: IncomingMessage,
) => Record<string, unknown> | undefined;

/**
 * A reverse proxy in front of the simulator that rewrites the JSON bodies it relays, as a
 * newer or a lying server would. Links to the simulator in those bodies are pointed at the
 * proxy, so result links stay on the client's own (trusted) origin; other bodies (videos)
 * are relayed byte for byte. Written by hand: a dozen lines, and no proxy package rewrites
 * bodies this simply.
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
    let payload: string | Buffer = Buffer.from(await upstream.arrayBuffer());
    if ((upstream.headers.get('content-type') ?? '').includes('json')) {
      const text = payload.toString('utf8').replaceAll(new URL(target).origin, url);
      const body = rewrite(JSON.parse(text) as Record<string, unknown>, req);
      payload = body ? JSON.stringify(body) : text;
      if (body) rewritten++;
    }
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...Object.fromEntries(
        ['retry-after', 'content-range'].flatMap((h) => {
          const value = upstream.headers.get(h);
          return value ? [[h, value]] : [];
        }),
      ),
    });
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    rewritten: () => rewritten,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
