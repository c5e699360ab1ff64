import { execFile } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { placeFile, tempPath } from './atomic-file.ts';
import type { JobResult } from './types.ts';

/** Runs a program (found on `PATH`, no shell); rejects with `code: 'ENOENT'` when it is missing. */
export type RunProgram = (file: string, args: string[]) => Promise<void>;

const execFileAsync = promisify(execFile);
/** child_process.execFile with `env` (its PATH finds the program), one minute at most. */
export function realRunProgram(env: NodeJS.ProcessEnv = process.env): RunProgram {
  return async (file, args) => {
    await execFileAsync(file, args, { env, timeout: 60_000, maxBuffer: 1024 * 1024 });
  };
}

export interface PostersOptions {
  /** The folder the results' paths are relative to. */
  outDir: string;
  /** Runs ffmpeg. Default: child_process.execFile with the process's PATH. */
  run?: RunProgram;
  /** Told once when ffmpeg is not on the PATH, or when a poster fails. Default: nothing. */
  notice?: (message: string) => void;
}

/** `social/teaser.mp4` → `social/teaser.jpg`. */
export function posterPathOf(videoPath: string): string {
  return `${videoPath.replace(/\.mp4$/i, '')}.jpg`;
}

/**
 * Gives each finished video a JPEG poster frame beside it (`promo.mp4` → `promo.jpg`) with
 * ffmpeg's `thumbnail` filter (a representative frame, not a black first one) and sets
 * `result.poster`. Without ffmpeg: one notice, no posters, nothing fails. ffmpeg writes a
 * temporary name that is then placed like a video (never through a symlink planted at the
 * poster's name or folder).
 */
export async function addPosters(
  results: JobResult[],
  options: PostersOptions,
): Promise<JobResult[]> {
  const run = options.run ?? realRunProgram();
  const notice = options.notice ?? (() => {});
  const out: JobResult[] = [];
  let missing = false;
  // Videos with the same content share one ffmpeg run: the poster is copied.
  const made = new Map<string, string>();
  for (const r of results) {
    const done = (r.status === 'completed' || r.status === 'cached') && r.path;
    if (!done || missing || !r.path) {
      out.push(r);
      continue;
    }
    const poster = posterPathOf(r.path);
    const args = [
      '-hide_banner',
      '-loglevel',
      'error',
      '-nostdin',
      '-y',
      '-i',
      path.join(options.outDir, r.path),
    ];
    const dest = path.join(options.outDir, poster);
    const temp = tempPath(path.dirname(dest), path.basename(dest));
    args.push('-vf', 'thumbnail', '-frames:v', '1', '-q:v', '3', '-f', 'mjpeg', temp);
    try {
      const same = r.hash ? made.get(r.hash) : undefined;
      if (same) await copyFile(path.join(options.outDir, same), temp);
      else await run('ffmpeg', args);
      await placeFile(temp, dest, { within: options.outDir });
      if (r.hash) made.set(r.hash, poster);
      out.push({ ...r, poster });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        missing = true;
        notice('ffmpeg is not on the PATH: no poster frames (install ffmpeg to get them)');
      } else {
        notice(`no poster for ${r.path}: ffmpeg failed (${firstLine(error)})`);
      }
      out.push(r);
    } finally {
      await rm(temp, { force: true });
    }
  }
  return out;
}

function firstLine(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
  return (stderr || (error as Error).message || String(error)).split('\n')[0] ?? '';
}
