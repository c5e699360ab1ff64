import { execFileSync } from 'node:child_process';
import { lstat, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../test/run-helpers.ts';
import { MediaError } from '../media/media-error.ts';
import type { RunProgram } from '../model/file-ops.ts';
import type { JobResult } from '../model/job-result.ts';
import { addPosters, posterPathOf, realRunProgram } from './poster.ts';
import { isTempName } from './temp-files.ts';

async function outWithVideos(names: string[], size = '160x90'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-poster-'));
  for (const name of names) {
    // A real one-second MP4, made by ffmpeg itself.
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc=duration=1:size=${size}:rate=10`,
      '-pix_fmt',
      'yuv420p',
      path.join(dir, name),
    ]);
  }
  return dir;
}
const result = (name: string, status: JobResult['status'] = 'completed'): JobResult => ({
  name,
  source: `prompts/${name}.md`,
  hash: `hash-of-${name}`,
  model: 'm',
  parameters: {},
  prompt: 'p',
  credits: 1,
  estimate: 1,
  status,
  ...(status === 'completed' ? { path: `${name}.mp4` } : {}),
});

describe('addPosters', () => {
  it('writes a JPEG poster beside each finished video with ffmpeg from the PATH', async () => {
    const outDir = await outWithVideos(['a.mp4', 'b.mp4']);
    const notices: string[] = [];
    const results = await addPosters([result('a'), result('b'), result('c', 'failed')], {
      outDir,
      notice: (m) => notices.push(m),
    });
    expect(results.map((r) => r.poster)).toEqual(['a.jpg', 'b.jpg', undefined]);
    const jpeg = await readFile(path.join(outDir, 'a.jpg'));
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(notices).toEqual([]);
  });

  it('without ffmpeg on the PATH: one notice, no posters, nothing fails', async () => {
    const outDir = await outWithVideos(['a.mp4', 'b.mp4']);
    const notices: string[] = [];
    const results = await addPosters([result('a'), result('b')], {
      outDir,
      run: realRunProgram({ PATH: path.join(outDir, 'no-bin') }),
      notice: (m) => notices.push(m),
    });
    expect(results.map((r) => r.poster)).toEqual([undefined, undefined]);
    expect(notices).toEqual([
      'ffmpeg is not on the PATH: no poster frames (install ffmpeg to get them)',
    ]);
  });

  it('a video ffmpeg cannot read gets no poster and a notice naming it', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'clipwright-poster-'));
    await writeFile(path.join(outDir, 'broken.mp4'), 'not an mp4 at all');
    const notices: string[] = [];
    const results = await addPosters([result('broken')], {
      outDir,
      notice: (m) => notices.push(m),
    });
    expect(results[0]?.poster).toBeUndefined();
    expect(notices[0]).toMatch(/^no poster for broken\.mp4: ffmpeg failed/);
  });

  it('runs ffmpeg once for videos with the same unreadable content, each named in a notice', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'clipwright-poster-'));
    for (const name of ['broken', 'copy', 'other']) {
      await writeFile(path.join(outDir, `${name}.mp4`), 'not an mp4');
    }
    const notices: string[] = [];
    let runs = 0;
    const results = await addPosters(
      [result('broken'), { ...result('copy'), hash: 'hash-of-broken' }, result('other')],
      {
        outDir,
        run: async () => {
          runs += 1;
          throw new MediaError('failed', 'ffprobe failed', 'moov atom not found');
        },
        notice: (m) => notices.push(m),
      },
    );
    expect(runs).toBe(2); // broken (copy shares its content), other
    expect(results.map((r) => r.poster)).toEqual([undefined, undefined, undefined]);
    expect(notices).toEqual([
      'no poster for broken.mp4: ffmpeg failed (moov atom not found)',
      'no poster for copy.mp4: ffmpeg failed (moov atom not found)',
      'no poster for other.mp4: ffmpeg failed (moov atom not found)',
    ]);
  });

  it('runs ffmpeg once for videos with the same content and copies the poster', async () => {
    const outDir = await outWithVideos(['a.mp4', 'twin.mp4']);
    const runs: string[] = [];
    const real = realRunProgram();
    const results = await addPosters([result('a'), { ...result('twin'), hash: 'hash-of-a' }], {
      outDir,
      run: async (file, args, bounds) => {
        if (file === 'ffmpeg') runs.push((args.at(-1) ?? '').replace(/^file:/, ''));
        return real(file, args, bounds);
      },
    });
    expect(results.map((r) => r.poster)).toEqual(['a.jpg', 'twin.jpg']);
    // ffmpeg writes a temporary name beside the poster, then it is placed.
    expect(runs.map((r) => [path.dirname(r), isTempName(path.basename(r))])).toEqual([
      [outDir, true],
    ]);
    expect(await listFiles(outDir)).toEqual(['a.jpg', 'a.mp4', 'twin.jpg', 'twin.mp4']);
    expect(await readFile(path.join(outDir, 'twin.jpg'))).toEqual(
      await readFile(path.join(outDir, 'a.jpg')),
    );
  });

  it('a symlink planted at the poster name is replaced, never written through', async () => {
    const outDir = await outWithVideos(['a.mp4']);
    const outside = path.join(await mkdtemp(path.join(tmpdir(), 'clipwright-outside-')), 'rc');
    await writeFile(outside, 'keep me');
    await symlink(outside, path.join(outDir, 'a.jpg'));
    const [r] = await addPosters([result('a')], { outDir });
    expect(r?.poster).toBe('a.jpg');
    expect(await readFile(outside, 'utf8')).toBe('keep me');
    expect((await lstat(path.join(outDir, 'a.jpg'))).isFile()).toBe(true);
  });

  it('keeps each poster by the video sha256 and reuses it: a later run spawns no ffmpeg', async () => {
    const outDir = await outWithVideos(['a.mp4']);
    const cacheDir = path.join(await mkdtemp(path.join(tmpdir(), 'clipwright-state-')), 'cache');
    const runs: string[] = [];
    const real = realRunProgram();
    const counted: RunProgram = async (file, args, bounds) => {
      if (file === 'ffmpeg') runs.push(file);
      return real(file, args, bounds);
    };
    const video = { ...result('a'), sha256: 'f'.repeat(64) };
    await addPosters([video], { outDir, cacheDir, run: counted });
    expect(runs).toEqual(['ffmpeg']);
    const made = await readFile(path.join(outDir, 'a.jpg'));
    expect(await readFile(path.join(cacheDir, `${'f'.repeat(64)}.jpg`))).toEqual(made);

    const next = await outWithVideos(['a.mp4']);
    const [r] = await addPosters([video], { outDir: next, cacheDir, run: counted });
    expect(runs).toEqual(['ffmpeg']); // not run again
    expect(r?.poster).toBe('a.jpg');
    expect(await readFile(path.join(next, 'a.jpg'))).toEqual(made);
  });

  it('a kept poster that is a symlink or no JPEG is not used: ffmpeg makes it again', async () => {
    const outDir = await outWithVideos(['a.mp4', 'b.mp4']);
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'clipwright-cache-'));
    const secret = path.join(await mkdtemp(path.join(tmpdir(), 'clipwright-outside-')), 'key');
    await writeFile(
      secret,
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(' not a poster: a secret')]),
    );
    await symlink(secret, path.join(cacheDir, `${'1'.repeat(64)}.jpg`));
    await writeFile(path.join(cacheDir, `${'2'.repeat(64)}.jpg`), 'not a jpeg');
    const runs: string[] = [];
    const real = realRunProgram();
    const results = await addPosters(
      [
        { ...result('a'), sha256: '1'.repeat(64) },
        { ...result('b'), sha256: '2'.repeat(64) },
      ],
      {
        outDir,
        cacheDir,
        run: async (file, args, bounds) => {
          if (file === 'ffmpeg') runs.push(file);
          return real(file, args, bounds);
        },
      },
    );
    expect(runs).toEqual(['ffmpeg', 'ffmpeg']);
    expect(results.map((r) => r.poster)).toEqual(['a.jpg', 'b.jpg']);
    expect(await readFile(path.join(outDir, 'a.jpg'), 'latin1')).not.toContain('secret');
    expect(await readFile(secret, 'latin1')).toContain('a secret'); // not written through
    expect((await lstat(path.join(cacheDir, `${'1'.repeat(64)}.jpg`))).isFile()).toBe(true);
  });

  it('a hostile video costs its poster, never the run: refused above the pixel limit before decoding', async () => {
    // A real MP4 written here whose frames are larger than the pixel limit allows.
    const outDir = await outWithVideos(['huge.mp4'], '640x640');
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=1:size=160x90:rate=10',
      '-pix_fmt',
      'yuv420p',
      path.join(outDir, 'small.mp4'),
    ]);
    const calls: Array<{ file: string; args: readonly string[]; timeoutMs: number }> = [];
    const real = realRunProgram();
    const notices: string[] = [];
    const results = await addPosters([result('huge'), result('small')], {
      outDir,
      limits: { maxPixels: 300 * 300, timeoutMs: 5_000 },
      notice: (m) => notices.push(m),
      run: async (file, args, bounds) => {
        calls.push({ file, args, timeoutMs: bounds.timeoutMs });
        return real(file, args, bounds);
      },
    });
    expect(results.map((r) => r.poster)).toEqual([undefined, 'small.jpg']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^no poster for huge\.mp4: refused \(.*640x640/);
    // The huge one was only probed; the small one's ffmpeg is bounded and scales first.
    expect(calls.map((c) => c.file)).toEqual(['ffprobe', 'ffprobe', 'ffmpeg']);
    const ffmpeg = calls[2];
    expect(ffmpeg?.timeoutMs).toBe(5_000);
    expect(ffmpeg?.args).toEqual(expect.arrayContaining(['-threads', '1', '-max_pixels', '90000']));
    const filter = ffmpeg?.args[ffmpeg.args.indexOf('-vf') + 1] ?? '';
    expect(filter.indexOf('scale=')).toBe(0);
    expect(filter).toContain('thumbnail');
    expect(await listFiles(outDir)).toEqual(['huge.mp4', 'small.jpg', 'small.mp4']);
  });

  it('an ffmpeg killed at its time limit costs the poster with a notice, the next video still gets one', async () => {
    const outDir = await outWithVideos(['slow.mp4', 'b.mp4']);
    const real = realRunProgram();
    const notices: string[] = [];
    const results = await addPosters([result('slow'), result('b')], {
      outDir,
      notice: (m) => notices.push(m),
      run: async (file, args, bounds) => {
        if (file === 'ffmpeg' && args.some((a) => a.endsWith('slow.mp4'))) {
          throw new MediaError('timeout', 'ffmpeg ran past 60000 ms and was killed');
        }
        return real(file, args, bounds);
      },
    });
    expect(results.map((r) => r.poster)).toEqual([undefined, 'b.jpg']);
    expect(notices).toEqual([
      'no poster for slow.mp4: ffmpeg ran past its time limit (ffmpeg ran past 60000 ms and was killed)',
    ]);
  });

  it('names the poster after the video', () => {
    expect(posterPathOf('social/teaser.mp4')).toBe('social/teaser.jpg');
  });
});
