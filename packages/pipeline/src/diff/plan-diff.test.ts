import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, writeGitRepo } from '../../test/git-repo.ts';
import { pngBytes } from '../../test/images.ts';
import { folderCache } from '../output/folder-cache.ts';
import { GitRefError } from '../plan/git-ref-error.ts';
import { gitTreeFs } from '../plan/git-tree-fs.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { diffCommits } from './diff-commits.ts';

const prompt = (body: string, duration = 4) =>
  `---\nmodel: sora-2-pro-preview\nduration: ${duration}\naspect_ratio: "16:9"\n---\n${body}\n`;

const baseFiles = {
  'prompts/a.md': prompt('Scene A.'),
  'prompts/b.md': prompt('Scene B.'),
  'prompts/c.md': prompt('Scene C.'),
  'prompts/gone.md': prompt('Scene gone.'),
};
const headChanges = {
  'prompts/new.md': prompt('A new scene.', 8),
  'prompts/b.md': prompt('Scene B, at night.'),
  'prompts/c.md': prompt('Scene C.', 8),
  'prompts/gone.md': null,
};

describe('diffCommits', () => {
  it('classifies every video between two commits and sums a signed delta', async () => {
    const repo = await writeGitRepo(baseFiles, headChanges);
    const diff = await diffCommits({ root: repo.root, base: repo.base, head: repo.head });
    const byName = Object.fromEntries(diff.entries.map((e) => [e.name, e]));
    expect(diff.entries.map((e) => [e.name, e.status])).toEqual([
      ['new', 'added'],
      ['b', 'changed'],
      ['c', 'changed'],
      ['gone', 'removed'],
      ['a', 'unchanged'],
    ]);
    expect(byName.b?.changes).toEqual(['prompt']);
    expect(byName.c?.changes).toEqual(['duration']);
    expect(byName.a?.cached).toBe(true);
    expect(diff.base.commit).toBe(repo.base);
    expect(diff.head.commit).toBe(repo.head);
    // Same credits as planning each commit's files on disk.
    const headPlan = await loadPlan({ root: repo.root });
    git(repo.root, 'checkout', '-q', repo.base);
    const basePlan = await loadPlan({ root: repo.root });
    expect(diff.head.totalCredits).toBeCloseTo(headPlan.totalCredits, 3);
    expect(diff.base.totalCredits).toBeCloseTo(basePlan.totalCredits, 3);
    expect(diff.delta).toBeCloseTo(headPlan.totalCredits - basePlan.totalCredits, 3);
    const c = byName.c;
    expect(c?.delta).toBeCloseTo((c?.credits ?? 0) - (c?.baseCredits ?? 0), 3);
    expect(byName.gone?.delta).toBeLessThan(0);
    const spend = ['new', 'b', 'c'].map((n) => byName[n]?.credits ?? 0).reduce((x, y) => x + y);
    expect(diff.toGenerate).toBeCloseTo(spend, 3);
  });

  it('compares with the work tree when no head is given, and counts cached videos as made', async () => {
    const repo = await writeGitRepo(baseFiles, {});
    await writeFile(path.join(repo.root, 'prompts/a.md'), prompt('Scene A, edited.'));
    const cacheDir = path.join(repo.root, '.clipwright/cache');
    const head = await loadPlan({ root: repo.root });
    const edited = head.jobs.find((j) => j.name === 'a');
    // A cache entry counts only as the cache recorded it (size and sha256), so put one.
    const made = path.join(repo.root, 'made.mp4');
    await writeFile(made, 'video');
    const cache = folderCache(cacheDir);
    await cache.put(edited?.hash ?? '', made);
    const diff = await diffCommits({ root: repo.root, base: 'main', cache });
    expect(diff.counts).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 3 });
    expect(diff.entries[0]).toMatchObject({ name: 'a', status: 'changed', cached: true });
    expect(diff.toGenerate).toBe(0);
    expect(diff.head.commit).toBeUndefined();
  });

  it('names a ref that is no commit, and refuses one that looks like an option', async () => {
    const repo = await writeGitRepo(baseFiles, {});
    const refused = diffCommits({ root: repo.root, base: 'no-such-branch' });
    await expect(refused).rejects.toThrow(GitRefError);
    await expect(refused).rejects.toMatchObject({ code: 'git_ref_not_found' });
    await expect(diffCommits({ root: repo.root, base: '--output=/tmp/x' })).rejects.toThrow(
      /invalid git ref/,
    );
  });
});

