import { codedSize } from './h264.js';
/**
 * A test card: a flat background of `colour`, a marker square that crosses the top band
 * and a bright bar along the bottom that fills, both at `fraction` of the way through the
 * clip, so a viewer (and ffmpeg's `freezedetect`) sees time pass. The middle of the picture
 * is always the flat colour, for tests that sample it. `plain` paints the colour alone (a
 * black video). Samples stay within 16..235 (video range).
 */
export function drawPicture(g, fraction, colour, plain = false) {
  const { width: cw, height: ch } = codedSize(g);
  const y = new Uint8Array(cw * ch).fill(colour.y);
  const cb = new Uint8Array((cw / 2) * (ch / 2)).fill(colour.cb);
  const cr = new Uint8Array((cw / 2) * (ch / 2)).fill(colour.cr);
  if (plain) return { y, cb, cr };
  const f = Math.min(1, Math.max(0, fraction));
  const contrast = colour.y > 128 ? colour.y - 70 : colour.y + 80;
  const side = 2 * Math.max(1, Math.floor(g.height / 10));
  const top = 2 * Math.floor(g.height / 25);
  const left = 2 * Math.floor(((g.width - side) * f) / 2);
  fillRect(y, cw, left, top, side, side, contrast);
  const barTop = Math.floor(g.height * 0.88);
  fillRect(y, cw, 0, barTop, Math.round(g.width * f), g.height - 2 - barTop, 230);
  return { y, cb, cr };
}
function fillRect(plane, stride, x, y, w, h, value) {
  for (let row = y; row < y + h; row++) plane.fill(value, row * stride + x, row * stride + x + w);
}
//# sourceMappingURL=picture.js.map
