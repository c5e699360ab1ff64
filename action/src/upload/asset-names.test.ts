import { describe, expect, it } from 'vitest';
import { githubAssetName } from '../../test/github-stand-in.ts';
import { assetCollisions, assetKey, assetName } from './asset-names.ts';

const video = (output: string, file = `prompts/${output.replace(/\.mp4$/, '')}.md`) => ({
  output,
  source: { file, line: 1 },
});

describe('release asset names', () => {
  it('a nested output and a flat one GitHub would name alike collide; distinct names do not', () => {
    const found = assetCollisions([
      video('promo/teaser.mp4'),
      video('promo-teaser.mp4'),
      video('summer promo.mp4'),
      video('summer.promo.mp4'),
      video('Intro.mp4'),
      video('intro.mp4'),
      video('outro.mp4'),
      video('outro-2.mp4'),
    ]);
    expect(found.map((c) => [c.first.output, c.second.output])).toEqual([
      ['promo/teaser.mp4', 'promo-teaser.mp4'],
      ['summer promo.mp4', 'summer.promo.mp4'],
      ['Intro.mp4', 'intro.mp4'],
    ]);
  });

  it('names that GitHub renames alike (the stand-in renames as GitHub is documented to) share a key', () => {
    const pairs = [
      ['a b.mp4', 'a.b.mp4'],
      ['a~b.mp4', 'a(b.mp4'],
      ['.hidden.mp4', 'hidden.mp4'],
      ['x:y.mp4', 'x y.mp4'],
    ];
    for (const [a = '', b = ''] of pairs) {
      expect(githubAssetName(a)).toBe(githubAssetName(b));
      expect(assetKey(assetName(a))).toBe(assetKey(assetName(b)));
    }
  });
});
