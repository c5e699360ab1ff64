import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resultVideo, videoGeometry } from './result-video.ts';

const run = promisify(execFile);
const ffprobe = await run('ffprobe', ['-version']).then(
  () => true,
  () => false,
);
if (!ffprobe) {
  if (process.env.CI === 'true')
    throw new Error('ffprobe is required in CI: apt-get install ffmpeg');
  console.log('skipping ffprobe checks: ffprobe not found (apt-get install ffmpeg)');
}

describe('resultVideo', () => {
  it('is an MP4 of the requested aspect ratio, cached per spec', async () => {
    const a = await resultVideo({ aspectRatio: '9:16', duration: 4, quality: undefined });
    expect(new TextDecoder().decode(a.subarray(4, 8))).toBe('ftyp');
    expect(await resultVideo({ aspectRatio: '9:16', duration: 4, quality: undefined })).toBe(a);
    const g = videoGeometry({ aspectRatio: '9:16', duration: 4, quality: undefined });
    expect(g.height / g.width).toBeCloseTo(16 / 9, 2);
  });

  it.skipIf(!ffprobe).each([
    { aspectRatio: '16:9', duration: 4, quality: '720p' },
    { aspectRatio: '9:16', duration: 10, quality: undefined },
    { aspectRatio: '16:9', duration: 12, quality: '1080p' },
    { aspectRatio: '720x1280', duration: 8, quality: undefined },
  ])('ffprobe reads %j with matching size and duration', async (spec) => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-mp4-'));
    try {
      const file = join(dir, 'v.mp4');
      await writeFile(file, await resultVideo(spec));
      const { stdout } = await run('ffprobe', [
        '-v',
        'error',
        '-print_format',
        'json',
        '-show_streams',
        '-show_format',
        file,
      ]);
      const info = JSON.parse(stdout);
      const stream = info.streams[0];
      expect(stream.codec_name).toBe('h264');
      const portrait = spec.aspectRatio === '9:16' || spec.aspectRatio === '720x1280';
      expect(portrait ? stream.height / stream.width : stream.width / stream.height).toBeCloseTo(
        16 / 9,
        2,
      );
      expect(Number(info.format.duration)).toBeCloseTo(spec.duration, 1);
      await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-']); // decodes every frame without error
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
