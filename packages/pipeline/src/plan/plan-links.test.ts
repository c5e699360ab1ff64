import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';

const prompt = (name: string) => `---\nmodel: sora-2-beta-max\n---\nA scene called ${name}.\n`;

describe('prompt files behind links', () => {
  it('a symlink loop inside the prompt folder reads each real prompt file once', async () => {
    const root = await writeRepo({ 'prompts/a.md': prompt('a'), 'prompts/b.md': prompt('b') });
    await symlink('.', path.join(root, 'prompts', 'loop')); // prompts/loop -> prompts
    await symlink('..', path.join(root, 'prompts', 'up')); // prompts/up -> the root
    const plan = await loadPlan({ root });
    expect(plan.jobs.map((j) => [j.name, j.source.file])).toEqual([
      ['a', 'prompts/a.md'],
      ['b', 'prompts/b.md'],
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.invalid).toEqual([]);
  });

  it('a regular file outside the root is said to be outside the root, not a symlink', async () => {
    const root = await writeRepo({ 'prompts/a.md': prompt('a') });
    const outside = await mkdtemp(path.join(tmpdir(), 'clipwright-outside-'));
    await writeFile(path.join(outside, 'x.md'), prompt('x'));
    const rel = path.relative(root, path.join(outside, 'x.md')).split(path.sep).join('/');
    const plan = await loadPlan({ root, prompts: [rel] });
    const messages = plan.problems.map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).not.toContain('symlink');
    expect(messages[0]).toContain('outside the root');
  });

  it('changed files select a prompt file behind a symlinked folder by its real path too', async () => {
    const root = await writeRepo({
      'shared/a.md': prompt('a'),
      'shared/b.md': prompt('b'),
      'prompts/own.md': prompt('own'),
    });
    await symlink('../shared', path.join(root, 'prompts', 'linked')); // prompts/linked -> shared
    const names = async (changedFiles: string[]) =>
      (await loadPlan({ root, changedFiles })).jobs.map((j) => j.source.file);
    // A push that edits the real file lists it where it lives, not under the link.
    expect(await names(['shared/a.md'])).toEqual(['prompts/linked/a.md']);
    expect(await names(['prompts/linked/b.md'])).toEqual(['prompts/linked/b.md']);
    expect(await names(['prompts/own.md'])).toEqual(['prompts/own.md']);
    expect(await names(['elsewhere.md'])).toEqual([]);
  });
});
