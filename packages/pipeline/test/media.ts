import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
// The simulator's own video writer, so these tests see what the simulator delivers.
import { resultVideo, type VideoSpec } from '@clipwright/simulator';

const run = promisify(execFile);

/**
 * These tests run the real ffmpeg and ffprobe: without them they fail, saying so, rather
 * than pass or skip in silence.
 */
export function requireFfmpeg(): void {
  for (const program of ['ffmpeg', 'ffprobe']) {
    try {
      execFileSync(program, ['-version'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `these tests run the real ${program}, which is not on the PATH: install ffmpeg (apt-get install ffmpeg) and run them again`,
      );
    }
  }
}

export const tempDir = (prefix = 'clipwright-media-') => mkdtemp(path.join(tmpdir(), prefix));

/** Writes the simulator's video for `spec` to `dir/name`. */
export async function simulatorVideo(dir: string, name: string, spec: VideoSpec): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, await resultVideo(spec));
  return file;
}

/**
 * Makes an MP4 with ffmpeg from lavfi sources: `video` (e.g. `color=c=red:s=320x240:r=30:d=2`)
 * and optionally `audio` (e.g. `sine=f=440:d=2`).
 */
export async function lavfiVideo(
  file: string,
  video: string,
  audio?: string,
  encode: string[] = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
): Promise<string> {
  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', video];
  if (audio) args.push('-f', 'lavfi', '-i', audio, '-c:a', 'aac', '-shortest');
  await run('ffmpeg', [...args, ...encode, file]);
  return file;
}

/** ffprobe's streams and format of a file. */
export async function ffprobe(file: string): Promise<{
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    r_frame_rate?: string;
    duration?: string;
  }[];
  format: { duration: string };
}> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-of',
    'json',
    '-show_streams',
    '-show_format',
    file,
  ]);
  return JSON.parse(stdout);
}

/** The Y, Cb, Cr of an 8x8 block of the frame at `seconds` (centred unless `at` is given). */
export async function colourAt(
  file: string,
  seconds: number,
  at: { x: number; y: number } | 'middle' = 'middle',
): Promise<[number, number, number]> {
  const where = at === 'middle' ? '(iw-8)/2:(ih-8)/2' : `${at.x}:${at.y}`;
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-v', 'error', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1'],
      ...[
        '-vf',
        `crop=8:8:${where},scale=1:1:flags=area`,
        '-pix_fmt',
        'yuv444p',
        '-f',
        'rawvideo',
        '-',
      ],
    ],
    { encoding: 'buffer' },
  );
  const [y = -1, cb = -1, cr = -1] = stdout;
  return [y, cb, cr];
}

/** Whether two colours are within `tolerance` levels on each of Y, Cb, Cr. */
export function near(
  actual: readonly number[],
  expected: { y: number; cb: number; cr: number },
  tolerance = 8,
): boolean {
  const [y = 0, cb = 0, cr = 0] = actual;
  return (
    Math.abs(y - expected.y) <= tolerance &&
    Math.abs(cb - expected.cb) <= tolerance &&
    Math.abs(cr - expected.cr) <= tolerance
  );
}

/**
 * A hostile MP4 like the one a server sent (issue: 27 KB, 2880x2880): a flat picture that
 * compresses to almost nothing and decodes to 12 MB a frame.
 */
export function hostileVideo(file: string, size = '2880x2880', seconds = 2): Promise<string> {
  return lavfiVideo(file, `color=c=gray:s=${size}:r=24:d=${seconds}`, undefined, [
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-threads', '1'],
  ]);
}
