import { createHash } from 'node:crypto';

/** Hues a prompt's colour is chosen from (15 degrees apart), at each of two brightnesses. */
const HUES = 24;
const LUMAS = [90, 150];
/** Distance of every colour from grey in the Cb/Cr plane. */
const CHROMA = 70;
const digest = (prompt) => createHash('sha256').update(prompt).digest();
/**
 * The background colour of every video made for `prompt`: one of 48 (24 hues at two
 * brightnesses), chosen by the prompt's sha256, so the shots of a storyboard differ and a test
 * can tell which shot a frame came from by its colour (compare with a tolerance: an encoder
 * moves a sample by a few levels).
 */
export function promptColour(prompt) {
  const h = digest(prompt);
  const hue = ((h[0] ?? 0) % HUES) * ((2 * Math.PI) / HUES);
  return {
    y: LUMAS[(h[1] ?? 0) % LUMAS.length] ?? LUMAS[0],
    cb: Math.round(128 + CHROMA * Math.cos(hue)),
    cr: Math.round(128 + CHROMA * Math.sin(hue)),
  };
}
/** The pitch (Hz) of the tone in every video made for `prompt` with sound: 24 semitones from 220 Hz. */
export function promptTone(prompt) {
  const h = digest(prompt);
  return Math.round(220 * 2 ** (((h[2] ?? 0) % 24) / 12));
}
/** Video-range black (what a `black-video` fault paints). */
export const BLACK = { y: 16, cb: 128, cr: 128 };
//# sourceMappingURL=video-look.js.map
