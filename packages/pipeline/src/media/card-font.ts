import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MediaError } from './media-error.ts';

/** The card font's file name, and the folder a bundle carries it in (`<bundle>/fonts/`). */
export const CARD_FONT_NAME = 'DejaVuSans.ttf';

/**
 * Where a bundle (the action's `dist/`, the CLI's `dist/`) keeps the font: its build copies
 * it to `fonts/` beside the entry file, and bundled code may sit in `dist/` or one folder
 * below (`dist/chunks/`).
 */
const BUNDLED = [`./fonts/${CARD_FONT_NAME}`, `../fonts/${CARD_FONT_NAME}`];

/**
 * The font title and end cards are drawn with: DejaVu Sans from the `dejavu-fonts-ttf`
 * package (a free licence: Bitstream Vera's, public-domain changes), shipped as a dependency
 * so a card never depends on the fonts of the machine. Looked for first beside the code as a
 * bundle carries it (`fonts/DejaVuSans.ttf`, copied there by the action's and the CLI's
 * builds), then through the package's resolution (the library and its sources), so it is
 * found whether the pipeline runs from source, from `dist/` or inside a bundle without
 * `node_modules`. `AssembleOptions.fontFile` overrides it.
 */
export function cardFontPath(base: string = import.meta.url): string {
  for (const candidate of BUNDLED) {
    const file = fileURLToPath(new URL(candidate, base));
    if (existsSync(file)) return file;
  }
  try {
    return fileURLToPath(import.meta.resolve(`dejavu-fonts-ttf/ttf/${CARD_FONT_NAME}`));
  } catch {
    throw new MediaError(
      'missing',
      `the card font ${CARD_FONT_NAME} is neither beside the code (fonts/) nor resolvable from dejavu-fonts-ttf: reinstall, or pass fontFile`,
    );
  }
}
