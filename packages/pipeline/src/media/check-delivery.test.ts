import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { videoGeometry } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import {
  hostileVideo,
  lavfiVideo,
  requireFfmpeg,
  simulatorVideo,
  tempDir,
} from '../../test/media.ts';
import { folderCheckCache } from './check-cache.ts';
import {
  type CheckDeliveryOptions,
  checkDelivery,
  DEFAULT_TOLERANCES,
  decideDelivery,
  sha256File,
} from './check-delivery.ts';
import type { DeliveryFacts } from './delivery-facts.ts';
import { DEFAULT_DETECT } from './measure-video.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';

requireFfmpeg();

const asked = {
  aspectRatio: '16:9',
  duration: 4,
  quality: '720p',
  prompt: 'a kite over dunes',
  sound: true,
};
const expectation = {
  duration: 4,
  aspectRatio: '16:9',
  size: videoGeometry(asked),
  sound: true,
};
const codes = (check: Awaited<ReturnType<typeof checkDelivery>>) =>
  check.ok ? [] : check.reasons.map((r) => r.code);

describe('checkDelivery on what the simulator delivers', () => {
  it('a good video passes, with what was measured', async () => {
    const dir = await tempDir();
    const video = await simulatorVideo(dir, 'good.mp4', asked);
    const check = await checkDelivery(video, expectation);
    expect(check).toMatchObject({ ok: true });
    expect(check.facts).toMatchObject({
      duration: 4,
      audio: true,
      blackSeconds: 0,
      frozenSeconds: 0,
    });
    expect(check.facts.video).toMatchObject({ width: 256, height: 144 });
  });

  it.each([
    ['short', 'short', /^it lasts 2 s; 4 s was asked \(within 0.5 s\)$/],
    ['wrong-aspect', 'aspect', /^it is 144x256 \(0.563\); 16:9 \(1.778\) was asked$/],
    ['silent', 'silent', /^sound was asked; it has no audio track$/],
    ['black', 'black', /^4 s of 4 s is black \(100 %\)$/],
    ['frozen', 'frozen', /^4 s of 4 s is one unchanging picture \(100 %\)$/],
  ] as const)('a %s fault is reported as %s', async (fault, code, message) => {
    const dir = await tempDir();
    const video = await simulatorVideo(dir, `${fault}.mp4`, { ...asked, fault });
    const check = await checkDelivery(video, { duration: 4, aspectRatio: '16:9', sound: true });
    expect(check.ok).toBe(false);
    expect(codes(check)).toEqual([code]);
    expect(check.ok ? '' : check.reasons[0]?.message).toMatch(message);
  });

  it('the wrong-aspect video is also the wrong resolution when the size is known', async () => {
    const dir = await tempDir();
    const video = await simulatorVideo(dir, 'v.mp4', { ...asked, fault: 'wrong-aspect' });
    const check = await checkDelivery(video, expectation);
    expect(codes(check)).toEqual(['aspect', 'resolution']);
  });
});

