import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { createClient } from '../client/create-client.ts';
import {
  AuthenticationError,
  BadRequestError,
  PermissionDeniedError,
  RequestTooLargeError,
} from '../errors/api-error.ts';

/** The 8-byte PNG signature and an IHDR chunk: enough for the server to know a PNG. */
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000090802000000', 'hex');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'upload-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}

describe('files.upload', () => {
  it('streams a file and returns its link and its 72 h expiry, which a create then accepts', async () => {
    const sim = await testSimulator();
    // No allowInsecureCallbacks: the simulator's http link passes as the Files API's own.
    const { client } = testClient(sim, { allowInsecureCallbacks: false });
    const up = await client.files.upload({ path: await file('hero.png', png) });
    expect(up.fileId).toMatch(/^file_/);
    expect(up.url.startsWith(sim.url)).toBe(true);
    expect(up).toMatchObject({ bytes: png.length, mimeType: 'image/png' });
    expect(up.expiresAt - sim.clock.now()).toBeGreaterThan(71 * 3600 * 1000);
    expect(up.expiresAt - sim.clock.now()).toBeLessThanOrEqual(72 * 3600 * 1000);
    const served = await fetch(up.url);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
    const task = await client.videos.create({
      model: 'sora-2',
      prompt: 'a hero shot',
      image_urls: [up.url],
    });
    expect(task.id).toMatch(/^task-unified-/);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });

  it('throws typed errors by status: 401, 400 (not an image), 413, 403 (quota)', async () => {
    const sim = await testSimulator({ files: { maxBytes: 64, quota: 1 } });
    const { client } = testClient(sim);
    const hero = await file('hero.png', png);
    const wrongKey = createClient({ apiKey: 'sk-wrong', baseUrl: sim.url, env: {} });
    await expect(wrongKey.files.upload({ path: hero })).rejects.toBeInstanceOf(AuthenticationError);
    const text = await file('notes.png', Buffer.from('just text, named .png'));
    const notImage = client.files.upload({ path: text });
    await expect(notImage).rejects.toBeInstanceOf(BadRequestError);
    await expect(notImage).rejects.toThrow(/Unsupported file type/);
    const big = await file('big.png', Buffer.concat([png, Buffer.alloc(200)]));
    await expect(client.files.upload({ path: big })).rejects.toBeInstanceOf(RequestTooLargeError);
    await client.files.upload({ path: hero });
    const full = client.files.upload({ path: hero });
    await expect(full).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(full).rejects.toThrow(/quota/);
    expect(sim.stats().uploads).toBe(1);
  });

  it('retries a 503 and a reset like any free request', async () => {
    const sim = await testSimulator({
      faults: {
        rules: [
          { on: 'upload', fault: 'status', status: 503, at: [1] },
          { on: 'upload', fault: 'reset', at: [2] },
        ],
      },
    });
    const { client, retries } = testClient(sim, { retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    const up = await client.files.upload({ path: await file('hero.png', png) });
    expect(up.fileId).toMatch(/^file_/);
    expect(retries.map((r) => r.request)).toEqual([
      'POST /api/v1/files/upload/stream',
      'POST /api/v1/files/upload/stream',
    ]);
    expect(sim.stats().uploads).toBe(1);
  });

  it('reads `success: false` under a 200 as the error its code names', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get('https://files-api.evolink.ai')
      .intercept({ path: '/api/v1/files/upload/stream', method: 'POST' })
      .reply(200, { success: false, code: 413, msg: 'file too large' });
    const client = createClient({ apiKey: DEFAULT_API_KEY, env: {}, dispatcher: agent });
    const up = client.files.upload({ path: await file('hero.png', png) });
    await expect(up).rejects.toBeInstanceOf(RequestTooLargeError);
    await expect(up).rejects.toThrow(/413 413: file too large/);
  });
});
