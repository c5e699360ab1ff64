import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../test/run-helpers.ts';
import { realFileOps } from './file-ops.ts';
import { copyToTemp, isTempName, sweepTempFiles, tempPath } from './temp-files.ts';

const fresh = () => mkdtemp(path.join(tmpdir(), 'clipwright-atomic-'));
const _errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('sweepTempFiles', () => {
  it('removes our own temporary names only (what a kill -9 leaves), nothing else', async () => {
    const root = await fresh();
    const ours = [
      tempPath(root, 'manifest.json'),
      tempPath(root, 'a.mp4', 'part'),
      `${tempPath(root, 'b'.repeat(64), 'part')}.0123abcd.part`,
    ];
    const theirs = ['.notes.tmp', 'a.part', '.a.mp4.tmp', 'video.mp4', '.x.not-a-uuid.tmp'];
    for (const file of [...ours, ...theirs.map((n) => path.join(root, n))])
      await writeFile(file, 'x');
    expect(ours.map((f) => isTempName(path.basename(f)))).toEqual([true, true, true]);
    const removed = await sweepTempFiles([root, path.join(root, 'missing')]);
    expect(removed.sort()).toEqual([...ours].sort());
    expect(await listFiles(root)).toEqual([...theirs].sort());
  });
});

describe('copyToTemp', () => {
  it('never truncates or writes through a file or symlink already at the temporary name', async () => {
    const root = await fresh();
    const source = path.join(root, 'video.mp4');
    const victim = path.join(root, 'victim.txt');
    await writeFile(source, 'video');
    await writeFile(victim, 'keep me');
    const planted = tempPath(root, 'video.mp4', 'part');
    await symlink(victim, planted);
    await expect(copyToTemp(realFileOps, source, planted)).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    const temp = tempPath(root, 'video.mp4', 'part');
    await copyToTemp(realFileOps, source, temp);
    expect(await readFile(temp, 'utf8')).toBe('video');
  });
});
