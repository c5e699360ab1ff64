import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { MediaError, type ProgramRunner, realProgramRunner } from '../media/index.ts';
import { formatProblem } from '../model/problem.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { mediaToolWarnings } from './storyboard-tools.ts';

const file = `---
output: promo.mp4
model: seedance-1.5-pro
duration: 4
shots:
  - prompt: One
  - prompt: Two
---
`;

describe('mediaToolWarnings (validate)', () => {
  it('warns at each storyboard when ffmpeg is missing, and says nothing when it is there', async () => {
    const plan = await loadPlan({ root: await writeRepo({ 'prompts/promo.md': file }) });
    const missing: ProgramRunner = async () => {
      throw new MediaError('missing', 'ffmpeg is not on the PATH');
    };
    expect((await mediaToolWarnings(plan, missing)).map(formatProblem)).toEqual([
      'prompts/promo.md:1:1 storyboard: promo.mp4 cannot be assembled on this machine: ffmpeg is not on the PATH (fix: install ffmpeg (with libx264 and drawtext) where the videos are generated; a run fails the storyboard before paying for its shots)',
    ]);
    expect(await mediaToolWarnings(plan, realProgramRunner())).toEqual([]);
    const plain = await loadPlan({
      root: await writeRepo({ 'a.prompt.md': '---\nmodel: seedance-1.5-pro\n---\nA cat.\n' }),
    });
    expect(await mediaToolWarnings(plain, missing)).toEqual([]);
  });
});
