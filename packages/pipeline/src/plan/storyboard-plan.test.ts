import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { formatProblem } from '../model/problem.ts';
import { formatPlanTable, planToJson } from '../report/format-plan.ts';
import { loadPlan } from './load-plan.ts';

const context = { tag: 'v1.2.0', version: '1.2.0', repo: 'acme/site', sha: 'abc123' };
const now = () => Date.parse('2026-11-21T10:00:00Z');

const promo = (shot2 = 'A rocket lifts off') => `---
output: promo.mp4
model: seedance-1.5-pro
duration: 4
quality: 480p
storyboard:
  transition: crossfade 0.5
  title_card: "Clipwright {{ version }}"
  end_card:
    text: "github.com/{{ repo }}"
    seconds: 2
  size: 854x480
shots:
  - prompt: A terminal types a command
  - prompt: ${shot2}
    duration: 5
  - prompt: A gallery of videos
    aspect_ratio: "1:1"
---
Notes for reviewers (not sent).
`;

describe('storyboards in prompt files and manifests', () => {
  it("gives each shot the file's params:, its own over them, whichever spelling each uses", async () => {
    const file = `---
output: p.mp4
model: seedance-1.5-pro
quality: 480p
params:
  generate_audio: false
  duration: 6
shots:
  - prompt: One
  - prompt: Two
    duration: 5
  - prompt: Three
    params:
      generate_audio: true
      quality: 720p
---
`;
    const root = await writeRepo({
      'prompts/p.md': file,
      'prompts/q.md': `${file.replace('output: p.mp4', 'output: q.mp4').slice(0, -4)}  - prompt: Four\n    params:\n      sound: on\n---\n`,
    });
    const plan = await loadPlan({ root, context, now });
    expect(
      plan.jobs.filter((j) => j.name.startsWith('p.')).map((j) => [j.name, j.request]),
    ).toEqual([
      [
        'p.shot-1',
        expect.objectContaining({ duration: 6, generate_audio: false, quality: '480p' }),
      ],
      ['p.shot-2', expect.objectContaining({ duration: 5, generate_audio: false })],
      ['p.shot-3', expect.objectContaining({ duration: 6, generate_audio: true, quality: '720p' })],
    ]);
    expect(plan.problems.map(formatProblem).join('\n')).toMatch(
      /prompts\/q\.md:18:14 params\.sound: seedance-1\.5-pro/,
    );
  });

  it('makes each shot an ordinary job and keeps the storyboard with its settings', async () => {
    const root = await writeRepo({ 'prompts/promo.md': promo() });
    const plan = await loadPlan({ root, context, now });
    expect(plan.problems.map(formatProblem)).toEqual([]);
    expect(plan.jobs.map((j) => [j.name, j.output, j.request.duration])).toEqual([
      ['promo.shot-1', 'promo.shot-1.mp4', 4],
      ['promo.shot-2', 'promo.shot-2.mp4', 5],
      ['promo.shot-3', 'promo.shot-3.mp4', 4],
    ]);
    expect(plan.jobs[2]?.request).toMatchObject({
      aspect_ratio: '1:1',
      prompt: 'A gallery of videos',
    });
    expect(plan.storyboards).toEqual([
      {
        name: 'promo',
        output: 'promo.mp4',
        source: { file: 'prompts/promo.md', line: 1 },
        shots: ['promo.shot-1', 'promo.shot-2', 'promo.shot-3'],
        settings: {
          transition: { kind: 'crossfade', seconds: 0.5 },
          titleCard: { text: 'Clipwright 1.2.0' },
          endCard: { text: 'github.com/acme/site', seconds: 2 },
          width: 854,
          height: 480,
        },
        credits: plan.totalCredits,
      },
    ]);
  });

  it('shows the storyboard in the plan table and the JSON plan', async () => {
    const root = await writeRepo({ 'prompts/promo.md': promo() });
    const plan = await loadPlan({ root, context, now });
    const table = formatPlanTable(plan);
    expect(table).toMatch(/^promo\.shot-2 +seedance-1\.5-pro +5s/m);
    expect(table).toContain(
      `promo.mp4 <- 3 shots (promo.shot-1 ... promo.shot-3), crossfades of 0.5 s, a title card and an end card: ${plan.totalCredits.toFixed(2)} credits in its shots`,
    );
    expect(planToJson(plan)).toMatchObject({ storyboards: [{ name: 'promo' }] });
  });

  it('editing one shot changes only that shot’s hash', async () => {
    const a = await loadPlan({
      root: await writeRepo({ 'p/promo.md': promo() }),
      context,
      now,
      prompts: ['p/*.md'],
    });
    const b = await loadPlan({
      root: await writeRepo({ 'p/promo.md': promo('A rocket lands') }),
      context,
      now,
      prompts: ['p/*.md'],
    });
    const changed = a.jobs.filter((j, i) => j.hash !== b.jobs[i]?.hash).map((j) => j.name);
    expect(changed).toEqual(['promo.shot-2']);
  });

  it('locates problems in shots and settings with file:line:column, and pays for none of it', async () => {
    const root = await writeRepo({
      'prompts/bad.md': `---
model: seedance-1.5-pro
storyboard:
  transition: dissolve
  title_card: "{{ nope }}"
  audio: music/missing.mp3
shots:
  - prompt: One
    duraton: 4
  - prompt: Two
    duration: 99
---
`,
    });
    const plan = await loadPlan({ root, context, now });
    expect(plan.jobs).toEqual([]);
    expect(plan.storyboards).toBeUndefined();
    const lines = plan.problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^prompts\/bad\.md:4:15 storyboard\.transition: must be `cut` or/),
        expect.stringMatching(
          /^prompts\/bad\.md:5:15 storyboard\.title_card: unknown variable `\{\{ nope \}\}`/,
        ),
        expect.stringMatching(
          /^prompts\/bad\.md:9:5 duraton: unknown key in the shot 1 \(fix: did you mean `duration`\?\)/,
        ),
        expect.stringMatching(/^prompts\/bad\.md:11:15 duration: /),
      ]),
    );
    expect(plan.invalid.map((v) => v.name).sort()).toEqual(['bad', 'bad.shot-1', 'bad.shot-2']);
  });

  it('reads a storyboard from a manifest entry, its sound track from the repository', async () => {
    const root = await writeRepo({
      'clipwright.yml': `videos:
  - output: launch-{{ version }}.mp4
    model: seedance-1.5-pro
    duration: 4
    storyboard:
      audio:
        file: assets/theme.m4a
        mode: mix
    shots:
      - prompt: First
      - prompt: Second
`,
      'assets/theme.m4a': new Uint8Array([0, 1, 2, 3]),
    });
    const plan = await loadPlan({ root, context, now });
    expect(plan.problems.map(formatProblem)).toEqual([]);
    expect(plan.jobs.map((j) => j.name)).toEqual(['launch-1.2.0.shot-1', 'launch-1.2.0.shot-2']);
    expect(plan.storyboards?.[0]).toMatchObject({
      name: 'launch-1.2.0',
      settings: { audio: { path: 'assets/theme.m4a', mode: 'mix' } },
      audio: { file: 'assets/theme.m4a', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  it('puts every shot of a storyboard in one shard', async () => {
    const root = await writeRepo({ 'prompts/promo.md': promo() });
    const shards = await Promise.all(
      [1, 2, 3].map((index) => loadPlan({ root, context, now, shard: `${index}/3` })),
    );
    expect(shards.map((p) => p.jobs.length).sort()).toEqual([0, 0, 3]);
    expect(shards.filter((p) => p.storyboards).map((p) => p.storyboards?.[0]?.name)).toEqual([
      'promo',
    ]);
  });

  it('leaves out a storyboard when a filter keeps only some of its shots', async () => {
    const root = await writeRepo({ 'prompts/promo.md': promo() });
    const plan = await loadPlan({ root, context, now, only: (v) => v.name !== 'promo.shot-2' });
    expect(plan.jobs).toHaveLength(2);
    expect(plan.storyboards).toBeUndefined();
  });
});
