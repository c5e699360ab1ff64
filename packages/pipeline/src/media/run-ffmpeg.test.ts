import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireFfmpeg, simulatorVideo, tempDir } from '../../test/media.ts';
import { MediaError } from './media-error.ts';
import { probeVideo } from './probe-video.ts';
import { type RunnerTimers, realProgramRunner } from './program-runner.ts';
import { audioInput, fileUrl, mp4Input, resolveLimits } from './run-ffmpeg.ts';

requireFfmpeg();

const bounds = { timeoutMs: 60_000, maxOutputBytes: 1024 * 1024 };
/** An endless ffmpeg run (a test pattern to nowhere). */
const endless = ['-hide_banner', '-nostdin', '-f', 'lavfi', '-i', 'testsrc', '-f', 'null', '-'];

describe('realProgramRunner', () => {
  it('a program missing from the PATH is a MediaError "missing"', async () => {
    const dir = await tempDir();
    const run = realProgramRunner({ PATH: path.join(dir, 'no-bin') });
    await expect(run('ffmpeg', ['-version'], bounds)).rejects.toMatchObject({
      code: 'missing',
      message: 'ffmpeg is not on the PATH (install ffmpeg)',
    });
  });

  it('kills a run past its time limit', async () => {
    // The limit's timer fires at once: the test waits on no clock.
    const timers: RunnerTimers = { setTimeout: (fn) => setImmediate(fn), clearTimeout: () => {} };
    const run = realProgramRunner(process.env, timers);
    const error = await run('ffmpeg', endless, { ...bounds, timeoutMs: 50 }).catch((e) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect(error).toMatchObject({
      code: 'timeout',
      message: 'ffmpeg ran past its limit of 50 ms and was stopped',
    });
  });

  it('kills a run that writes more than its output limit', async () => {
    const run = realProgramRunner();
    const args = [
      '-hide_banner',
      '-nostdin',
      '-f',
      'lavfi',
      '-i',
      'testsrc',
      '-f',
      'rawvideo',
      '-',
    ];
    await expect(run('ffmpeg', args, { ...bounds, maxOutputBytes: 4096 })).rejects.toMatchObject({
      code: 'output_limit',
    });
  });

  it('a failed run says why, in one line without control characters', async () => {
    const dir = await tempDir();
    const run = realProgramRunner();
    const name = path.join(dir, 'no\u001b]52;c;aGk=\u0007such.mp4');
    const error = await run('ffprobe', ['-v', 'error', '-i', name], bounds).catch((e) => e);
    expect(error).toMatchObject({ code: 'failed' });
    expect(error.message).toMatch(/^ffprobe failed \(exit 1\): .*No such file or directory$/);
    expect([...error.message].some((c) => c.charCodeAt(0) < 32)).toBe(false);
  });
});

describe('input arguments', () => {
  it('open a video as a file only, as MP4 only, on the decoder limits', () => {
    const limits = resolveLimits({ threads: 2, maxPixels: 1000 });
    expect(mp4Input('a/concat:b|c.mp4', limits)).toEqual([
      ...['-protocol_whitelist', 'file', '-f', 'mov', '-enable_drefs', '0'],
      ...['-threads', '2', '-max_pixels', '1000', '-i', `file:${path.resolve('a/concat:b|c.mp4')}`],
    ]);
    expect(fileUrl('-')).toBe(`file:${path.resolve('-')}`);
    expect(audioInput('music/theme.MP3', limits)).toContain('mp3');
    expect(() => audioInput('music/list.m3u8', limits)).toThrow(/an audio track must be one of/);
  });

  it('limits must be positive whole numbers', () => {
    expect(() => resolveLimits({ timeoutMs: 0 })).toThrow(
      'media limit timeoutMs must be a positive whole number',
    );
    expect(resolveLimits()).toEqual({
      timeoutMs: 60_000,
      threads: 1,
      maxPixels: 4096 * 2160,
      maxAllocBytes: 128 * 1024 * 1024,
      maxOutputBytes: 4 * 1024 * 1024,
    });
  });
});

describe('probeVideo', () => {
  it('reads size, duration and streams without decoding', async () => {
    const dir = await tempDir();
    const file = await simulatorVideo(dir, 'a.mp4', {
      aspectRatio: '9:16',
      duration: 3,
      quality: '1080p',
      sound: true,
    });
    const probe = await probeVideo(file);
    expect(probe.duration).toBeCloseTo(3, 2);
    expect(probe.video).toMatchObject({
      codec: 'h264',
      width: 216,
      height: 384,
      displayWidth: 216,
      frameRate: 24,
    });
    expect(probe.audio).toMatchObject({ codec: 'pcm_s16le', sampleRate: 8000, channels: 1 });
  });

  it('refuses a symlink or a FIFO before ffprobe opens it', async () => {
    const dir = await tempDir();
    const file = await simulatorVideo(dir, 'a.mp4', {
      aspectRatio: '16:9',
      duration: 1,
      quality: undefined,
    });
    await symlink(file, path.join(dir, 'link.mp4'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.mp4')]);
    let runs = 0;
    const run = async () => {
      runs += 1;
      throw new Error('not run');
    };
    for (const name of ['link.mp4', 'fifo.mp4']) {
      await expect(probeVideo(path.join(dir, name), { run })).rejects.toMatchObject({
        code: 'refused',
        message: `${path.join(dir, name)} is not a regular file, so it is not read`,
      });
    }
    expect(runs).toBe(0);
  });

  it('a playlist named .mp4 is not read as a playlist (no other demuxer is ever tried)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'clip.mp4');
    await writeFile(
      file,
      '#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\n/etc/hostname\n#EXT-X-ENDLIST\n',
    );
    await expect(probeVideo(file)).rejects.toMatchObject({
      code: 'failed',
      message: /Invalid data/,
    });
  });
});
