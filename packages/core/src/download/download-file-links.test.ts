import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import { ValidationError } from '../errors/validation-error.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((f) => f()));
});
async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clipwright-links-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
/** A real HTTP server answering with `handle`; resolves its origin. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('client.download of real-world links', () => {
  it('follows a 302 to a signed URL on another origin, sending no Authorization there', async () => {
    const sim = await testSimulator({ resultBytes: 3_000_000 });
    const { client } = testClient(sim);
    const task = await client.videos.generate({
      model: 'sora-2',
      prompt: 'a harbour at dawn sim:seconds=10 sim:redirect-result',
    });
    const dir = await outDir();
    const result = await client.download(task, join(dir, 'a.mp4'));
    const file = await readFile(result.path);
    expect(result.bytes).toBe(3_000_000);
    expect(result.sha256).toBe(sha256(file));
    expect(file.subarray(4, 8).toString()).toBe('ftyp');
    expect(sim.stats().signedDownloads).toEqual({ requests: 1, withAuthorization: 0 });
  });

  it('refuses a redirect to a loopback address unless the tests-only switch is on', async () => {
    const sim = await testSimulator({ resultBytes: 200_000, redirectResults: true });
    // The API's own origin is trusted; the redirect target (another loopback origin) is not.
    const { client } = testClient(sim, { allowInsecureCallbacks: false });
    const task = await client.videos.generate({ model: 'sora-2', prompt: 'x sim:seconds=5' });
    const dir = await outDir();
    const failure = client.download(task, join(dir, 'a.mp4'));
    await expect(failure).rejects.toBeInstanceOf(UnexpectedResponseError);
    await expect(failure).rejects.toThrow(
      /redirected to http:\/\/127\.0\.0\.1:\d+\/files\/.*refused/,
    );
    expect(sim.stats().signedDownloads.requests).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['http://example.com/v.mp4', /https/],
    ['https://user:pw@example.com/v.mp4', /user name or password/],
    ['https://127.0.0.1/v.mp4', /loopback/],
    ['https://[::ffff:10.0.0.1]/v.mp4', /private|reserved/],
    ['https://169.254.169.254/latest/meta-data', /link-local/],
    ['https://metadata.google.internal/x', /internal host/],
    ['https://localhost/v.mp4', /internal host/],
    ['ftp://example.com/v.mp4', /ftp/],
  ])('refuses %s before sending anything', async (url, reason) => {
    const { client } = testClient(await testSimulator(), { allowInsecureCallbacks: false });
    const failure = client.download(url, join(await outDir(), 'a.mp4'));
    await expect(failure).rejects.toBeInstanceOf(ValidationError);
    await expect(failure).rejects.toThrow(reason);
  });

  it('stops after 5 redirects', async () => {
    let hits = 0;
    const origin = await serve((req, res) => {
      hits++;
      res.writeHead(302, { location: `${req.url}x` }).end();
    });
    const { client } = testClient(await testSimulator());
    const failure = client.download(`${origin}/v`, join(await outDir(), 'a.mp4'));
    await expect(failure).rejects.toThrow(/redirected more than 5 times/);
    expect(hits).toBe(6);
  });

  it.each([
    [
      'an HTML page',
      'text/html; charset=utf-8',
      '<html>sign in</html>',
      /sent text\/html; charset=utf-8, not a video/,
    ],
    ['a body without an ftyp box', 'video/mp4', 'not really a video at all', /no ftyp box/],
  ])('does not keep %s', async (_what, type, body, reason) => {
    const origin = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    const { client } = testClient(await testSimulator());
    const dir = await outDir();
    const failure = client.download(`${origin}/v.mp4`, join(dir, 'a.mp4'));
    await expect(failure).rejects.toBeInstanceOf(UnexpectedResponseError);
    await expect(failure).rejects.toThrow(reason);
    expect(await readdir(dir)).toEqual([]);
  });
});
