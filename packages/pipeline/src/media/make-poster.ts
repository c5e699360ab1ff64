import { MediaError } from './media-error.ts';
import { probeVideo, refuseHugeVideo, type VideoProbe } from './probe-video.ts';
import {
  assertRegularFile,
  ffmpegHead,
  fileUrl,
  type MediaOptions,
  mp4Input,
  resolveLimits,
  runnerOf,
} from './run-ffmpeg.ts';

export interface PosterOptions extends MediaOptions {
  /**
   * The poster's longest side in pixels (never larger than the video).
   * @default 640
   */
  maxSide?: number;
  /**
   * Frames the `thumbnail` filter compares to pick a representative one (each kept at the
   * poster's size, never the video's).
   * @default 48
   */
  candidates?: number;
  /** The video's probe when the caller has it (spares one ffprobe run). */
  probe?: VideoProbe;
}

/** An even size of at most `maxSide` on its longest side with the aspect of `w` x `h`. */
export function fitSize(w: number, h: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(w, h));
  const even = (n: number) => Math.max(2, 2 * Math.round((n * scale) / 2));
  return { width: even(w), height: even(h) };
}

/**
 * Writes a JPEG poster frame of the MP4 at `videoPath` to `outPath` (written by ffmpeg as
 * is: pass a temporary name and place it yourself). Bounded: the video is probed first and
 * refused above `maxPixels`; frames are scaled to the poster's size before the `thumbnail`
 * filter keeps any of them; one decoder and filter thread; killed past `timeoutMs`.
 * Resolves with the poster's size; rejects with a `MediaError`.
 */
export async function makePoster(
  videoPath: string,
  outPath: string,
  options: PosterOptions = {},
): Promise<{ width: number; height: number }> {
  const limits = resolveLimits(options);
  await assertRegularFile(videoPath);
  const probe = options.probe ?? (await probeVideo(videoPath, options));
  const v = probe.video;
  if (!v) throw new MediaError('refused', `${videoPath} has no video stream`);
  refuseHugeVideo(probe, limits, videoPath);
  const maxSide = options.maxSide ?? 640;
  const candidates = options.candidates ?? 48;
  if (
    !(Number.isInteger(maxSide) && maxSide >= 16 && Number.isInteger(candidates) && candidates >= 1)
  ) {
    throw new MediaError(
      'refused',
      'poster: maxSide must be a whole number of at least 16, candidates at least 1',
    );
  }
  const size = fitSize(v.displayWidth, v.displayHeight, maxSide);
  const args = [
    ...ffmpegHead(limits),
    ...mp4Input(videoPath, limits),
    '-map',
    '0:v:0',
    '-vf',
    `scale=${size.width}:${size.height}:flags=bilinear,setsar=1,thumbnail=n=${candidates}`,
    '-an',
    '-sn',
    '-dn',
    '-frames:v',
    '1',
    '-q:v',
    '3',
    '-f',
    'mjpeg',
    '-y',
    fileUrl(outPath),
  ];
  await runnerOf(options)('ffmpeg', args, {
    timeoutMs: limits.timeoutMs,
    maxOutputBytes: limits.maxOutputBytes,
  });
  return size;
}
