import { type H264Geometry, type Picture } from './h264.ts';
import type { YCbCr } from './video-look.ts';
/**
 * A test card: a flat background of `colour`, a marker square that crosses the top band
 * and a bright bar along the bottom that fills, both at `fraction` of the way through the
 * clip, so a viewer (and ffmpeg's `freezedetect`) sees time pass. The middle of the picture
 * is always the flat colour, for tests that sample it. `plain` paints the colour alone (a
 * black video). Samples stay within 16..235 (video range).
 */
export declare function drawPicture(
  g: H264Geometry,
  fraction: number,
  colour: YCbCr,
  plain?: boolean,
): Picture;
//# sourceMappingURL=picture.d.ts.map
