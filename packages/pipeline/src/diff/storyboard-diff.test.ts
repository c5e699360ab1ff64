import { describe, expect, it } from 'vitest';
import { writeGitRepo } from '../../test/git-repo.ts';
import { diffCommits } from './diff-commits.ts';

const board = (second: string) => `---
output: promo.mp4
model: sora-2-pro-preview
duration: 4
aspect_ratio: "16:9"
storyboard:
  transition: crossfade 0.5
shots:
  - prompt: A terminal at dawn.
  - prompt: ${second}
  - prompt: A gallery of videos.
---
`;

describe('a storyboard in the PR cost diff', () => {
  it('lists each shot; editing one shot changes (and costs) that shot only', async () => {
    const repo = await writeGitRepo(
      { 'prompts/promo.md': board('A film strip.') },
      { 'prompts/promo.md': board('A film strip at night.') },
    );
    const diff = await diffCommits({ root: repo.root, base: repo.base, head: repo.head });
    expect(diff.entries.map((e) => [e.name, e.status])).toEqual([
      ['promo.shot-2', 'changed'],
      ['promo.shot-1', 'unchanged'],
      ['promo.shot-3', 'unchanged'],
    ]);
    const changed = diff.entries[0];
    expect(changed?.changes).toEqual(['prompt']);
    expect(diff.toGenerate).toBeCloseTo(changed?.credits ?? Number.NaN, 3);
  });
});
