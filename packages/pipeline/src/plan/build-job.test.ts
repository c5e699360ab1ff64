import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { formatProblem } from '../model/problem.ts';
import { loadPlan } from './load-plan.ts';

/** The problems of a one-file repository, as "field: fix". */
async function fixesOf(front: string, prompt = 'A lighthouse at dusk.') {
  const root = await writeRepo({ 'prompts/clip.md': `---\n${front}\n---\n${prompt}\n` });
  const plan = await loadPlan({ root });
  return plan.problems.map((p) => `${p.field}: ${p.fix}`);
}

describe('buildJob problems carry core fixes', () => {
  it('says to remove a field the model does not take', async () => {
    expect(await fixesOf('model: sora-2-beta-max\nquality: high')).toEqual([
      'quality: remove `quality`: sora-2-beta-max does not take it',
    ]);
  });

  it('gives only the valid sora-2-pro pairings', async () => {
    expect(await fixesOf('model: sora-2-pro\nduration: 15\nquality: standard')).toEqual([
      'quality: use quality "high" with duration 15, or duration 25 with quality "standard" (the docs: "15 s only high, 25 s only standard")',
    ]);
  });

  it('says to write a quoted number as a number, with an example the model allows', async () => {
    expect(await fixesOf('model: sora-2-pro-preview\nduration: "8"')).toEqual([
      'duration: write it as a number, without quotes (`duration: 8`); allowed: 4, 8, 12',
    ]);
    // Unquoted, 8 is still wrong for sora-2-beta-max: the example is one it takes.
    expect(await fixesOf('model: sora-2-beta-max\nduration: "8"')).toEqual([
      'duration: write it as a number, without quotes (`duration: 10`); allowed: 10, 15',
    ]);
  });

  it('says how long the prompt is and how short it must be', async () => {
    expect(await fixesOf('model: sora-2-beta-max', 'a'.repeat(5100))).toEqual([
      'prompt: shorten the prompt to at most 5000 characters (it has 5100)',
    ]);
  });

  it('suggests the known model for a near miss, and lets a new model through', async () => {
    const root = await writeRepo({
      'prompts/typo.md': '---\nmodel: sora-2-pro-previw\n---\nA kite.\n',
      'prompts/new.md': '---\nmodel: veo-3\n---\nA kite.\n',
    });
    const plan = await loadPlan({ root });
    expect(plan.problems.map(formatProblem)).toEqual([
      'prompts/typo.md:2:8 model: unknown model "sora-2-pro-previw"; did you mean "sora-2-pro-preview"? (fix: use "sora-2-pro-preview")',
    ]);
    expect(plan.jobs.map((j) => j.request.model)).toEqual(['veo-3']);
  });

  it('says where a caller default came from after the core fix', async () => {
    const root = await writeRepo({ 'prompts/clip.md': '---\nmodel: sora-2\n---\nA kite.\n' });
    const plan = await loadPlan({ root, defaults: { duration: 12 } });
    expect(plan.problems[0]?.fix).toBe(
      'use one of 10, 15 in the caller defaults (flag or action input), or set it in the file',
    );
  });
});
