import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promptColour } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import {
  colourAt,
  ffprobe,
  hostileVideo,
  lavfiVideo,
  near,
  requireFfmpeg,
  simulatorVideo,
  tempDir,
} from '../../test/media.ts';
import { fitSize, makePoster } from './make-poster.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';

requireFfmpeg();

/** The real runner, recording each run's program and arguments. */
function recording(): { run: ProgramRunner; runs: { program: string; args: readonly string[] }[] } {
  const real = realProgramRunner();
  const runs: { program: string; args: readonly string[] }[] = [];
  return {
    runs,
    run: (program, args, bounds) => {
      runs.push({ program, args });
      return real(program, args, bounds);
    },
  };
}

/**
 * The real runner under `/usr/bin/time`, keeping each run's peak resident size (KiB).
 * ffmpeg's memory is measured, not guessed: the 1.3 GiB a hostile video took is the bug.
 */
function measured(dir: string): { run: ProgramRunner; peaks: number[] } {
  const real = realProgramRunner();
  const peaks: number[] = [];
  let n = 0;
  return {
    peaks,
    run: async (program, args, bounds) => {
      const report = path.join(dir, `time-${n++}.txt`);
      const timed = ['-f', '%M', '-o', report, program, ...args];
      const out = await real('/usr/bin/time' as 'ffmpeg', timed, bounds);
      peaks.push(Number((await readFile(report, 'utf8')).trim().split('\n').at(-1)));
      return out;
    },
  };
}

describe('makePoster', () => {
  it('writes a JPEG frame of the video, no larger than 640 px on its long side', async () => {
    const dir = await tempDir();
    const prompt = 'a harbour at noon';
    const video = await simulatorVideo(dir, 'v.mp4', {
      aspectRatio: '16:9',
      duration: 2,
      quality: '4k',
      prompt,
    });
    const out = path.join(dir, 'poster.jpg');
    expect(await makePoster(video, out)).toEqual({ width: 512, height: 288 });
    expect([...(await readFile(out)).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const info = await ffprobe(out);
    expect(info.streams[0]).toMatchObject({ width: 512, height: 288 });
    expect(near(await colourAt(out, 0), promptColour(prompt))).toBe(true);

    const big = await lavfiVideo(path.join(dir, 'big.mp4'), 'testsrc=s=1920x1080:r=24:d=1');
    expect(await makePoster(big, out)).toEqual({ width: 640, height: 360 });
  });

  it('a hostile 2880x2880 video gets its poster within bounds: scaled first, one thread, measured', async () => {
    const dir = await tempDir();
    const video = await hostileVideo(path.join(dir, 'hostile.mp4'));
    expect((await readFile(video)).length).toBeLessThan(64 * 1024); // small on the wire
    const { run, peaks } = measured(dir);
    const out = path.join(dir, 'poster.jpg');
    expect(await makePoster(video, out, { run })).toEqual({ width: 640, height: 640 });
    // The unbounded command (`-vf thumbnail` on full-size frames) peaked at 1.3 GiB here;
    // scaled before the filter, on one thread, it stays near ffmpeg's own footprint.
    const [probePeak = 0, ffmpegPeak = 0] = peaks;
    expect(probePeak).toBeLessThan(150 * 1024);
    expect(ffmpegPeak).toBeLessThan(400 * 1024);
  });

  it('passes the limits to ffmpeg: file protocol, MP4 demuxer, threads, pixels, scale before thumbnail', async () => {
    const dir = await tempDir();
    const video = await simulatorVideo(dir, 'v.mp4', {
      aspectRatio: '9:16',
      duration: 1,
      quality: undefined,
    });
    const { run, runs } = recording();
    await makePoster(video, path.join(dir, 'p.jpg'), { run, threads: 1, maxPixels: 500_000 });
    expect(runs.map((r) => r.program)).toEqual(['ffprobe', 'ffmpeg']);
    const args = runs[1]?.args.join(' ');
    expect(args).toContain('-nostdin');
    expect(args).toContain(
      '-protocol_whitelist file -f mov -enable_drefs 0 -threads 1 -max_pixels 500000 -i file:',
    );
    expect(args).toContain('-filter_threads 1');
    expect(args).toContain('-vf scale=144:256:flags=bilinear,setsar=1,thumbnail=n=48');
  });

  it('refuses a video of more pixels than allowed, before decoding anything', async () => {
    const dir = await tempDir();
    const video = await hostileVideo(path.join(dir, 'huge.mp4'), '4096x4096', 0.25);
    const { run, runs } = recording();
    await expect(makePoster(video, path.join(dir, 'p.jpg'), { run })).rejects.toMatchObject({
      code: 'refused',
      message: `${video} is 4096x4096 (16,777,216 pixels a frame), more than the 8,847,360 allowed: it is not decoded`,
    });
    expect(runs.map((r) => r.program)).toEqual(['ffprobe']);
  });

  it('a container that understates its size is still stopped by the decoder cap', async () => {
    const dir = await tempDir();
    const video = await hostileVideo(path.join(dir, 'hostile.mp4'), '2880x2880', 1);
    // The probe is told 160x160 (as a lying container would say); the decoder sees 2880x2880.
    const probe = {
      duration: 1,
      video: {
        codec: 'h264',
        width: 160,
        height: 160,
        displayWidth: 160,
        displayHeight: 160,
        frameRate: 24,
        duration: 1,
      },
      audio: undefined,
    };
    await expect(
      makePoster(video, path.join(dir, 'p.jpg'), { probe, maxPixels: 1_000_000 }),
    ).rejects.toMatchObject({
      code: 'failed',
    });
  });

  it('a playlist named .mp4 pointing at another local file: ffmpeg alone reads that file, makePoster refuses', async () => {
    const dir = await tempDir();
    const secret = await lavfiVideo(
      path.join(dir, 'secret.ts'),
      'color=c=red:s=160x90:r=24:d=2',
      undefined,
      [...['-c:v', 'libx264', '-f', 'mpegts']],
    );
    const playlist = path.join(dir, 'clip.mp4');
    await writeFile(
      playlist,
      `#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\n${secret}\n#EXT-X-ENDLIST\n`,
    );
    // Without the forced demuxer, ffmpeg follows the playlist to the file it names.
    const plain = path.join(dir, 'plain.jpg');
    await realProgramRunner()('ffmpeg', ['-v', 'error', '-i', playlist, '-frames:v', '1', plain], {
      timeoutMs: 60_000,
      maxOutputBytes: 65536,
    });
    expect((await readFile(plain)).length).toBeGreaterThan(0);
    await expect(makePoster(playlist, path.join(dir, 'ours.jpg'))).rejects.toMatchObject({
      code: 'failed',
    });
  });

  it('fitSize keeps the aspect with even sides', () => {
    expect(fitSize(2880, 2880, 640)).toEqual({ width: 640, height: 640 });
    expect(fitSize(1080, 1920, 640)).toEqual({ width: 360, height: 640 });
    expect(fitSize(100, 50, 640)).toEqual({ width: 100, height: 50 });
    expect(fitSize(101, 51, 640)).toEqual({ width: 102, height: 52 });
  });
});
