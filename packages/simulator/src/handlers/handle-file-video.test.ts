import { describe, expect, it } from 'vitest';
import { create, sim, waitTerminal } from '../../test/test-helpers.ts';
import { resultVideo } from '../mp4/result-video.ts';

async function download(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

describe('the served video follows the task', () => {
  it('is painted from the prompt, sized by quality, and carries a drawn video fault', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'create', fault: 'black-video', at: [2] }] },
    });
    const request = { model: 'sora-2-pro-preview', prompt: 'a red fox sim:seconds=10' };
    const good = await create(s, { ...request, quality: '1080p' });
    const bad = await create(s, request);
    const named = await create(s, { ...request, prompt: 'a fox sim:video=short sim:seconds=10' });
    const served: Uint8Array[] = [];
    for (const c of [good, bad, named]) {
      const done = await waitTerminal(s, c.body.id);
      served.push(await download(done.results[0]));
    }
    expect(served[0]).toEqual(
      await resultVideo({
        aspectRatio: '16:9',
        duration: 4,
        quality: '1080p',
        prompt: request.prompt,
      }),
    );
    expect(served[1]).toEqual(
      await resultVideo({
        aspectRatio: '16:9',
        duration: 4,
        quality: '720p',
        prompt: request.prompt,
        fault: 'black',
      }),
    );
    expect(served[2]).toEqual(
      await resultVideo({
        aspectRatio: '16:9',
        duration: 4,
        quality: '720p',
        prompt: 'a fox sim:video=short sim:seconds=10',
        fault: 'short',
      }),
    );
    expect(s.stats().faults['black-video']).toBe(1);
  });
});
