import { fileURLToPath } from 'node:url';

/**
 * The font title and end cards are drawn with: DejaVu Sans from the `dejavu-fonts-ttf`
 * package (a free licence: Bitstream Vera's, public-domain changes), shipped as a dependency
 * so a card never depends on the fonts of the machine.
 */
export function cardFontPath(): string {
  return fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
}
