import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import type { Exec } from '../plan/git-exec.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { changedFilesFromGit } from './changed-files.ts';

describe('changed-only', () => {
  it('runs git diff --name-only over the range through the injected exec', async () => {
    const calls: Array<{ file: string; args: string[]; cwd: string }> = [];
    const exec: Exec = async (file, args, { cwd }) => {
      calls.push({ file, args, cwd });
      return 'prompts/a.md\nREADME.md\n\n';
    };
    const files = await changedFilesFromGit({ range: 'v1.0.0..HEAD', cwd: '/repo', exec });
    expect(files).toEqual(['prompts/a.md', 'README.md']);
    expect(calls).toEqual([
      {
        file: 'git',
        args: ['diff', '--name-only', '--no-renames', 'v1.0.0..HEAD', '--'],
        cwd: '/repo',
      },
    ]);
  });

  it('refuses a range that looks like an option', async () => {
    const exec: Exec = async () => '';
    await expect(changedFilesFromGit({ range: '--output=/tmp/x', exec })).rejects.toThrow(
      /invalid git range/,
    );
  });

  it('keeps only the jobs whose source file changed, or all of the manifest when it changed', async () => {
    const root = await writeRepo({
      'prompts/a.md': 'Scene A.',
      'prompts/b.md': 'Scene B.',
      'clipwright.yml':
        'defaults:\n  duration: 15\nvideos:\n  - output: c.mp4\n    prompt: Scene C.\n',
    });
    const plan = await loadPlan({ root, changedFiles: ['prompts/a.md', 'docs/other.md'] });
    expect(plan.jobs.map((j) => j.name)).toEqual(['a']);
    expect(plan.skipped?.unchanged).toBe(2);
    const withManifest = await loadPlan({ root, changedFiles: ['./clipwright.yml'] });
    expect(withManifest.jobs.map((j) => j.name).sort()).toEqual(['a', 'b', 'c']);
  });
});
