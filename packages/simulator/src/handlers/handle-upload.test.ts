import { describe, expect, it } from 'vitest';
import { auth, create, type Json, manualSim, sim } from '../../test/test-helpers.ts';
import type { Simulator } from '../simulator.ts';

const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a', 'hex'),
  Buffer.from('0000000d49484452000000100000000908020000000000000000', 'hex'),
]);
const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');

async function upload(
  s: Simulator,
  bytes: Buffer,
  options: { headers?: Record<string, string>; name?: string } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), options.name ?? 'hero.png');
  const res = await fetch(`${s.url}/api/v1/files/upload/stream`, {
    method: 'POST',
    headers: options.headers ?? auth,
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Json };
}

describe('Files API upload', () => {
  it('stores an image and returns the documented envelope with links that serve it', async () => {
    const s = await sim();
    const { status, body } = await upload(s, png);
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, code: 200 });
    const data = body.data;
    expect(data.file_id).toMatch(/^file_[a-z0-9]+$/);
    expect(data).toMatchObject({ file_size: png.length, mime_type: 'image/png' });
    expect(data.download_url).toBe(`${s.url}/api/v1/files/download/${data.file_id}`);
    expect(Date.parse(data.expires_at) - Date.parse(data.upload_time)).toBe(72 * 3600 * 1000);
    for (const link of [data.download_url, data.file_url]) {
      const res = await fetch(link);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
    }
    expect(s.stats().uploads).toBe(1);
    expect(s.stats().creates).toBe(0);
  });

  it('refuses a bad key, a non-image, an empty and an oversized file, and a full quota', async () => {
    const s = await sim({ files: { maxBytes: 64, quota: 1 } });
    const bad = await upload(s, png, { headers: { authorization: 'Bearer nope' } });
    expect(bad).toMatchObject({ status: 401, body: { success: false, code: 401 } });
    const text = await upload(s, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(text.status).toBe(400);
    expect(text.body.msg).toMatch(/Unsupported file type/);
    expect((await upload(s, Buffer.alloc(0))).status).toBe(400);
    const big = await upload(s, Buffer.concat([png, Buffer.alloc(100)]));
    expect(big.status).toBe(413);
    expect(big.body.msg).toMatch(/at most 64 bytes/);
    expect((await upload(s, png)).status).toBe(200);
    const full = await upload(s, png);
    expect(full.status).toBe(403);
    expect(full.body.msg).toMatch(/quota/);
    expect(s.stats().uploads).toBe(1);
  });

  it('lets a create use its own links, and refuses links it never issued or that expired', async () => {
    const { s, advance } = await manualSim();
    const { body } = await upload(s, png);
    const ok = await create(s, {
      model: 'sora-2',
      prompt: 'x',
      image_urls: [body.data.download_url],
    });
    expect(ok.status).toBe(200);
    const forged = await create(s, {
      model: 'sora-2',
      prompt: 'x',
      image_urls: [`${s.url}/api/v1/files/download/file_doesnotexist`],
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error).toMatchObject({ code: 'invalid_image_url', param: 'image_urls' });
    const gifUp = await upload(s, gif, { name: 'a.gif' });
    expect(gifUp.status).toBe(200); // the Files API stores GIFs; a video takes none
    const gifCreate = await create(s, {
      model: 'sora-2',
      prompt: 'x',
      image_urls: [gifUp.body.data.file_url],
    });
    expect(gifCreate.status).toBe(400);
    advance(73 * 3600 * 1000);
    const late = await create(s, {
      model: 'sora-2',
      prompt: 'x',
      image_urls: [body.data.file_url],
    });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/expired/);
    expect((await fetch(body.data.download_url)).status).toBe(404);
    expect(s.stats().creates).toBe(1);
  });
});
