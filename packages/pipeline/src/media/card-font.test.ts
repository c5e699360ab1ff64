import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/media.ts';
import { CARD_FONT_NAME, cardFontPath } from './card-font.ts';

describe('cardFontPath', () => {
  it('resolves the dependency when nothing is beside the code (sources, the library dist)', () => {
    expect(cardFontPath()).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
  });

  it('finds the font a bundle carries in dist/fonts/, from dist/ or from dist/chunks/', async () => {
    const dist = await tempDir('clipwright-bundle-');
    await mkdir(path.join(dist, 'fonts'));
    await copyFile(cardFontPath(), path.join(dist, 'fonts', CARD_FONT_NAME));
    const expected = path.join(dist, 'fonts', CARD_FONT_NAME);
    expect(cardFontPath(pathToFileURL(path.join(dist, 'index.js')).href)).toBe(expected);
    expect(cardFontPath(pathToFileURL(path.join(dist, 'chunks', 'c-1.js')).href)).toBe(expected);
  });
});
