import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { formatProblem } from '../model/problem.ts';
import { formatPlanTable, planToJson } from '../report/format-plan.ts';
import { loadPlan, runFolderPatterns } from './load-plan.ts';
import { realPlanFs } from './plan-fs.ts';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');
const context = { tag: 'v1.2.0', version: '1.2.0', repo: 'acme/site', sha: 'abc123' };
const now = () => Date.parse('2026-11-21T10:00:00Z');

describe('loadPlan on a good repository', () => {
  it('reads only the named files when prompt globs are given without a manifest', async () => {
    const root = path.join(fixtures, 'good');
    const named = await loadPlan({ root, prompts: ['teaser.prompt.md'], context, now });
    expect(named.jobs.map((j) => j.name)).toEqual(['teaser']);
    const withManifest = await loadPlan({
      root,
      prompts: ['teaser.prompt.md'],
      manifest: 'clipwright.yml',
      context,
      now,
    });
    expect(withManifest.jobs.map((j) => j.name).sort()).toEqual([
      'release-1.2.0',
      'social/vertical',
      'teaser',
    ]);
  });

  it('finds prompt files and manifest videos, applies precedence and renders templates', async () => {
    const plan = await loadPlan({
      root: path.join(fixtures, 'good'),
      context,
      now,
      defaults: { duration: 15 },
    });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs.map((j) => j.name).sort()).toEqual([
      'launch',
      'release-1.2.0',
      'social/vertical',
      'teaser',
    ]);
    const byName = Object.fromEntries(plan.jobs.map((j) => [j.name, j]));
    // video > manifest defaults > caller defaults > model defaults
    expect(byName.launch?.request).toMatchObject({
      model: 'sora-2-pro-preview',
      duration: 8,
      quality: '1080p',
      aspect_ratio: '16:9',
    });
    expect(byName['social/vertical']?.request).toMatchObject({
      aspect_ratio: '9:16',
      duration: 15,
    });
    expect(byName['release-1.2.0']?.request).toMatchObject({
      model: 'sora-2-beta-max',
      duration: 15,
      remove_watermark: true,
    });
    expect(byName['release-1.2.0']?.request.prompt).toBe(
      'A title card announcing Clipwright 1.2.0, confetti, upbeat.',
    );
    expect(byName.launch?.request.prompt).toBe(
      'A calm drone shot over a harbour at dawn, the logo of Clipwright on a sail.',
    );
    expect(byName.teaser?.request.prompt).toBe('A cat typing on a laptop, close-up, 2026-11-21.');
    expect(byName['social/vertical']?.output).toBe('social/vertical.mp4');
    expect(byName.launch?.source).toEqual({ file: 'prompts/launch.md', line: 1 });
    for (const job of plan.jobs) {
      expect(job.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(job.credits).toBeGreaterThan(0);
    }
    expect(plan.totalCredits).toBeCloseTo(
      plan.jobs.reduce((a, j) => a + j.credits, 0),
      5,
    );
  });

  it('gives the same video the same hash, and a different prompt a different one', async () => {
    const a = await loadPlan({ root: path.join(fixtures, 'good'), context, now });
    const b = await loadPlan({ root: path.join(fixtures, 'good'), context, now });
    expect(a.jobs.map((j) => j.hash)).toEqual(b.jobs.map((j) => j.hash));
    const c = await loadPlan({
      root: path.join(fixtures, 'good'),
      context: { ...context, version: '1.3.0' },
      now,
    });
    const release = (p: typeof a) =>
      p.jobs.find((j) => j.source.file === 'clipwright.yml' && j.request.aspect_ratio === '16:9');
    expect(release(c)?.hash).not.toBe(release(a)?.hash);
  });

  it('reports a missing release variable instead of rendering an empty string', async () => {
    const plan = await loadPlan({
      root: path.join(fixtures, 'good'),
      context: { version: '1.2.0' },
      now,
    });
    const problem = plan.problems.find((p) => p.message.includes('{{ tag }}'));
    expect(problem).toMatchObject({
      file: 'clipwright.yml',
      line: 15,
      column: 13,
      field: 'prompt',
    });
    expect(plan.invalid.map((i) => i.name)).toEqual(['social/vertical']);
  });

  it('renders the plan as a table and as JSON', async () => {
    const plan = await loadPlan({ root: path.join(fixtures, 'good'), context, now });
    const table = formatPlanTable(plan);
    expect(table).toMatch(/^name\s+model\s+duration/);
    expect(table).toContain('launch');
    expect(table).toContain(
      `${plan.jobs.length} videos, ${plan.totalCredits.toFixed(2)} credits estimated`,
    );
    const json = JSON.parse(JSON.stringify(planToJson(plan)));
    expect(json.jobs).toHaveLength(plan.jobs.length);
    expect(json.totalCredits).toBe(plan.totalCredits);
    expect(JSON.stringify(json)).not.toContain(fixtures);
  });
});