describe('checkDelivery on other files', () => {
  it('not an MP4: text, or a WebM', async () => {
    const dir = await tempDir();
    const text = path.join(dir, 'a.mp4');
    await writeFile(text, '<html>Access denied</html>');
    expect(codes(await checkDelivery(text, {}))).toEqual(['not_mp4']);
    const webm = await lavfiVideo(
      path.join(dir, 'b.webm'),
      'color=c=red:s=64x64:r=10:d=1',
      undefined,
      [...['-c:v', 'libvpx', '-f', 'webm']],
    );
    expect(codes(await checkDelivery(webm, {}))).toEqual(['not_mp4']);
  });

  it('an MP4 with sound only has no video', async () => {
    const dir = await tempDir();
    const m4a = path.join(dir, 'a.mp4');
    await lavfiVideo(m4a, 'sine=f=440:d=1', undefined, ['-c:a', 'aac']);
    expect(codes(await checkDelivery(m4a, {}))).toEqual(['no_video']);
  });

  it('too long, and a silent audio track where sound was asked', async () => {
    const dir = await tempDir();
    const video = await lavfiVideo(
      path.join(dir, 'v.mp4'),
      'testsrc=s=320x180:r=24:d=6',
      'anullsrc=r=48000:cl=stereo',
    );
    const check = await checkDelivery(video, { duration: 4, aspectRatio: '16:9', sound: true });
    expect(codes(check)).toEqual(['long', 'silent']);
    expect(check.ok ? '' : check.reasons[1]?.message).toMatch(
      /its audio track is silent \(loudest -91 dB/,
    );
  });

  it('a video of too many pixels is suspect without being decoded', async () => {
    const dir = await tempDir();
    const video = await hostileVideo(path.join(dir, 'huge.mp4'), '2880x2880', 1);
    const runs: string[] = [];
    const check = await checkDelivery(
      video,
      { aspectRatio: '1:1' },
      { maxPixels: 1920 * 1080, run: countRuns(runs) },
    );
    expect(codes(check)).toEqual(['too_large']);
    expect(runs).toEqual(['ffprobe']);
  });
});

/** The real runner, noting each program it runs. */
function countRuns(runs: string[]): ProgramRunner {
  const real = realProgramRunner();
  return (program, args, bounds) => {
    runs.push(program);
    return real(program, args, bounds);
  };
}

describe('the check cache', () => {
  it('keeps the facts by sha256: a second check decodes nothing and decides again', async () => {
    const dir = await tempDir();
    const cacheDir = path.join(dir, 'state', 'checks');
    const video = await simulatorVideo(dir, 'v.mp4', { ...asked, fault: 'short' });
    const runs: string[] = [];
    const options: CheckDeliveryOptions = {
      cache: folderCheckCache(cacheDir),
      run: countRuns(runs),
    };
    const first = await checkDelivery(video, expectation, options);
    expect(runs).toEqual(['ffprobe', 'ffmpeg']);
    const sha = await sha256File(video);
    expect(await readdir(cacheDir)).toEqual([`${sha}.check.json`]);
    // Another expectation on the same video: decided from the kept facts alone.
    const again = await checkDelivery(video, { duration: 2 }, options);
    expect(runs).toEqual(['ffprobe', 'ffmpeg']);
    expect(codes(first)).toEqual(['short']);
    expect(again.ok).toBe(true);
  });

  it('a symlink or a tampered entry is not used, and is replaced rather than written through', async () => {
    const dir = await tempDir();
    const cacheDir = path.join(dir, 'checks');
    const video = await simulatorVideo(dir, 'v.mp4', { ...asked, fault: 'black' });
    const sha = await sha256File(video);
    const outside = path.join(dir, 'outside.json');
    const forged: DeliveryFacts = {
      version: 1,
      detect: DEFAULT_DETECT,
      duration: 4,
      video: { codec: 'h264', width: 256, height: 144, displayWidth: 256, displayHeight: 144 },
      audio: true,
      audioMaxDb: -12,
      blackSeconds: 0,
      frozenSeconds: 0,
    };
    await writeFile(outside, JSON.stringify(forged));
    await mkdir(cacheDir);
    await symlink(outside, path.join(cacheDir, `${sha}.check.json`));
    const runs: string[] = [];
    const options = { cache: folderCheckCache(cacheDir), run: countRuns(runs), sha256: sha };
    expect(codes(await checkDelivery(video, expectation, options))).toEqual(['black']);
    expect(runs).toEqual(['ffprobe', 'ffmpeg']);
    expect(JSON.parse(await readFile(outside, 'utf8'))).toEqual(forged); // not written through
    expect((await lstat(path.join(cacheDir, `${sha}.check.json`))).isFile()).toBe(true);

    await writeFile(
      path.join(cacheDir, `${sha}.check.json`),
      JSON.stringify({ ...forged, blackSeconds: 'none' }),
    );
    expect(codes(await checkDelivery(video, expectation, options))).toEqual(['black']);
    expect(runs).toHaveLength(4); // measured again
  });
});

describe('decideDelivery tolerances', () => {
  const facts = (duration: number, width = 1280, height = 720): DeliveryFacts => ({
    version: 1,
    detect: DEFAULT_DETECT,
    duration,
    video: { codec: 'h264', width, height, displayWidth: width, displayHeight: height },
    audio: false,
    blackSeconds: 0,
    frozenSeconds: 0,
  });
  const decide = (f: DeliveryFacts, e: Parameters<typeof decideDelivery>[1], t = {}) =>
    decideDelivery(f, e, { ...DEFAULT_TOLERANCES, ...t }).map((r) => r.code);

  it('duration: within 0.5 s or 10 %, whichever is larger', () => {
    expect(decide(facts(4.5), { duration: 4 })).toEqual([]);
    expect(decide(facts(4.51), { duration: 4 })).toEqual(['long']);
    expect(decide(facts(9.0), { duration: 10 })).toEqual([]);
    expect(decide(facts(8.9), { duration: 10 })).toEqual(['short']);
    expect(
      decide(facts(9.5), { duration: 10 }, { durationRatio: 0, durationSeconds: 0.25 }),
    ).toEqual(['short']);
  });

  it('aspect within 1 %; `adaptive` is not checked; the size only when given', () => {
    expect(decide(facts(4, 1280, 720), { aspectRatio: '16:9' })).toEqual([]);
    expect(decide(facts(4, 1280, 704), { aspectRatio: '16:9' })).toEqual(['aspect']);
    expect(decide(facts(4, 1280, 716), { aspectRatio: '1280x720' })).toEqual([]);
    expect(decide(facts(4, 720, 1280), { aspectRatio: 'adaptive' })).toEqual([]);
    expect(decide(facts(4, 1280, 716), { size: { width: 1280, height: 720 } })).toEqual([
      'resolution',
    ]);
  });

  it('resolution: the short side the quality names, within 2 % (and 2 px), in either orientation', () => {
    expect(decide(facts(4, 854, 480), { quality: '480p' })).toEqual([]);
    expect(decide(facts(4, 1088, 1920), { quality: '1080P' })).toEqual([]);
    expect(decide(facts(4, 640, 360), { quality: '720p' })).toEqual(['resolution']);
    expect(decide(facts(4, 1280, 712), { quality: '720p' })).toEqual([]);
    expect(decide(facts(4, 1280, 700), { quality: '720p' })).toEqual(['resolution']);
    expect(decide(facts(4, 3840, 2160), { quality: '4k' })).toEqual([]);
    expect(decide(facts(4, 640, 360), { quality: 'standard' })).toEqual([]);
    expect(decide(facts(4, 1280, 700), { quality: '720p' }, { resolutionShare: 0.05 })).toEqual([]);
  });

  it('black or frozen only over more than the stated share; a black clip is not also frozen', () => {
    const f = { ...facts(10), blackSeconds: 8, frozenSeconds: 8 };
    expect(decide(f, {})).toEqual([]);
    expect(decide({ ...f, frozenSeconds: 8.5 }, {})).toEqual(['frozen']);
    expect(decide({ ...f, blackSeconds: 9, frozenSeconds: 10 }, {})).toEqual(['black']);
    expect(decide(f, {}, { blackShare: 0.5 })).toEqual(['black']);
  });
});
