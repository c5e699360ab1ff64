/** A flat colour in video-range YCbCr (BT.601), as the simulator paints it. */
export interface YCbCr {
  y: number;
  cb: number;
  cr: number;
}
/**
 * The background colour of every video made for `prompt`: one of 48 (24 hues at two
 * brightnesses), chosen by the prompt's sha256, so the shots of a storyboard differ and a test
 * can tell which shot a frame came from by its colour (compare with a tolerance: an encoder
 * moves a sample by a few levels).
 */
export declare function promptColour(prompt: string): YCbCr;
/** The pitch (Hz) of the tone in every video made for `prompt` with sound: 24 semitones from 220 Hz. */
export declare function promptTone(prompt: string): number;
/** Video-range black (what a `black-video` fault paints). */
export declare const BLACK: YCbCr;
//# sourceMappingURL=video-look.d.ts.map
