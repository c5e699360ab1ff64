import { fitSize } from './make-poster.ts';
import type { VideoProbe } from './probe-video.ts';
import {
  ffmpegHead,
  type MediaOptions,
  mp4Input,
  type ResolvedLimits,
  runnerOf,
} from './run-ffmpeg.ts';

/** How black and frozen stretches are found (ffmpeg's `blackdetect` and `freezedetect`). */
export interface DetectSettings {
  /**
   * A pixel darker than this share of the luma range counts as black (`pix_th`).
   * @default 0.1
   */
  blackPixelThreshold?: number;
  /**
   * Shortest black stretch reported, seconds (`d`).
   * @default 0.5
   */
  blackMinSeconds?: number;
  /**
   * Frames closer than this are the same picture (`n`, in dB).
   * @default -60
   */
  freezeNoiseDb?: number;
  /**
   * Shortest frozen stretch reported, seconds (`d`).
   * @default 2
   */
  freezeMinSeconds?: number;
}

export const DEFAULT_DETECT: Required<DetectSettings> = {
  blackPixelThreshold: 0.1,
  blackMinSeconds: 0.5,
  freezeNoiseDb: -60,
  freezeMinSeconds: 2,
};

/** What one decoding pass over a video measured. */
export interface VideoMeasures {
  /** Seconds of black picture, summed. */
  blackSeconds: number;
  /** Seconds of unchanging picture, summed. */
  frozenSeconds: number;
  /**
   * The loudest sample of the first audio track in dBFS (about -91 for digital silence, -200
   * when no sample was decoded); undefined without audio.
   */
  audioMaxDb: number | undefined;
}

/** The long side frames are scaled to before detection: detection needs no detail. */
const DETECT_SIDE = 160;

/**
 * Decodes the video once (scaled down first) through `blackdetect`, `freezedetect` and, when
 * it has audio, `volumedetect`, and sums what they report. Stretches still open at the end
 * run to `probe.duration`.
 */
export async function measureVideo(
  file: string,
  probe: VideoProbe,
  detect: Required<DetectSettings>,
  limits: ResolvedLimits,
  options: MediaOptions,
): Promise<VideoMeasures> {
  const v = probe.video;
  if (!v) throw new Error('measureVideo needs a video stream');
  const size = fitSize(v.displayWidth, v.displayHeight, DETECT_SIDE);
  const filters =
    `scale=${size.width}:${size.height}:flags=fast_bilinear,` +
    `blackdetect=d=${detect.blackMinSeconds}:pix_th=${detect.blackPixelThreshold},` +
    `freezedetect=n=${detect.freezeNoiseDb}dB:d=${detect.freezeMinSeconds}`;
  const args = [...ffmpegHead(limits, 'info'), ...mp4Input(file, limits), '-map', '0:v:0'];
  args.push('-vf', filters);
  if (probe.audio) args.push('-map', '0:a:0', '-af', 'volumedetect');
  else args.push('-an');
  args.push('-sn', '-dn', '-f', 'null', '-');
  const { stderr } = await runnerOf(options)('ffmpeg', args, {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes,
  });
  return parseDetections(stderr, probe.duration ?? 0, probe.audio !== undefined);
}

/**
 * Reads the filters' reports from ffmpeg's stderr. Only lines a filter itself starts
 * (`[blackdetect @ 0x…] …`) count: text from the file (metadata in the input dump) is
 * printed indented and can never pass for a report.
 */
export function parseDetections(
  stderr: string,
  duration: number,
  hasAudio: boolean,
): VideoMeasures {
  let blackSeconds = 0;
  let frozenSeconds = 0;
  let freezeStart: number | undefined;
  let audioMaxDb: number | undefined;
  const report =
    /^\[(?:Parsed_)?(blackdetect|freezedetect|volumedetect)(?:_\d+)? @ 0x[0-9a-f]+\] (.*)$/;
  for (const line of stderr.split(/\r?\n/)) {
    const m = report.exec(line);
    if (!m) continue;
    const [, filter, text = ''] = m;
    if (filter === 'blackdetect') {
      const black = /black_start:\s*([\d.]+)\s+black_end:\s*([\d.]+)/.exec(text);
      // A stretch reported up to the last frame's start misses that frame: it runs to the end.
      const end = duration - Number(black?.[2]) < 0.1 ? duration : Number(black?.[2]);
      if (black) blackSeconds += Math.max(0, end - Number(black[1]));
    } else if (filter === 'freezedetect') {
      const start = /freeze_start:\s*([\d.]+)/.exec(text);
      const end = /freeze_end:\s*([\d.]+)/.exec(text);
      if (start) freezeStart = Number(start[1]);
      if (end && freezeStart !== undefined) {
        frozenSeconds += Math.max(0, Number(end[1]) - freezeStart);
        freezeStart = undefined;
      }
    } else {
      const max = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(text);
      if (max) audioMaxDb = max[1] === '-inf' ? SILENCE_DB : Math.max(SILENCE_DB, Number(max[1]));
    }
  }
  if (freezeStart !== undefined) frozenSeconds += Math.max(0, duration - freezeStart);
  return {
    blackSeconds: round3(blackSeconds),
    frozenSeconds: round3(frozenSeconds),
    audioMaxDb: hasAudio ? (audioMaxDb ?? SILENCE_DB) : undefined,
  };
}

/** The level recorded for a track with no sample at all (JSON has no -Infinity). */
const SILENCE_DB = -200;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