describe('loadPlan on bad prompt files', () => {
  it('locates every problem by file, line, column and field, with a fix', async () => {
    const plan = await loadPlan({ root: path.join(fixtures, 'bad'), now });
    const lines = plan.problems.map(formatProblem);
    const find = (file: string, field?: string) =>
      plan.problems.find((p) => p.file === file && (field === undefined || p.field === field));

    expect(find('prompts/wrong-duration.md', 'duration')).toMatchObject({ line: 3, column: 11 });
    expect(find('prompts/wrong-duration.md', 'duration')?.message).toMatch(/10.*15/);
    expect(find('prompts/wrong-duration.md', 'duration')?.fix).toMatch(/10, 15/);

    expect(find('prompts/typo.md', 'durration')).toMatchObject({
      line: 3,
      column: 1,
      fix: 'did you mean `duration`?',
    });
    expect(find('prompts/empty.md', 'prompt')).toMatchObject({
      line: 4,
      message: 'the prompt is empty',
    });
    expect(find('prompts/escape.md', 'output')).toMatchObject({ line: 2, column: 9 });
    expect(find('prompts/escape.md', 'output')?.message).toContain('escapes the output folder');
    expect(find('prompts/absolute.md', 'output')?.message).toContain('absolute path');
    expect(find('prompts/unknown-var.md', 'prompt')).toMatchObject({
      line: 6,
      column: 12,
      message: 'unknown variable `{{ nmae }}`',
      fix: 'did you mean `{{ name }}`?',
    });
    expect(find('prompts/dup-b.md', 'output')?.message).toContain(
      'already used by prompts/dup-a.md:1',
    );
    expect(find('prompts/broken.md')).toMatchObject({ line: 3 });
    expect(find('prompts/broken.md')?.message).toContain('invalid YAML');
    expect(find('prompts/broken.md')?.message).not.toMatch(/at line \d/);
    expect(find('clipwright.yml', 'aspect_ratio')).toMatchObject({ line: 3, column: 19 });

    expect(lines).toContain(
      `prompts/typo.md:3:1 durration: unknown key in the front matter (fix: did you mean \`duration\`?)`,
    );
    // Only dup-a is valid: everything else is invalid and listed.
    expect(plan.jobs.map((j) => j.name)).toEqual(['same']);
    expect(plan.invalid.map((i) => i.source.file).sort()).toEqual([
      'clipwright.yml',
      'prompts/absolute.md',
      'prompts/broken.md',
      'prompts/dup-b.md',
      'prompts/empty.md',
      'prompts/escape.md',
      'prompts/typo.md',
      'prompts/unknown-var.md',
      'prompts/wrong-duration.md',
    ]);
  });

  it('locates a bad setting where it was given: the video, the manifest defaults, or the caller', async () => {
    const root = await writeRepo({
      'clipwright.yml': 'defaults:\n  aspect_ratio: "4:3"\nvideos: []\n',
      'prompts/a.md': '---\nmodel: sora-2-beta-max\n---\nA scene.\n',
    });
    const plan = await loadPlan({ root, defaults: { duration: 8 } });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        file: 'clipwright.yml',
        line: 2,
        column: 17,
        field: 'aspect_ratio',
      }),
      expect.objectContaining({ file: 'prompts/a.md', line: 1, column: 1, field: 'duration' }),
    ]);
    expect(plan.problems[1]?.message).toContain("from the caller's defaults");
    expect(plan.jobs).toEqual([]);
  });

  it('reports malformed `vars` in the manifest defaults once, and runs no video', async () => {
    const root = await writeRepo({
      'clipwright.yml':
        'defaults:\n  vars: [a, b]\nvideos:\n  - output: x.mp4\n    prompt: A scene.\n',
      'prompts/a.md': 'Another scene.\n',
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([
      expect.objectContaining({ file: 'clipwright.yml', line: 2, column: 9, field: 'vars' }),
    ]);
    expect(plan.jobs).toEqual([]);
    expect(plan.invalid.map((i) => i.name).sort()).toEqual(['a', 'x']);
  });

  it('an alias bomb in front matter or the manifest is a located problem, not a crash', async () => {
    // Each level repeats the one before nine times: 9^8 strings once expanded.
    const levels = ['a0: &a0 "lol"'];
    for (let i = 1; i <= 8; i++) {
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    }
    const bomb = levels.map((l) => l.replace(/^a(\d+): /, 'x$1: ')).join('\n  ');
    const root = await writeRepo({
      'prompts/bomb.md': `---\nmodel: sora-2-beta-max\nvars:\n  ${bomb}\n---\nA scene.\n`,
      'clipwright.yml': `defaults:\n  vars:\n    ${bomb.replaceAll('\n  ', '\n    ')}\nvideos: []\n`,
      'prompts/fine.md': '---\nmodel: sora-2-beta-max\n---\nA fine scene.\n',
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'prompts/bomb.md', line: 4, field: 'vars' }),
        expect.objectContaining({ file: 'clipwright.yml', line: 2, field: 'defaults' }),
      ]),
    );
    expect(plan.problems.filter((p) => p.message.includes('more than 100 copies'))).toHaveLength(2);
  });
});

describe('loadPlan never walks the run folders', () => {
  it('leaves out the output and state folders inside the root, whatever their names', async () => {
    const prompt = '---\nmodel: sora-2\n---\nA mug.\n';
    const root = await writeRepo({
      'prompts/mug.md': prompt,
      'renders/[v1]/old.prompt.md': prompt,
      'run state/cache/x.prompt.md': prompt,
      'out/default.prompt.md': prompt,
    });
    const globs: string[][] = [];
    const plan = await loadPlan({
      root,
      outDir: path.join(root, 'renders', '[v1]'),
      stateDir: path.join(root, 'run state'),
      fs: {
        ...realPlanFs,
        glob: (patterns, cwd, ignore) => {
          globs.push(ignore ?? []);
          return realPlanFs.glob(patterns, cwd, ignore);
        },
      },
      now,
    });
    // `out/` is a folder like any other when it is not the run's.
    expect(plan.jobs.map((j) => j.source.file).sort()).toEqual([
      'out/default.prompt.md',
      'prompts/mug.md',
    ]);
    expect(globs).toEqual([['run state/**', 'renders/\\[v1\\]/**']]);
  });

  it('needs no pattern for a folder outside the root, or the root itself', () => {
    expect(runFolderPatterns('/repo', ['/elsewhere/out', '/repo', undefined, '/repo/out'])).toEqual(
      ['out/**'],
    );
  });
});
