import path from 'node:path';
import { makePoster } from '../media/make-poster.ts';
import { firstLine } from '../media/media-error.ts';
import { type ProgramRunner, realProgramRunner } from '../media/program-runner.ts';
import { readFileHead } from '../media/read-file-head.ts';
import type { MediaLimits } from '../media/run-ffmpeg.ts';
import type { FileOps } from '../model/file-ops.ts';
import type { JobResult } from '../model/job-result.ts';
import { realFileOps } from './file-ops.ts';
import { placeFile } from './place-file.ts';
import { copyToTemp, tempPath } from './temp-files.ts';

/** The media runner with `env` (its PATH finds ffmpeg and ffprobe), no shell, bounded. */
export function realRunProgram(env: NodeJS.ProcessEnv = process.env): ProgramRunner {
  return realProgramRunner(env);
}

export interface PostersOptions {
  /** The folder the results' paths are relative to. */
  outDir: string;
  /**
   * Runs ffmpeg and ffprobe (the media runner: no shell, killed past its time limit).
   * @default the real runner with the process's PATH
   */
  run?: ProgramRunner;
  /**
   * Bounds of each poster's ffmpeg run (time, threads, pixels, allocation); a video above
   * them costs its poster, never the run.
   * @default the media defaults (60 s, one thread, 4096x2160 pixels, 128 MiB blocks)
   */
  limits?: MediaLimits;
  /**
   * Told once when ffmpeg is not on the PATH, or when a poster fails.
   * @default nothing
   */
  notice?: (message: string) => void;
  /**
   * Posters are kept here by the video's sha256 (`<sha256>.jpg`) and reused, so a cached run
   * spawns no ffmpeg for a video it has seen (10,000 cached videos took minutes before).
   * @default none (every poster is made)
   */
  cacheDir?: string;
  /**
   * The file-system calls posters are written with.
   * @default node:fs/promises
   */
  fs?: FileOps;
}

/** `social/teaser.mp4` → `social/teaser.jpg`. */
export function posterPathOf(videoPath: string): string {
  return `${videoPath.replace(/\.mp4$/i, '')}.jpg`;
}

/**
 * Gives each finished video a JPEG poster frame beside it (`promo.mp4` → `promo.jpg`) with
 * the media folder's bounded `makePoster` (probed first and refused above a pixel count,
 * scaled before the `thumbnail` filter, one thread, killed past a time limit) and sets
 * `result.poster`. A video that breaks a bound, or that ffmpeg cannot read, costs its
 * poster and a notice, never the run. Without ffmpeg: one notice, no posters, nothing fails. ffmpeg writes a
 * temporary name that is then placed like a video (never through a symlink planted at the
 * poster's name or folder).
 */
export async function addPosters(
  results: JobResult[],
  options: PostersOptions,
): Promise<JobResult[]> {
  const run = options.run ?? realRunProgram();
  const notice = options.notice ?? (() => {});
  const fs = options.fs ?? realFileOps;
  const out: JobResult[] = [];
  let missing = false;
  // Videos with the same content share one ffmpeg run: the poster is copied, or the failure
  // repeated (ffmpeg would fail on the same bytes again; a big cached run must not spawn it
  // once per video for nothing).
  const made = new Map<string, string>();
  const failed = new Map<string, string>();
  for (const r of results) {
    const done = (r.status === 'completed' || r.status === 'cached') && r.path;
    if (!done || missing || !r.path) {
      out.push(r);
      continue;
    }
    const poster = posterPathOf(r.path);
    const video = path.join(options.outDir, r.path);
    const dest = path.join(options.outDir, poster);
    const temp = tempPath(path.dirname(dest), path.basename(dest));
    const failure = r.hash ? failed.get(r.hash) : undefined;
    if (failure !== undefined) {
      notice(`no poster for ${r.path}: ffmpeg failed (${failure})`);
      out.push(r);
      continue;
    }
    const kept =
      options.cacheDir && r.sha256 ? path.join(options.cacheDir, `${r.sha256}.jpg`) : undefined;
    try {
      const same = r.hash ? made.get(r.hash) : undefined;
      let fromCache = false;
      if (same) await copyToTemp(fs, path.join(options.outDir, same), temp);
      else if (kept && isJpegFile(kept)) {
        await copyToTemp(fs, kept, temp);
        fromCache = true;
      } else {
        await makePoster(video, temp, { ...options.limits, run });
        if (kept) await keepCopy(temp, kept, fs);
      }
      await placeFile(temp, dest, { within: options.outDir, fs });
      // Only a poster ffmpeg made is remembered: a cached one is found in the cache again by
      // the next video of the same content (no entry per cached video kept for the run).
      if (r.hash && !fromCache) made.set(r.hash, poster);
      // Set in place: a copy of every result (10,000 cached videos: 4 MiB of survivors the GC
      // copies twice) made the young generation grow by 32 MiB of RSS.
      r.poster = poster;
      out.push(r);
    } catch (error) {
      // Placed, the temporary file is gone (renamed); a failure may leave it behind.
      await fs.rm(temp, { force: true });
      const code = (error as { code?: unknown }).code;
      if (code === 'missing' || code === 'ENOENT') {
        missing = true;
        notice('ffmpeg is not on the PATH: no poster frames (install ffmpeg to get them)');
      } else {
        const why = firstLine(error);
        if (r.hash) failed.set(r.hash, why);
        notice(`no poster for ${r.path}: ${reasonOf(code)} (${why})`);
      }
      out.push(r);
    }
  }
  return out;
}

/**
 * A kept poster is used only when it is a regular file (not a symlink planted in the state
 * folder, which would copy what it points at into the output) starting like a JPEG
 * (`readFileHead`: no link followed, no blocking on a planted FIFO).
 */
function isJpegFile(file: string): boolean {
  const head = readFileHead(file, 3);
  return head !== undefined && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
}

/** Copies a new poster into the poster cache (best effort: a failure only costs ffmpeg later). */
async function keepCopy(poster: string, kept: string, fs: FileOps): Promise<void> {
  const temp = tempPath(path.dirname(kept), path.basename(kept));
  try {
    await fs.mkdir(path.dirname(kept), { recursive: true });
    await copyToTemp(fs, poster, temp);
    await fs.rm(kept, { force: true }); // a planted symlink is replaced, never written through
    await fs.rename(temp, kept);
  } catch {
    await fs.rm(temp, { force: true });
  }
}

/** How a poster's failure is named in its notice, by the media error's code. */
function reasonOf(code: unknown): string {
  if (code === 'refused') return 'refused';
  if (code === 'timeout') return 'ffmpeg ran past its time limit';
  if (code === 'output_limit') return 'ffmpeg wrote past its output limit';
  return 'ffmpeg failed';
}
