import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';

/** Plans one manifest whose videos have these outputs; returns the output problems. */
async function outputProblems(outputs: string[]) {
  const videos = outputs.map((o) => `  - output: ${JSON.stringify(o)}\n    prompt: A kite.\n`);
  const root = await writeRepo({ 'clipwright.yml': `videos:\n${videos.join('')}` });
  const plan = await loadPlan({ root });
  return {
    plan,
    messages: plan.problems.filter((p) => p.field === 'output').map((p) => p.message),
  };
}

describe('outputs that cannot be delivered are refused at validate time', () => {
  const cases: [string, string][] = [
    ['a\u0000b.mp4', 'contains a control character'],
    [`${'x'.repeat(256)}.mp4`, 'over the file-system limit of 255'],
    ['folder/', 'ends with a slash'],
    ['index.html/a.mp4', 'where the run writes its own index.html'],
    ['Manifest.JSON/a.mp4', 'where the run writes its own manifest.json'],
    ['con.mp4', 'Windows reserved name'],
    ['clips/LPT1/a.mp4', 'Windows reserved name'],
    ['a:b.mp4', 'contains `:`'],
    ['what?.mp4', 'contains `?`'],
    ['dots./a.mp4', 'ending in a dot or a space'],
  ];
  for (const [output, message] of cases) {
    it(JSON.stringify(output), async () => {
      const { plan, messages } = await outputProblems([output]);
      expect(plan.jobs).toEqual([]);
      expect(messages).toEqual([expect.stringContaining(message)]);
    });
  }

  it('refuses an output that is a folder of another, either way round', async () => {
    const { plan, messages } = await outputProblems([
      'a.mp4',
      'a.mp4/b.mp4',
      'c/d.mp4',
      'C/D.MP4/e.mp4',
      'h/i.mp4/j.mp4',
      'H/I.mp4',
    ]);
    expect(plan.jobs.map((j) => j.output)).toEqual(['a.mp4', 'c/d.mp4', 'h/i.mp4/j.mp4']);
    expect(messages).toEqual([
      expect.stringContaining('a.mp4 would have to be both a file and the folder of a.mp4/b.mp4'),
      expect.stringContaining(
        'c/d.mp4 would have to be both a file and the folder of C/D.MP4/e.mp4',
      ),
      expect.stringContaining(
        'H/I.mp4 would have to be both a file and the folder of h/i.mp4/j.mp4',
      ),
    ]);
  });

  it('refuses collisions after Unicode normalisation and case folding', async () => {
    const nfc = 'caf\u00e9.mp4';
    const nfd = 'cafe\u0301.mp4';
    const { plan, messages } = await outputProblems([nfc, nfd, 'Promo.mp4', 'promo.mp4']);
    expect(plan.jobs.map((j) => j.output)).toEqual([nfc, 'Promo.mp4']);
    expect(messages).toEqual([
      expect.stringContaining('the same file where case or Unicode form is ignored'),
      expect.stringContaining('is already used by clipwright.yml:'),
    ]);
  });

  it('keeps portable names, including non-ASCII ones and sub-folders', async () => {
    const { plan } = await outputProblems(['social/vertical.mp4', 'été/café.mp4', 'a b-c_d.1.mp4']);
    expect(plan.problems).toEqual([]);
    expect(plan.jobs).toHaveLength(3);
  });
});
