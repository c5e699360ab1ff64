import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resultVideo, type VideoSpec, videoGeometry, videoSeconds } from './result-video.ts';
import { promptColour, promptTone } from './video-look.ts';

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

/** Writes the spec's video to a temporary file and gives it to `use`. */
async function withVideo<T>(spec: VideoSpec, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'sim-mp4-'));
  try {
    const file = join(dir, 'v.mp4');
    await writeFile(file, await resultVideo(spec));
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function probe(file: string) {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_streams',
    '-show_format',
    file,
  ]);
  return JSON.parse(stdout);
}

/** The Y, Cb, Cr of the middle of the frame at `seconds` (an 8x8 block averaged). */
async function middleColour(file: string, seconds: number): Promise<number[]> {
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1'],
      ...['-vf', 'crop=8:8:(iw-8)/2:(ih-8)/2,scale=1:1:flags=area', '-pix_fmt', 'yuv444p'],
      ...['-f', 'rawvideo', '-'],
    ],
    { encoding: 'buffer' },
  );
  return [...stdout.subarray(0, 3)];
}

describe('videoGeometry', () => {
  it.each([
    ['16:9', undefined, 256, 144],
    ['16:9', '720p', 256, 144],
    ['16:9', '1080p', 384, 216],
    ['9:16', '1080p', 216, 384],
    ['1:1', '480p', 108, 108],
    ['4:3', '720p', 192, 144],
    ['3:4', 'standard', 144, 192],
    ['21:9', '4k', 672, 288],
    ['720x1280', undefined, 144, 256],
    ['adaptive', '768p', 256, 144],
  ])('%s at %s is %ix%i: the exact aspect ratio, even sides', (aspectRatio, quality, w, h) => {
    expect(videoGeometry({ aspectRatio, duration: 4, quality })).toEqual({ width: w, height: h });
  });

  it('a wrong-aspect fault turns landscape to portrait and back, square to 16:9', () => {
    const g = (aspectRatio: string) =>
      videoGeometry({ aspectRatio, duration: 4, quality: '720p', fault: 'wrong-aspect' });
    expect(g('16:9')).toEqual({ width: 144, height: 256 });
    expect(g('9:16')).toEqual({ width: 256, height: 144 });
    expect(g('1:1')).toEqual({ width: 256, height: 144 });
  });

  it('a short fault delivers half the duration, at least a second', () => {
    expect(
      videoSeconds({ aspectRatio: '16:9', duration: 8, quality: undefined, fault: 'short' }),
    ).toBe(4);
    expect(
      videoSeconds({ aspectRatio: '16:9', duration: 1, quality: undefined, fault: 'short' }),
    ).toBe(1);
    expect(videoSeconds({ aspectRatio: '16:9', duration: 8, quality: undefined })).toBe(8);
  });
});

describe('promptColour', () => {
  it('is the same for a prompt, and differs between prompts', () => {
    expect(promptColour('a red fox')).toEqual(promptColour('a red fox'));
    const colours = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((p) => JSON.stringify(promptColour(p))),
    );
    expect(colours.size).toBeGreaterThan(4);
  });
});

describe('resultVideo', () => {
  it('is an MP4 of the requested aspect ratio, kept for the same spec', async () => {
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
    { aspectRatio: '21:9', duration: 4, quality: '4k' },
  ])('ffprobe reads %j with matching size and duration', async (spec) => {
    await withVideo(spec, async (file) => {
      const info = await probe(file);
      const stream = info.streams[0];
      expect(stream.codec_name).toBe('h264');
      expect({ width: stream.width, height: stream.height }).toEqual(videoGeometry(spec));
      expect(Number(info.format.duration)).toBeCloseTo(spec.duration, 1);
      await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'null', '-']); // decodes every frame without error
    });
  });

  it.skipIf(!ffprobe)(
    'is painted in the prompt colour, with a tone of the prompt pitch when sound is asked',
    async () => {
      const spec = {
        aspectRatio: '16:9',
        duration: 2,
        quality: '720p',
        prompt: 'a lighthouse at dusk',
        sound: true,
      };
      await withVideo(spec, async (file) => {
        const info = await probe(file);
        const audio = info.streams.find((s: { codec_type: string }) => s.codec_type === 'audio');
        expect(audio).toMatchObject({ codec_name: 'pcm_s16le', sample_rate: '8000', channels: 1 });
        expect(Number(audio.duration)).toBeCloseTo(2, 1);
        const c = promptColour(spec.prompt);
        for (const at of [0.5, 1.5]) {
          const [y, cb, cr] = await middleColour(file, at);
          expect(Math.abs((y ?? 0) - c.y)).toBeLessThanOrEqual(2);
          expect(Math.abs((cb ?? 0) - c.cb)).toBeLessThanOrEqual(2);
          expect(Math.abs((cr ?? 0) - c.cr)).toBeLessThanOrEqual(2);
        }
        // The tone's pitch: a band-pass around it keeps nearly all of the level.
        const hz = promptTone(spec.prompt);
        const { stderr } = await run('ffmpeg', [
          ...[
            '-i',
            file,
            '-map',
            '0:a',
            '-af',
            `bandpass=f=${hz}:w=20,volumedetect`,
            '-f',
            'null',
            '-',
          ],
        ]);
        expect(Number(/max_volume: (-?[\d.]+) dB/.exec(stderr)?.[1])).toBeGreaterThan(-16);
      });
    },
  );

  it.skipIf(!ffprobe)(
    'has no audio track when sound is not asked, or with a silent fault',
    async () => {
      for (const spec of [
        { aspectRatio: '16:9', duration: 2, quality: undefined, prompt: 'p' },
        {
          aspectRatio: '16:9',
          duration: 2,
          quality: undefined,
          prompt: 'p',
          sound: true,
          fault: 'silent' as const,
        },
      ]) {
        await withVideo(spec, async (file) => {
          const info = await probe(file);
          expect(info.streams.map((s: { codec_type: string }) => s.codec_type)).toEqual(['video']);
        });
      }
    },
  );

  it.skipIf(!ffprobe)('a black fault is black throughout; a frozen one never changes', async () => {
    const base = { aspectRatio: '16:9', duration: 3, quality: undefined, prompt: 'a garden' };
    await withVideo({ ...base, fault: 'black' }, async (file) => {
      expect(await middleColour(file, 1.5)).toEqual([16, 128, 128]);
    });
    await withVideo({ ...base, fault: 'frozen' }, async (file) => {
      const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'framemd5', '-']);
      const hashes = new Set(
        stdout
          .split('\n')
          .filter((l) => /^\d/.test(l))
          .map((l) => l.split(',').at(-1)?.trim()),
      );
      expect(hashes.size).toBe(1); // 72 frames, one picture
    });
    await withVideo(base, async (file) => {
      const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'framemd5', '-']);
      const frames = stdout.split('\n').filter((l) => /^\d/.test(l));
      expect(new Set(frames.map((l) => l.split(',').at(-1)?.trim())).size).toBe(3); // one a second
    });
  });
});
