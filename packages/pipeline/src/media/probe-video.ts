import { MediaError } from './media-error.ts';
import {
  assertRegularFile,
  ffprobeHead,
  fileUrl,
  type MediaOptions,
  type ResolvedLimits,
  resolveLimits,
  runnerOf,
} from './run-ffmpeg.ts';

/** What ffprobe tells of a video stream. */
export interface VideoStreamInfo {
  codec: string;
  /** Coded picture size. */
  width: number;
  height: number;
  /** The size it is shown at (the sample aspect ratio applied); equal to the coded size mostly. */
  displayWidth: number;
  displayHeight: number;
  /** Frames a second, when stated. */
  frameRate: number | undefined;
  /** Seconds, when the stream states it. */
  duration: number | undefined;
}

/** What ffprobe tells of an audio stream. */
export interface AudioStreamInfo {
  codec: string;
  sampleRate: number | undefined;
  channels: number | undefined;
  duration: number | undefined;
}

/** The facts of one MP4 the media helpers decide on. */
export interface VideoProbe {
  /** Seconds, from the container (or the video stream when the container does not say). */
  duration: number | undefined;
  /** The first video stream, if any. */
  video: VideoStreamInfo | undefined;
  /** The first audio stream, if any. */
  audio: AudioStreamInfo | undefined;
}

/**
 * Probes an MP4 with ffprobe, decoding nothing (`-skip_frame all`: sizes come from the
 * container and the codec headers, so a hostile 8192x8192 stream costs about 53 MiB, where
 * decoding one frame of it took 206 MiB). Input bounds as `mp4Input`. Rejects with a
 * `MediaError`: `refused` for a non-regular file, `failed` when it is no readable MP4.
 */
export async function probeVideo(file: string, options: MediaOptions = {}): Promise<VideoProbe> {
  const limits = resolveLimits(options);
  await assertRegularFile(file);
  const { stdout } = await runnerOf(options)('ffprobe', probeArgs(file, limits), {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes,
  });
  return parseProbe(stdout.toString('utf8'));
}

function probeArgs(file: string, limits: ResolvedLimits): string[] {
  return [
    ...ffprobeHead(limits),
    '-protocol_whitelist',
    'file',
    '-f',
    'mov',
    '-enable_drefs',
    '0',
    '-threads',
    String(limits.threads),
    '-skip_frame',
    'all',
    '-show_streams',
    '-show_format',
    '-of',
    'json',
    '-i',
    fileUrl(file),
  ];
}

type Json = Record<string, unknown>;

const num = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const ratio = (value: unknown): number | undefined => {
  const m = typeof value === 'string' ? /^(\d+):(\d+)$/.exec(value) : null;
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > 0 && b > 0 ? a / b : undefined;
};
const rate = (value: unknown): number | undefined => {
  const m = typeof value === 'string' ? /^(\d+)\/(\d+)$/.exec(value) : null;
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > 0 && b > 0 ? a / b : undefined;
};

/** Reads ffprobe's `-show_streams -show_format -of json` answer (untrusted: every field checked). */
export function parseProbe(text: string): VideoProbe {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch {
    throw new MediaError('failed', 'ffprobe gave no readable answer');
  }
  const streams = Array.isArray(doc.streams) ? (doc.streams as Json[]) : [];
  const format = (doc.format ?? {}) as Json;
  const v = streams.find((s) => s?.codec_type === 'video' && num(s.width) && num(s.height));
  const a = streams.find((s) => s?.codec_type === 'audio');
  let video: VideoStreamInfo | undefined;
  if (v) {
    const width = num(v.width) ?? 0;
    const height = num(v.height) ?? 0;
    const sar = ratio(v.sample_aspect_ratio) ?? 1;
    video = {
      codec: String(v.codec_name ?? 'unknown'),
      width,
      height,
      displayWidth: Math.round(width * sar),
      displayHeight: height,
      frameRate: rate(v.avg_frame_rate) ?? rate(v.r_frame_rate),
      duration: num(v.duration),
    };
  }
  const audio: AudioStreamInfo | undefined = a
    ? {
        codec: String(a.codec_name ?? 'unknown'),
        sampleRate: num(a.sample_rate),
        channels: num(a.channels),
        duration: num(a.duration),
      }
    : undefined;
  return { duration: num(format.duration) ?? video?.duration, video, audio };
}

const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses a video whose frames have more pixels than `maxPixels`, before anything decodes
 * it; `name` names it in the message.
 */
export function refuseHugeVideo(probe: VideoProbe, limits: ResolvedLimits, name: string): void {
  const v = probe.video;
  if (!v) return;
  const pixels = v.width * v.height;
  if (pixels > limits.maxPixels) {
    throw new MediaError(
      'refused',
      `${name} is ${v.width}x${v.height} (${grouped(pixels)} pixels a frame), more than the ` +
        `${grouped(limits.maxPixels)} allowed: it is not decoded`,
    );
  }
}