describe('diffCommits with repository images', () => {
  it('reads images from each commit: a changed image changes its video', async () => {
    const withImage = `---\nmodel: sora-2\nimage: ../assets/hero.png\n---\nThe product.\n`;
    const repo = await writeGitRepo(
      {
        'prompts/hero.md': withImage,
        'prompts/same.md': withImage.replace('product', 'product again'),
        'assets/hero.png': pngBytes(64, 36),
      },
      { 'assets/hero.png': pngBytes(64, 36, 90) },
    );
    const diff = await diffCommits({ root: repo.root, base: repo.base, head: repo.head });
    expect(diff.entries.map((e) => [e.name, e.status])).toEqual([
      ['hero', 'changed'],
      ['same', 'changed'],
    ]);
    const unchanged = await diffCommits({ root: repo.root, base: repo.head, head: repo.head });
    expect(unchanged.entries.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('gitTreeFs', () => {
  it('never follows a committed symlink and skips blobs over the size limit', async () => {
    const repo = await writeGitRepo(
      { 'prompts/a.md': prompt('Scene A.'), 'prompts/big.md': prompt('x'.repeat(5000)) },
      {},
    );
    await symlink('/etc/passwd', path.join(repo.root, 'prompts/link.md'));
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-q', '-m', 'link');
    const fs = await gitTreeFs({ root: repo.root, ref: 'HEAD', maxBytes: 1000 });
    expect(await fs.glob(['prompts/**/*.md'], repo.root)).toEqual([
      'prompts/a.md',
      'prompts/big.md',
    ]);
    expect(await fs.readFile(path.join(repo.root, 'prompts/big.md'))).toBeUndefined();
    expect(await fs.readFile(path.join(repo.root, 'prompts/link.md'))).toBeUndefined();
    expect(await fs.readFile('/etc/passwd')).toBeUndefined();
    expect(await fs.readFile(path.join(repo.root, 'prompts/a.md'))).toContain('Scene A.');
  });

  it('follows a symlinked prompt folder inside the repository as the run does, and no link out of it', async () => {
    const repo = await writeGitRepo(
      { 'shared/a.md': prompt('Scene A.'), 'prompts/own.md': prompt('Own.') },
      {},
    );
    await symlink('../shared', path.join(repo.root, 'prompts/linked'));
    await symlink('..', path.join(repo.root, 'prompts/loop'));
    await symlink('/etc', path.join(repo.root, 'prompts/outside'));
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-q', '-m', 'links');
    const fs = await gitTreeFs({ root: repo.root, ref: 'HEAD' });
    expect(await fs.glob(['prompts/**/*.md'], repo.root)).toEqual([
      'prompts/linked/a.md',
      'prompts/own.md',
    ]);
    expect(await fs.readFile(path.join(repo.root, 'prompts/linked/a.md'))).toContain('Scene A.');
    // The diff against the work tree holding the same commit: every video unchanged, and the
    // run's plan of that work tree prices the same videos.
    const plan = { prompts: ['prompts/**/*.md'] };
    const diff = await diffCommits({ root: repo.root, base: 'HEAD', plan });
    expect(diff.entries.map((e) => [e.name, e.status]).sort()).toEqual([
      ['a', 'unchanged'],
      ['own', 'unchanged'],
    ]);
    expect(diff.base.totalCredits).toBe(diff.head.totalCredits);
    expect(diff.base.totalCredits).toBeGreaterThan(0);
  });
});
