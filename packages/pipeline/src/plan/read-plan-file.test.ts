import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';
import { MAX_PLAN_FILE_BYTES } from './plan-fs.ts';

const ok = 'A kite over a beach.\n';

describe('loadPlan reads only files the repository owns', () => {
  it('refuses a prompt symlinked to .git/config, outside the root or into the state dir', async () => {
    const outside = await writeRepo({ 'secret.md': 'outside secret\n' });
    const root = await writeRepo({
      '.git/config': '[http] extraheader = AUTHORIZATION: basic c2VjcmV0\n',
      '.clipwright/journal.json': '{}\n',
      'prompts/ok.md': ok,
    });
    await symlink('../.git/config', path.join(root, 'prompts/notes.md'));
    await symlink(path.join(outside, 'secret.md'), path.join(root, 'prompts/away.md'));
    await symlink('../.clipwright/journal.json', path.join(root, 'prompts/state.md'));
    const plan = await loadPlan({ root });
    expect(plan.jobs.map((j) => j.name)).toEqual(['ok']);
    const byFile = Object.fromEntries(plan.problems.map((p) => [p.file, p]));
    expect(byFile['prompts/notes.md']?.message).toContain('symlink into .git/');
    expect(byFile['prompts/away.md']?.message).toContain('outside the repository');
    expect(byFile['prompts/state.md']?.message).toContain('the state folder');
    for (const p of plan.problems) expect(p.fix).toContain('symlink');
    expect(plan.invalid.map((j) => j.name).sort()).toEqual(['away', 'notes', 'state']);
    expect(JSON.stringify(plan)).not.toContain('c2VjcmV0');
  });

  it('refuses a prompt under a symlinked folder that leads outside, and a state dir given elsewhere', async () => {
    const outside = await writeRepo({ 'x.md': 'from elsewhere\n' });
    const state = await writeRepo({ 'leak.md': 'state\n' });
    const root = await writeRepo({ 'real/inside.md': ok });
    await symlink(outside, path.join(root, 'prompts'));
    await mkdir(path.join(root, 'p2'));
    await symlink(path.join(state, 'leak.md'), path.join(root, 'p2/leak.prompt.md'));
    const plan = await loadPlan({ root, stateDir: state });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => [p.file, p.message])).toEqual([
      ['p2/leak.prompt.md', expect.stringContaining('is a symlink')],
      ['prompts/x.md', expect.stringContaining('outside the repository')],
    ]);
  });

  it('refuses a symlinked prompt file that cannot be followed (dangling, a loop) instead of dropping it', async () => {
    const root = await writeRepo({ 'prompts/ok.md': ok, 'shared/kite.md': ok });
    await symlink('gone.md', path.join(root, 'prompts/dangling.md'));
    await symlink('loop-b.md', path.join(root, 'prompts/loop-a.md'));
    await symlink('loop-a.md', path.join(root, 'prompts/loop-b.md'));
    await symlink('../../nowhere/x.md', path.join(root, 'deep.prompt.md'));
    // Relative links that resolve inside the root are read as usual.
    await symlink('../shared/kite.md', path.join(root, 'prompts/kite.md'));
    const plan = await loadPlan({ root });
    expect(plan.jobs.map((j) => j.name).sort()).toEqual(['kite', 'ok']);
    expect(plan.problems.map((p) => [p.file, p.line, p.message]).sort()).toEqual([
      ['deep.prompt.md', 1, expect.stringContaining('is a symlink that points to nothing')],
      ['prompts/dangling.md', 1, expect.stringContaining('is a symlink that points to nothing')],
      ['prompts/loop-a.md', 1, expect.stringContaining('is a symlink that loops back on itself')],
      ['prompts/loop-b.md', 1, expect.stringContaining('is a symlink that loops back on itself')],
    ]);
    for (const p of plan.problems) expect(p.fix).toMatch(/point it at a prompt file/);
  });

  it('reads a symlink whose real path stays inside the root', async () => {
    const root = await writeRepo({ 'shared/kite.md': ok });
    // Absolute: tinyglobby does not descend into a relative symlink to a folder.
    await symlink(path.join(root, 'shared'), path.join(root, 'prompts'));
    await symlink(path.join(root, 'shared/kite.md'), path.join(root, 'kite2.prompt.md'));
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    // One real file reached under two paths is read once, under the first path listed.
    expect(plan.jobs.map((j) => [j.source.file, j.request.prompt])).toEqual([
      ['kite2.prompt.md', 'A kite over a beach.'],
    ]);
  });

  it('refuses a manifest symlinked out of the repository: no video runs', async () => {
    const root = await writeRepo({ 'prompts/ok.md': ok });
    await symlink('/etc/hostname', path.join(root, 'clipwright.yml'));
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems[0]).toMatchObject({ file: 'clipwright.yml', line: 1 });
  });
});

