/**
 * A minimal H.264 Constrained Baseline encoder: an IDR of I_PCM macroblocks (raw samples,
 * so no transform or entropy coding is needed), and P slices that skip every macroblock.
 * Written by hand because no pure-JS H.264 encoder is maintained; this is enough for a
 * valid, playable stream whose picture changes at each IDR.
 */
export interface H264Geometry {
  /** Displayed size in pixels (even numbers). */
  width: number;
  height: number;
}
/** The codec string (`avc1.PPCCLL`) of what this module writes: Constrained Baseline, level 3.0. */
export declare const H264_CODEC = 'avc1.42c01e';
export declare function sps(g: H264Geometry): Uint8Array;
export declare function pps(): Uint8Array;
/** A picture in 4:2:0: `y` is width x height, `cb`/`cr` are (width/2) x (height/2), each coded size. */
export interface Picture {
  y: Uint8Array;
  cb: Uint8Array;
  cr: Uint8Array;
}
/** The coded (macroblock-aligned) size of a geometry. */
export declare function codedSize(g: H264Geometry): {
  width: number;
  height: number;
};
/** An IDR slice of I_PCM macroblocks carrying `pic` (coded size). */
export declare function idrSlice(g: H264Geometry, pic: Picture, idrPicId: number): Uint8Array;
/** A P slice that skips every macroblock: the previous picture again. */
export declare function skipSlice(g: H264Geometry, frameNum: number): Uint8Array;
//# sourceMappingURL=h264.d.ts.map
