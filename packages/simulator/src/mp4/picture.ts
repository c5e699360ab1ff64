import { codedSize, type H264Geometry, type Picture } from './h264.ts';

/**
 * A simple test card: a diagonal colour gradient with a bright bar along the bottom that
 * fills to `fraction`, so a viewer sees time pass. Samples stay within 16..235 (video range).
 */
export function drawPicture(g: H264Geometry, fraction: number, hue: number): Picture {
  const { width: cw, height: ch } = codedSize(g);
  const y = new Uint8Array(cw * ch);
  const cb = new Uint8Array((cw / 2) * (ch / 2));
  const cr = new Uint8Array((cw / 2) * (ch / 2));
  const barTop = Math.floor(g.height * 0.85);
  const barEnd = Math.round(g.width * Math.min(1, Math.max(0, fraction)));
  for (let row = 0; row < ch; row++) {
    for (let col = 0; col < cw; col++) {
      const inBar = row >= barTop && row < g.height - 2 && col < barEnd;
      y[row * cw + col] = inBar ? 230 : 40 + Math.floor((120 * (col + row)) / (g.width + g.height));
    }
  }
  for (let row = 0; row < ch / 2; row++) {
    for (let col = 0; col < cw / 2; col++) {
      const t = col / (cw / 2);
      cb[row * (cw / 2) + col] = Math.round(128 + 60 * Math.cos(hue + t * 2));
      cr[row * (cw / 2) + col] = Math.round(128 + 60 * Math.sin(hue + t * 2));
    }
  }
  return { y, cb, cr };
}
