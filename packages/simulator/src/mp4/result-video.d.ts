import { type H264Geometry } from './h264.ts';
import type { VideoFault } from './video-faults.ts';
export interface VideoSpec {
  /** `16:9`, `9:16`, `1:1`, `4:3`, `3:4`, `21:9`, `adaptive` (16:9) or `WxH` (`1280x720`). */
  aspectRatio: string;
  /** Seconds. */
  duration: number;
  /** The model's quality value, if any; higher qualities get a larger picture. */
  quality: string | undefined;
  /** The prompt: it chooses the colour (and the tone) of the video. Default: the empty prompt's. */
  prompt?: string;
  /** Sound was asked for: the video gets an audio track (a tone). Default false. */
  sound?: boolean;
  /** Deliver a bad video on purpose (see `VideoFault`). */
  fault?: VideoFault;
}
/**
 * The picture size for a request: the short side of its quality (see `SHORT_SIDES`), the long
 * side from the exact aspect ratio (16:9 at 720p: 256x144; 9:16 at 1080p: 216x384; 21:9 at
 * 720p: 336x144). A `wrong-aspect` fault turns landscape to portrait and back, square to 16:9.
 */
export declare function videoGeometry(spec: VideoSpec): H264Geometry;
/** Seconds actually delivered: half the asked duration (at least 1 s) for a `short` fault. */
export declare function videoSeconds(spec: VideoSpec): number;
/**
 * A playable MP4 (H.264, and a PCM tone when sound is asked, muxed by mediabunny) matching
 * `spec`: painted in its prompt's colour, of its quality's size (see `videoGeometry`). Recent
 * ones are kept, so repeated downloads of one task cost one encode.
 */
export declare function resultVideo(spec: VideoSpec): Promise<Uint8Array>;
//# sourceMappingURL=result-video.d.ts.map