describe('loadPlan refuses files that are not prompt files', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const root = await writeRepo({ 'prompts/ok.md': ok });
    await writeFile(path.join(root, 'prompts/huge.md'), Buffer.alloc(MAX_PLAN_FILE_BYTES + 1, 97));
    let reads = 0;
    const { realPlanFs } = await import('./plan-fs.ts');
    const plan = await loadPlan({
      root,
      fs: {
        ...realPlanFs,
        readFile: (p) => {
          reads += p.endsWith('huge.md') ? 1 : 0;
          return realPlanFs.readFile(p);
        },
      },
    });
    expect(reads).toBe(0);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        file: 'prompts/huge.md',
        message: expect.stringContaining('over the limit of 1048576 bytes (1 MiB)'),
      }),
    ]);
    expect(plan.jobs.map((j) => j.name)).toEqual(['ok']);
  });

  it('refuses NUL, control characters and invalid UTF-8 at their line and column', async () => {
    const root = await writeRepo({
      'prompts/nul.md': 'line one\nab\u0000c\n',
      'prompts/esc.md': 'colour \u001b[31mred\n',
    });
    await writeFile(path.join(root, 'prompts/bin.md'), Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0x42]));
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => [p.file, p.line, p.column, p.message.slice(0, 29)])).toEqual([
      ['prompts/bin.md', 2, 1, 'is not UTF-8 text (an invalid'],
      ['prompts/esc.md', 1, 8, 'contains a control character '],
      ['prompts/nul.md', 2, 3, 'contains a control character '],
    ]);
  });

  it('reads front matter after a UTF-8 BOM', async () => {
    const root = await writeRepo({ 'prompts/bom.md': '\uFEFF---\nduration: 15\n---\nA kite.\n' });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs[0]?.request).toMatchObject({ prompt: 'A kite.', duration: 15 });
  });

  it('fills template variables from own keys only', async () => {
    const root = await writeRepo({
      'prompts/a.md': 'A {{ constructor }} and {{ toString }} and {{ __proto__ }}.\n',
    });
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'unknown variable `{{ constructor }}`',
      'unknown variable `{{ toString }}`',
      'unknown variable `{{ __proto__ }}`',
    ]);
  });

  it('resolves YAML aliases and merge keys in manifests and front matter', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'defaults: &base',
        '  duration: 15',
        'videos:',
        '  - output: a.mp4',
        '    prompt: &kite A kite over a beach',
        '    <<: *base',
        '  - output: b.mp4',
        '    prompt: *kite',
        '    <<: [*base]',
        '    duration: 10',
        '',
      ].join('\n'),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs.map((j) => [j.output, j.request.prompt, j.request.duration])).toEqual([
      ['a.mp4', 'A kite over a beach', 15],
      ['b.mp4', 'A kite over a beach', 10],
    ]);
  });

  it('refuses a variable that holds the API key, wherever it is set', async () => {
    const key = 'sk-test-0123456789abcdef';
    const root = await writeRepo({
      'prompts/a.md': 'A kite {{ x }}.\n',
      'prompts/b.md': `---\nvars:\n  token: "${key}"\n---\nA kite.\n`,
    });
    const plan = await loadPlan({ root, vars: { x: key }, secrets: [key] });
    expect(plan.jobs).toEqual([]);
    const fields = plan.problems.map((p) => [p.file, p.field]);
    expect(fields).toContainEqual(['prompts/a.md', 'vars.x']);
    expect(fields).toContainEqual(['prompts/b.md', 'vars.token']);
    for (const p of plan.problems) expect(p.message).not.toContain(key);
  });
});
