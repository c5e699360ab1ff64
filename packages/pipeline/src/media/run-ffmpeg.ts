import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { MediaError } from './media-error.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';

/**
 * The bounds every ffmpeg/ffprobe run of the media helpers is held to. A hostile 27 KB MP4
 * of 2880x2880 made the poster's unbounded ffmpeg take 1.3 GiB (the `thumbnail` filter keeps
 * 100 full-size frames); with these bounds and scaling first it takes 123 MiB (peak RSS).
 */
export interface MediaLimits {
  /**
   * Each run is killed after this many milliseconds.
   * @default 60_000
   */
  timeoutMs?: number;
  /**
   * Decoder and filter threads (`-threads`, `-filter_threads`, `-filter_complex_threads`).
   * @default 1
   */
  threads?: number;
  /**
   * Frames of more pixels than this are refused: by the probe before anything is decoded,
   * and by the decoder itself (`-max_pixels`) when a container lies about its size.
   * 4096x2160 (DCI 4K) covers every size the supported models deliver (Veo's 4k is 3840x2160).
   * @default 8_847_360
   */
  maxPixels?: number;
  /**
   * The largest single block ffmpeg may allocate (`-max_alloc`).
   * @default 134_217_728 (128 MiB)
   */
  maxAllocBytes?: number;
  /**
   * A run writing more than this to stdout or stderr is killed.
   * @default 4_194_304 (4 MiB)
   */
  maxOutputBytes?: number;
}

/** Limits with every default applied. */
export type ResolvedLimits = Required<MediaLimits>;

/** The options every media helper takes: its limits and the program runner. */
export interface MediaOptions extends MediaLimits {
  /** Runs ffmpeg and ffprobe. Default: `realProgramRunner()` (no shell, the process's PATH). */
  run?: ProgramRunner;
}

export const DEFAULT_LIMITS: ResolvedLimits = {
  timeoutMs: 60_000,
  threads: 1,
  maxPixels: 4096 * 2160,
  maxAllocBytes: 128 * 1024 * 1024,
  maxOutputBytes: 4 * 1024 * 1024,
};

/** `options`' limits over the defaults, each checked to be a positive whole number. */
export function resolveLimits(options: MediaLimits = {}): ResolvedLimits {
  const limits: ResolvedLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    threads: options.threads ?? DEFAULT_LIMITS.threads,
    maxPixels: options.maxPixels ?? DEFAULT_LIMITS.maxPixels,
    maxAllocBytes: options.maxAllocBytes ?? DEFAULT_LIMITS.maxAllocBytes,
    maxOutputBytes: options.maxOutputBytes ?? DEFAULT_LIMITS.maxOutputBytes,
  };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new MediaError('refused', `media limit ${name} must be a positive whole number`);
    }
  }
  return limits;
}

/** The runner of `options`, or the real one. */
export function runnerOf(options: { run?: ProgramRunner }): ProgramRunner {
  return options.run ?? realProgramRunner();
}

/**
 * A path as ffmpeg must read it: absolute, behind the `file:` protocol, so a name such as
 * `-`, `pipe:1` or `concat:a|b` is never taken for anything but a file.
 */
export function fileUrl(file: string): string {
  return `file:${path.resolve(file)}`;
}

/**
 * Refuses anything but a regular file (a symlink, a FIFO that would block ffmpeg, a device)
 * before ffmpeg opens it; `what` names the file in the message.
 */
export async function assertRegularFile(file: string, what = file): Promise<void> {
  let isFile = false;
  try {
    isFile = (await lstat(file)).isFile();
  } catch (error) {
    throw new MediaError('refused', `${what} cannot be read: ${(error as Error).message}`);
  }
  if (!isFile) throw new MediaError('refused', `${what} is not a regular file, so it is not read`);
}

/**
 * The options every ffmpeg run starts with: no banner, no stdin, no progress, `loglevel`
 * (`error` unless the run parses filter reports), the allocation cap and filter threads.
 */
export function ffmpegHead(limits: ResolvedLimits, loglevel: 'error' | 'info' = 'error'): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    loglevel,
    '-max_alloc',
    String(limits.maxAllocBytes),
    '-filter_threads',
    String(limits.threads),
    '-filter_complex_threads',
    String(limits.threads),
  ];
}

/** The options every ffprobe run starts with. */
export function ffprobeHead(limits: ResolvedLimits): string[] {
  return ['-hide_banner', '-loglevel', 'error', '-max_alloc', String(limits.maxAllocBytes)];
}

/**
 * One untrusted MP4 input: the file protocol only, the MP4 demuxer forced (no playlist, no
 * other format is ever guessed from the bytes), external data references off, one decoder
 * thread, and the decoder's own pixel cap.
 */
export function mp4Input(file: string, limits: ResolvedLimits): string[] {
  return [
    '-protocol_whitelist',
    'file',
    '-f',
    'mov',
    '-enable_drefs',
    '0',
    '-threads',
    String(limits.threads),
    '-max_pixels',
    String(limits.maxPixels),
    '-i',
    fileUrl(file),
  ];
}

/** The audio formats an audio track may be in, by extension, with the demuxer forced for each. */
export const AUDIO_DEMUXERS: Readonly<Record<string, string>> = {
  '.mp3': 'mp3',
  '.m4a': 'mov',
  '.mp4': 'mov',
  '.aac': 'aac',
  '.wav': 'wav',
  '.flac': 'flac',
  '.ogg': 'ogg',
  '.opus': 'ogg',
};

/** One untrusted audio input, its demuxer chosen by extension (anything else is refused). */
export function audioInput(file: string, limits: ResolvedLimits): string[] {
  const demuxer = AUDIO_DEMUXERS[path.extname(file).toLowerCase()];
  if (!demuxer) {
    throw new MediaError(
      'refused',
      `${file}: an audio track must be one of ${Object.keys(AUDIO_DEMUXERS).join(', ')}`,
    );
  }
  return [
    '-protocol_whitelist',
    'file',
    '-f',
    demuxer,
    '-threads',
    String(limits.threads),
    '-i',
    fileUrl(file),
  ];
}
