import { describe, expect, it } from 'vitest';
import { create, manualSim, query, sim, waitTerminal } from '../../test/test-helpers.ts';

async function resultUrl(
  s: Awaited<ReturnType<typeof sim>>,
  prompt = 'x sim:seconds=2',
): Promise<string> {
  const created = await create(s, { model: 'sora-2', prompt });
  const done = await waitTerminal(s, created.body.id);
  return done.results[0];
}

describe('result files', () => {
  it('serves the MP4 with Content-Length, honours Range with 206 and answers HEAD', async () => {
    const s = await sim();
    const url = await resultUrl(s);
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('video/mp4');
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(Number(full.headers.get('content-length'))).toBe(bytes.length);
    expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('ftyp');
    const part = await fetch(url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const tail = await fetch(url, { headers: { range: `bytes=${bytes.length}-` } });
    expect(tail.status).toBe(416);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect(s.stats().downloads).toBe(2); // bodies started: the 416 and the HEAD send none
  });

  it('expires the link after 24 simulated hours', async () => {
    // Time moves only by advance(): however slow the machine, the link is fetched at exactly
    // the simulated moments below (a real clock at a high time scale could pass 24 h between
    // two polls, the task then expired before it was seen).
    const { s, advance } = await manualSim();
    const created = await create(s, { model: 'sora-2', prompt: 'x sim:seconds=2' });
    advance(3_000);
    const done = await query(s, created.body.id);
    expect(done.body.status).toBe('completed');
    const url: string = done.body.results[0];
    advance(23 * 3600 * 1000);
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);
    advance(2 * 3600 * 1000);
    expect((await fetch(url)).status).toBe(403);
  });

  it('pads to resultBytes with a free box, streamed', async () => {
    const s = await sim({ resultBytes: 5_000_000 });
    const url = await resultUrl(s);
    const res = await fetch(url);
    expect(res.headers.get('content-length')).toBe('5000000');
    let total = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
      total += chunk.length;
    expect(total).toBe(5_000_000);
    const end = await fetch(url, { headers: { range: 'bytes=-10' } });
    expect(new Uint8Array(await end.arrayBuffer())).toEqual(new Uint8Array(10));
  });

  it('answers 404 for an unknown file', async () => {
    const s = await sim();
    expect((await fetch(`${s.url}/files/nothere.mp4`)).status).toBe(404);
  });
});
